import CCmarkGFM
import Glibc

/// cmark-gfm with the extensions the floor attaches (tables, autolinks, strikethrough) and
/// footnotes, rendered by cmark-gfm's own HTML renderer: no tree walk in Swift.
struct MarkdownToHTML: @unchecked Sendable {
    private let extensions: [OpaquePointer]
    private let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE

    init() {
        cmark_gfm_core_extensions_ensure_registered()
        extensions = ["table", "autolink", "strikethrough"].compactMap { name in
            name.withCString { cmark_find_syntax_extension($0) }
        }
    }

    func html(_ markdown: String) -> String {
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
        else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }
}

/// The HTML a page shows: its body, and each timeline event as inline HTML.
struct PageHTML {
    let body: String
    let timelineEvents: [String]

    init(frontmatter: Frontmatter, body: String, markdown: MarkdownToHTML) {
        self.body = markdown.html(body)
        timelineEvents = frontmatter.maps("timeline").map { markdown.html($0["event"] ?? "") }
    }
}
