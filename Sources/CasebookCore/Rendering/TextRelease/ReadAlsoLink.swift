/// Turns a "Read also" entry into a title and a URL, for HTML pages and plain text alike.
enum ReadAlsoLink {
    /// The title and URL of an entry, or nil when it names a page not in this build.
    static func resolve(
        _ entry: Release.ReadAlso, content: Content, links: SiteLinks, absolute: Bool
    ) -> (title: String, url: String)? {
        let address = absolute ? links.absolute : links.path
        switch entry {
        case .caseFile(let slug):
            guard let caseFile = content.cases.first(where: { $0.slug == slug }) else { return nil }
            return (caseFile.name, address(SiteLinks.casePath(slug)))
        case .release(let slug):
            guard let release = content.releases.first(where: { $0.slug == slug }) else { return nil }
            return (release.title, address(SiteLinks.releasePath(slug)))
        case .link(let title, let url):
            return (title, url)
        }
    }
}
