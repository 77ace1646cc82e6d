/// Something the plain text of a body is written into, piece by piece, in reading order: a
/// `String`, or the search index's folding, which so reads a body's words without a copy of
/// the whole text. Both get the same pieces, so the words found are those of `plainText`.
protocol PlainTextSink: ~Copyable {
    /// Appends the next piece of the text.
    mutating func append(_ text: String)
}

extension String: PlainTextSink {}

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
        writePlainText(to: &text)
        return text
    }

    /// Writes `plainText` into `sink`.
    func writePlainText<Sink: PlainTextSink & ~Copyable>(to sink: inout Sink) {
        Self.write(blocks, to: &sink)
        for footnote in footnotes { Self.write(footnote.blocks, to: &sink) }
    }

    private static func write<Sink: PlainTextSink & ~Copyable>(_ blocks: [MarkdownBlock], to sink: inout Sink)
    {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _), .heading(_, let inlines, _):
                inlines.writePlainText(to: &sink)
                sink.append(" ")
            case .list(_, _, _, let items):
                for item in items { write(item, to: &sink) }
            case .blockQuote(let children):
                write(children, to: &sink)
            case .codeBlock(_, let code):
                sink.append(code)
                sink.append(" ")
            case .table(_, let header, let rows):
                for cell in header {
                    cell.writePlainText(to: &sink)
                    sink.append(" ")
                }
                for row in rows {
                    for cell in row {
                        cell.writePlainText(to: &sink)
                        sink.append(" ")
                    }
                }
            case .thematicBreak, .html:
                continue
            }
        }
    }
}

extension Array where Element == MarkdownInline {
    /// Writes `plainText` into `sink`.
    func writePlainText<Sink: PlainTextSink & ~Copyable>(to sink: inout Sink) {
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): sink.append(text)
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                children.writePlainText(to: &sink)
            case .link(_, _, _, let children): children.writePlainText(to: &sink)
            case .image(_, _, let alt): alt.writePlainText(to: &sink)
            case .softBreak, .lineBreak: sink.append(" ")
            case .footnoteReference, .html: continue
            }
        }
    }
}
