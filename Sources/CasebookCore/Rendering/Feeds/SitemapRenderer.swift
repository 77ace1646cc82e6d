/// One page listed in the sitemap.
public struct SitemapEntry: Hashable, Sendable {
    /// The page's path relative to the site root, such as `cases/x/` (empty for the home page).
    public var path: String
    /// The date of its last change, when known.
    public var lastModified: PartialDate?

    /// Creates an entry.
    public init(path: String, lastModified: PartialDate? = nil) {
        self.path = path
        self.lastModified = lastModified
    }
}

/// Writes `sitemap.xml` listing every public page.
public struct SitemapRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The sitemap, its URLs sorted so that the file is the same for the same site.
    public func render(site: Site, entries: [SitemapEntry]) -> OutputFile {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            xml += "  <url><loc>\((site.baseURL + entry.path).htmlEscaped)</loc>"
            if let date = entry.lastModified, date.isFullDate {
                xml += "<lastmod>\(date)</lastmod>"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}
