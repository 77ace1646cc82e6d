import Testing

@testable import CasebookCore

@Suite struct MarkdownParserTests {
    @Test func prepareIsIdempotent() {
        MarkdownParser.prepare()
        MarkdownParser.prepare()
        #expect(MarkdownParser.parse("a").blocks == [.paragraph([.text("a")], line: 1)])
    }

    @Test func recordsBlockStartLines() {
        let document = MarkdownParser.parse("# Title\n\nFirst\nstill first\n\n<div>x</div>\n\nLast\n")
        #expect(
            document.blocks == [
                .heading(level: 1, [.text("Title")], line: 1),
                .paragraph([.text("First"), .softBreak, .text("still first")], line: 3),
                .html("<div>x</div>\n", line: 6),
                .paragraph([.text("Last")], line: 8),
            ])
    }

    @Test func numbersFootnotesInFirstReferenceOrder() {
        let text = """
            Text[^b] and[^a] again[^b] and [^missing] x.

            [^a]: Note A

            [^unused]: Never referenced.

            [^b]: Note B
            """
        let document = MarkdownParser.parse(text)
        #expect(
            document.blocks == [
                .paragraph(
                    [
                        .text("Text"), .footnoteReference(number: 1, occurrence: 1),
                        .text(" and"), .footnoteReference(number: 2, occurrence: 1),
                        .text(" again"), .footnoteReference(number: 1, occurrence: 2),
                        .text(" and [^missing] x."),
                    ], line: 1)
            ])
        #expect(
            document.footnotes == [
                Footnote(number: 1, referenceCount: 2, blocks: [.paragraph([.text("Note B")], line: 7)]),
                Footnote(number: 2, referenceCount: 1, blocks: [.paragraph([.text("Note A")], line: 3)]),
            ])
    }

    @Test func readsTableAlignmentsHeaderAndRows() {
        let document = MarkdownParser.parse("| a | b | c | d |\n|:-|:-:|-:|---|\n| 1 | ~~2~~ |\n")
        #expect(
            document.blocks == [
                .table(
                    alignments: [.left, .center, .right, .none],
                    header: [[.text("a")], [.text("b")], [.text("c")], [.text("d")]],
                    rows: [[[.text("1")], [.strikethrough([.text("2")])], [], []]])
            ])
    }

    @Test func marksAutolinks() {
        let inlines = MarkdownParser.parseInline(
            "www.example.com, a@b.org, <https://x.org/a>, https://y.org and [text](https://z.org \"T\")")
        #expect(
            inlines == [
                .link(url: "http://www.example.com", title: "", isAutolink: true, [.text("www.example.com")]),
                .text(", "),
                .link(url: "mailto:a@b.org", title: "", isAutolink: true, [.text("a@b.org")]),
                .text(", "),
                .link(url: "https://x.org/a", title: "", isAutolink: true, [.text("https://x.org/a")]),
                .text(", "),
                .link(url: "https://y.org", title: "", isAutolink: true, [.text("https://y.org")]),
                .text(" and "),
                .link(url: "https://z.org", title: "T", isAutolink: false, [.text("text")]),
            ])
    }

    @Test func convertsListsQuotesCodeAndInlines() {
        let document = MarkdownParser.parse(
            "3. one\n4. two\n\n> quote\n\n```swift x\nlet a = 1\n```\n\n---\n\n*e* **s** `c` ![alt](i.png)<b>\n"
        )
        #expect(
            document.blocks == [
                .list(
                    ordered: true, start: 3, tight: true,
                    items: [[.paragraph([.text("one")], line: 1)], [.paragraph([.text("two")], line: 2)]]),
                .blockQuote([.paragraph([.text("quote")], line: 4)]),
                .codeBlock(info: "swift x", text: "let a = 1\n"),
                .thematicBreak,
                .paragraph(
                    [
                        .emphasis([.text("e")]), .text(" "), .strong([.text("s")]), .text(" "), .code("c"),
                        .text(" "), .image(url: "i.png", title: "", alt: [.text("alt")]), .html("<b>"),
                    ], line: 12),
            ])
    }

    /// A line read as plain text without cmark-gfm is exactly what cmark-gfm reads: lines made
    /// of words and of every character Markdown, its extensions or typographic punctuation give
    /// a meaning to, with and without that punctuation.
    @Test func aPlainLineReadsAsCmarkReadsIt() {
        let pieces = [
            "Arrested", "in", "Almaty", "Алматы", "Ł", "ü", " ", " ", "  ", ".", ",", ";", "!", "?", "(", ")",
            "-",
            "--", "...", "'", "\"", "*", "**", "_", "`", "[", "]", "(x)", "<", ">", "&amp;", "&", "\\", "~~",
            "|", ":", "@", "www.", "wWw", "http://a.org", "#", "1.", "2)", "+", "=", "^", "\u{A0}", "\u{85}",
            "\t", "\n", "\u{7}", "x", "w", "W", "4", "A", "—",
        ]
        var generator = NoLeakPropertyTests.SplitMix(state: 11)
        var plain = 0
        for round in 0..<6_000 {
            var line = ""
            for _ in 0..<Int.random(in: 1...9, using: &generator) {
                line += pieces.randomElement(using: &generator) ?? ""
            }
            // Half the lines start with a word, as events do.
            if round % 2 == 0 { line = "Word " + line }
            for smart in [false, true] {
                guard let fast = MarkdownParser.plainInlines(line, smart: smart) else { continue }
                plain += 1
                let parsed =
                    MarkdownParser.firstInlines(in: MarkdownParser.parse(line, smart: smart).blocks) ?? []
                #expect(fast == parsed, "\(line.debugDescription), smart: \(smart)")
            }
        }
        #expect(plain > 1_000)
        // Sentences as events are written.
        for event in [
            "Seventeen US senators urge President Tokayev to release him at once.",
            "Суд приговорил его к 10 годам лишения свободы (статья 179).",
        ] {
            #expect(MarkdownParser.plainInlines(event, smart: true) == [.text(event)])
        }
        #expect(MarkdownParser.plainInlines("His family's request", smart: true) == nil)
        #expect(
            MarkdownParser.plainInlines("His family's request", smart: false) == [
                .text("His family's request")
            ])
    }

    @Test func parseInlineReturnsTheFirstParagraph() {
        #expect(MarkdownParser.parseInline("") == [])
        #expect(
            MarkdownParser.parseInline("Sentenced to *7 years*") == [
                .text("Sentenced to "), .emphasis([.text("7 years")]),
            ])
    }

    @Test func parsesConcurrently() async {
        let results = await withTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask { MarkdownParser.parse("Note[^\(index)]\n\n[^\(index)]: n").footnotes.count }
            }
            return await group.reduce(0, +)
        }
        #expect(results == 16)
    }
}
