/// Decodes Content/pages/<slug>.md into a `Page`.
package enum PageDecoder {
    static let schema = Schema(keys: ["title", "menu", "summary", "draft"], required: ["title"])
    /// The positions `menu` may take.
    static let menuRange = 0...1000

    /// The page in `text` with every problem found; what could not be read is left empty.
    package static func decode(_ text: String, path: String, slug: String) -> (Page, [LoadError]) {
        decode(ContentText(text), path: path, slug: slug)
    }

    /// The same, from checked text.
    static func decode(_ text: ContentText, path: String, slug: String) -> (Page, [LoadError]) {
        let parsed: FrontmatterReading.Parsed
        switch FrontmatterReading.parse(text, path: path) {
        case .failure(let failure): return (stub(slug: slug, path: path), failure.errors)
        case .success(let value): parsed = value
        }
        var reader = parsed.reader
        let fields = reader.documentFields(of: parsed.root, schema: schema)
        var page = Page(
            slug: slug, title: reader.requiredText("title", in: fields) ?? "", body: parsed.split.body,
            source: SourceFile(path: path, bodyStartLine: parsed.split.bodyStartLine))
        page.menu = reader.integer("menu", in: menuRange, fields: fields)
        page.summary = reader.limitedText("summary", limit: 300, in: fields)
        page.draft = reader.bool("draft", in: fields) ?? false
        page.locations = KeyLocations(reader.locations)
        return (page, reader.errors)
    }

    /// A page for a file that could not be read at all.
    static func stub(slug: String, path: String) -> Page {
        Page(slug: slug, title: "", body: "", source: SourceFile(path: path, bodyStartLine: 1))
    }
}
