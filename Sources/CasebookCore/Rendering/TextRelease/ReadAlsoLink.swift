/// Turns a "Read also" entry into a title and a URL, for HTML pages and plain text alike.
enum ReadAlsoLink {
    /// The title and URL of an entry, or nil when it names a page not in this build.
    static func resolve(
        _ entry: Release.ReadAlso, content: Content, links: SiteLinks, absolute: Bool
    ) -> (title: String, url: String)? {
        let address = { (folder: String) in (absolute ? links.baseURL : links.basePath) + folder }
        switch entry {
        case .caseFile(let slug):
            guard let caseFile = content.cases.first(where: { $0.slug == slug }) else { return nil }
            return (caseFile.name, address(links.caseFolder(slug)))
        case .release(let slug):
            guard let release = content.releases.first(where: { $0.slug == slug }) else { return nil }
            return (release.title, address(links.releaseFolder(slug)))
        case .link(let title, let url):
            return (title, url)
        }
    }

    /// The entry's title, followed by the language mark the HTML pages show (`(язык: английский)`)
    /// when the entry is a case or release without a translation in `localization`'s language,
    /// so that a reader of a translated release by e-mail knows the page is in another language.
    static func title(
        _ title: String, of entry: Release.ReadAlso, links: SiteLinks, localization: Localization,
        defaultLanguage: String
    ) -> String {
        let translated: Bool
        switch entry {
        case .caseFile(let slug): translated = links.isTranslated(case: slug)
        case .release(let slug): translated = links.isTranslated(release: slug)
        case .link: translated = true
        }
        guard !translated, localization.language != defaultLanguage else { return title }
        return title + " (" + localization.originalLanguageMark(defaultLanguage) + ")"
    }
}
