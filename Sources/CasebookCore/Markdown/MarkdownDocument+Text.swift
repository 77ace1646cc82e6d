/// The words of a parsed body without markup: for link previews and the search index.
extension MarkdownDocument {
    /// The plain text of the first top-level paragraph, or nil when the body has none.
    var firstParagraphText: String? {
        for block in blocks {
            if case .paragraph(let inlines, _) = block { return inlines.plainText }
        }
        return nil
    }

    /// Every word a reader sees, blocks and footnotes, separated by spaces.
    var plainText: String {
        var text = ""
        Self.append(blocks, to: &text)
        for footnote in footnotes { Self.append(footnote.blocks, to: &text) }
        return text
    }

    private static func append(_ blocks: [MarkdownBlock], to text: inout String) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _), .heading(_, let inlines, _):
                text += inlines.plainText + " "
            case .list(_, _, _, let items):
                for item in items { append(item, to: &text) }
            case .blockQuote(let children):
                append(children, to: &text)
            case .codeBlock(_, let code):
                text += code + " "
            case .table(_, let header, let rows):
                for cell in header + rows.flatMap({ $0 }) { text += cell.plainText + " " }
            case .thematicBreak, .html:
                continue
            }
        }
    }
}
