extension MarkdownParser {
    /// Parses a Markdown body (CommonMark + tables, autolinks, strikethrough, footnotes); with
    /// `smart`, straight quotes become typographic ones, `--` and `---` dashes, `...` an ellipsis.
    package static func parse(_ text: String, smart: Bool = false) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { parse(bytes: $0, smart: smart) }
    }

    /// Parses one line of inline Markdown (a timeline event), returning its inlines.
    static func parseInline(_ text: String, smart: Bool = false) -> [MarkdownInline] {
        if let plain = plainInlines(text, smart: smart) { return plain }
        return firstInlines(in: parse(text, smart: smart).blocks) ?? []
    }

    /// The inlines cmark-gfm reads `text` as, when it can only read it as one run of text; nil
    /// when it might read more. A build reads every timeline event three times (its case's
    /// page, the search words, cases.json), and most are plain sentences: each parse took a
    /// cmark-gfm parser of its own, a twentieth of a build on the benchmark's corpus.
    ///
    /// Plain means one line that starts with a letter (so no block starts: no heading, list,
    /// quote, code or HTML) and holds no character that Markdown or its extensions give a
    /// meaning to within a line: emphasis, code, links, images, footnotes, HTML and entities,
    /// escapes, strikethrough, table cells, and what the autolink extension looks for (`:`,
    /// `@`, `www.`); with typographic punctuation, nothing it would change either
    /// (`mayChangeTypography`). No control character (cmark-gfm's text would drop it) and no
    /// trailing space (it would trim it).
    static func plainInlines(_ text: String, smart: Bool) -> [MarkdownInline]? {
        if smart, mayChangeTypography(text) { return nil }
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, first >= 0x80 || MarkdownScanner.isASCIILetter(first),
                bytes[bytes.count - 1] != 0x20
            else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x00..<0x20, 0x7F,
                    // The first byte of U+0080–U+00BF, where the C1 controls are.
                    0xC2,
                    UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
                    UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                    UInt8(ascii: "\\"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: ":"),
                    UInt8(ascii: "@"):
                    return false
                case UInt8(ascii: "w"), UInt8(ascii: "W"):
                    if previous | 0x20 == UInt8(ascii: "w") { return false }
                default:
                    break
                }
                previous = byte
            }
            return true
        }
        return plain ? [.text(text)] : nil
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
