/// A free-standing page: Content/pages/<slug>.md (About, Methodology, Donate).
package struct Page: Hashable, Sendable {
    /// The file name without `.md`; the page is written to `<slug>/index.html`.
    var slug: String
    /// The page title.
    var title: String
    /// Position in the navigation; a page without one is not in the menu.
    var menu: Int?
    /// A short abstract for link previews and the meta description.
    var summary: String?
    /// A draft is never published.
    var draft: Bool = false
    /// The Markdown body.
    package var body: String
    /// The source file.
    package var source: SourceFile
    /// Where each key was written, by key path ("title", "menu").
    var locations = KeyLocations()

    /// Creates a page with the required fields; the rest are set as properties.
    init(slug: String, title: String, body: String, source: SourceFile) {
        self.slug = slug
        self.title = title
        self.body = body
        self.source = source
    }

    /// The top-level folders a page may not take, since Casebook writes its own files there.
    /// This is the one place that rule lives: a site's other languages (`languages` in
    /// site.yaml), whose pages live under `<tag>/`, are to be added here as well.
    static func reservedSlugs(for site: Site) -> [String] {
        ["assets", "cases", "releases", "tags"]
    }

    /// Where a key was written, or the start of the file when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}
