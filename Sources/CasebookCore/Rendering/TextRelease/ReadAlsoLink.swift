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
}
