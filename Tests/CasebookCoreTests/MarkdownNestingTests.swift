import Testing

@testable import CasebookCore

/// Bodies nested thousands of levels deep (found by the fuzz target: 30,000 `>` overflowed the
/// stack) are flattened below `MarkdownParser.maximumDepth`, keeping their text.
@Suite struct MarkdownNestingTests {
    static func depth(_ blocks: [MarkdownBlock]) -> Int {
        blocks.map { block in
            switch block {
            case .paragraph(let inlines, _), .heading(_, let inlines, _): return depth(inlines)
            case .list(_, _, _, let items): return 1 + (items.map(depth).max() ?? 0)
            case .blockQuote(let children): return 1 + depth(children)
            case .table(_, let header, let rows): return (header + rows.flatMap { $0 }).map(depth).max() ?? 0
            case .codeBlock, .thematicBreak, .html: return 0
            }
        }.max() ?? 0
    }

    static func depth(_ inlines: [MarkdownInline]) -> Int {
        inlines.map { inline in
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children),
                .link(_, _, _, let children), .image(_, _, let children):
                return 1 + depth(children)
            case .text, .code, .footnoteReference, .softBreak, .lineBreak, .html: return 0
            }
        }.max() ?? 0
    }

    static func renders(_ document: MarkdownDocument, containing text: String) -> Bool {
        HTMLRenderer().render(document).contains(text)
            && PlainTextRenderer(width: 72).render(document).text.contains(text)
    }

    @Test(arguments: [">", "- ", "1. ", "> - "])
    func deepBlocksAreFlattenedKeepingTheirText(marker: String) {
        let body = String(repeating: marker, count: 40_000 / marker.count) + "deepest\n"
        let document = MarkdownParser.parse(body + "\n| a |\n| - |\n| deepest too |\n")
        #expect(Self.depth(document.blocks) <= MarkdownParser.maximumDepth)
        #expect(Self.renders(document, containing: "deepest"))
        #expect(Self.renders(document, containing: "deepest too"))
    }

    @Test func deepEmphasisIsFlattenedKeepingTextAndNotes() {
        let opening = String(repeating: "*a ", count: 5_000)
        let closing = String(repeating: " a*", count: 5_000)
        let document = MarkdownParser.parse(opening + "deepest`code`[^n]" + closing + "\n\n[^n]: The note.\n")
        #expect(Self.depth(document.blocks) <= MarkdownParser.maximumDepth)
        #expect(Self.renders(document, containing: "deepestcode"))
        #expect(document.footnotes.map(\.referenceCount) == [1])
    }

    @Test func nestingWithinTheLimitIsKept() {
        let document = MarkdownParser.parse("> > - *a **b***\n")
        #expect(
            document.blocks == [
                .blockQuote([
                    .blockQuote([
                        .list(
                            ordered: false, start: 0, tight: true,
                            items: [[.paragraph([.emphasis([.text("a "), .strong([.text("b")])])], line: 1)]])
                    ])
                ])
            ])
    }
}
