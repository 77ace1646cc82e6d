/// One page listed in the sitemap.
struct SitemapEntry: Hashable, Sendable {
    /// The page's path relative to the site root, such as `cases/x/` (empty for the home page).
    var path: String
    /// The date of its last change, when known.
    var lastModified: PartialDate?
    /// The page in each language it exists in, as language tag and path, `x-default` last;
    /// empty when it exists in one language only.
    var alternates: [SitemapAlternate] = []

    /// Creates an entry.
    init(path: String, lastModified: PartialDate? = nil) {
        self.path = path
        self.lastModified = lastModified
    }

    /// The page at `path` (relative to a language's root) in each of `languages`, the default
    /// first, each under the language's `folder`.
    init(path: String, lastModified: PartialDate? = nil, languages: [String], folder: (String) -> String) {
        self.path = path
        self.lastModified = lastModified
        if languages.count > 1 {
            alternates = languages.map { SitemapAlternate(language: $0, path: folder($0) + path) }
            alternates.append(SitemapAlternate(language: "x-default", path: path))
        }
    }

    /// One entry for each language the page exists in, each naming all of them.
    var inEveryLanguage: [SitemapEntry] {
        guard !alternates.isEmpty else { return [self] }
        return alternates.dropLast().map { alternate in
            var entry = self
            entry.path = alternate.path
            return entry
        }
    }
}

/// A page's version in one language, for the sitemap's `xhtml:link`.
struct SitemapAlternate: Hashable, Sendable {
    /// The language tag, or `x-default`.
    var language: String
    /// The path relative to the site root.
    var path: String
}

/// Writes `sitemap.xml` listing every public page.
struct SitemapRenderer: Sendable {
    /// Creates a renderer.
    init() {}

    /// The sitemap, its URLs sorted so that the file is the same for the same site.
    func render(site: Site, entries: [SitemapEntry]) -> OutputFile {
        // The xhtml namespace only where a page has translations, so a site in one language
        // keeps the plainest sitemap.
        let namespaces =
            entries.contains { !$0.alternates.isEmpty }
            ? #" xmlns:xhtml="http://www.w3.org/1999/xhtml""# : ""
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\(namespaces)>

            """
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            xml += "  <url><loc>\((site.baseURL + entry.path).htmlEscaped)</loc>"
            if let date = entry.lastModified, date.isFullDate {
                xml += "<lastmod>\(date)</lastmod>"
            }
            for alternate in entry.alternates {
                xml += "\n    <xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language.htmlEscaped)\""
                xml += " href=\"\((site.baseURL + alternate.path).htmlEscaped)\"/>"
            }
            if !entry.alternates.isEmpty { xml += "\n  " }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}
