extension MarkdownParser {
    /// Parses a Markdown body (CommonMark + tables, autolinks, strikethrough, footnotes); with
    /// `smart`, straight quotes become typographic ones, `--` and `---` dashes, `...` an ellipsis.
    package static func parse(_ text: String, smart: Bool = false) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { parse(bytes: $0, smart: smart) }
    }

    /// Parses one line of inline Markdown (a timeline event), returning its inlines.
    static func parseInline(_ text: String, smart: Bool = false) -> [MarkdownInline] {
        firstInlines(in: parse(text, smart: smart).blocks) ?? []
    }

    /// How deep blocks and inlines may nest; deeper content is kept, its containers dropped.
    /// Every walk over a document (conversion, both writers, even releasing it) recurses once per
    /// level, and a body of 30,000 `>` would otherwise exhaust the stack.
    static let maximumDepth = 32

    /// The inlines of the first paragraph or heading, searching lists and quotes too.
    static func firstInlines(in blocks: [MarkdownBlock]) -> [MarkdownInline]? {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _), .heading(_, let inlines, _):
                return inlines
            case .blockQuote(let children):
                if let inlines = firstInlines(in: children) { return inlines }
            case .list(_, _, _, let items):
                for item in items {
                    if let inlines = firstInlines(in: item) { return inlines }
                }
            default:
                continue
            }
        }
        return nil
    }

    /// Whether a link shows its own URL: `<https://…>`, a bare URL, `www.…` or an e-mail address.
    static func isAutolink(url: String, children: [MarkdownInline]) -> Bool {
        guard children.count == 1, case .text(let text) = children[0] else { return false }
        if text == url { return true }
        // The autolink extension adds these schemes to `www.` and e-mail addresses.
        for scheme in ["mailto:", "http://"] where url.hasPrefix(scheme) {
            if url.utf8.count == scheme.utf8.count + text.utf8.count && url.hasSuffix(text) { return true }
        }
        return false
    }
}
