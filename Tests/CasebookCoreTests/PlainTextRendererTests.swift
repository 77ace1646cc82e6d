import Testing

@testable import CasebookCore

@Suite struct PlainTextRendererTests {
    func body(_ markdown: String, width: Int = 72, resolver: LinkResolver = .identity) -> PlainTextBody {
        PlainTextRenderer(width: width, linkResolver: resolver).render(MarkdownParser.parse(markdown))
    }

    @Test func wrapsParagraphsAndSeparatesBlocks() {
        let result = body(
            "One two three four five six.\n\nSeven eight.\n\n<div>dropped</div>\n\nNine.", width: 14)
        #expect(result.text == "One two three\nfour five six.\n\nSeven eight.\n\nNine.")
        #expect(result.notes == [])
    }

    @Test func writesHeadingsInCapitalsAndDropsInlineMarkup() {
        let result = body("## Здоровье *Iskander*\n\n**Bold** _em_ ~~gone~~ `code` &amp; <b>tag</b> done.")
        #expect(result.text == "ЗДОРОВЬЕ ISKANDER\n\nBold em gone code & tag done.")
    }

    @Test func keepsHardBreaks() {
        #expect(
            body("Line one  \nline two\\\nline three\nsoft").text == "Line one\nline two\nline three soft")
    }

    @Test func numbersFootnotesLikeHTMLAndPointsLinksToThem() {
        let markdown = """
            Held[^where] in [LA 155/14](https://e.org/la) since 2017[^when]. Read [the NHC](https://nhc.no/x),
            [again](https://nhc.no/x), <https://un.org/a> and [the source](https://nhc.no/src).

            [^when]: Arrested in November 2017, see [the report](https://r.org/1).
            [^where]: https://nhc.no/src
            """
        let document = MarkdownParser.parse(markdown)
        let result = PlainTextRenderer(width: 200).render(document)
        #expect(
            result.text
                == "Held[1] in LA 155/14 (https://e.org/la) since 2017[2]. Read the NHC (https://nhc.no/x), again (https://nhc.no/x), https://un.org/a and the source[1]."
        )
        #expect(
            result.notes == [
                PlainTextNote(number: 1, text: "https://nhc.no/src"),
                PlainTextNote(
                    number: 2, text: "Arrested in November 2017, see the report (https://r.org/1)."),
            ])
        // The plain text's footnote numbers are the HTML's.
        let html = HTMLRenderer().render(document)
        for footnote in document.footnotes {
            #expect(html.contains("<li id=\"fn-\(footnote.number)\">"))
            #expect(result.notes[footnote.number - 1].number == footnote.number)
        }
        #expect(html.contains("<li id=\"fn-1\">\n<p><a class=\"url\" href=\"https://nhc.no/src\">"))
        // Every URL once in the notes.
        let urls = result.notes.map(\.text).filter { $0.hasPrefix("https://") }
        #expect(Set(urls).count == urls.count)
    }

    @Test func dropsUnsafeAndRefusedLinksKeepingTheirText() {
        let resolver = LinkResolver {
            $0.hasPrefix("/drafts/") ? nil : $0.hasPrefix("/") ? "https://odf.org" + $0 : $0
        }
        let result = body(
            "[a](javascript:alert(1)) [b](/drafts/x/) [c](/cases/x/) ![photo](/p.jpg) ![x](data:image/png,AA)",
            resolver: resolver)
        #expect(result.text == "a b c (https://odf.org/cases/x/) photo (https://odf.org/p.jpg) x")
        #expect(result.notes == [])
    }

    @Test func laysOutNestedTightAndLooseLists() {
        let tight = body(
            "- first item wraps here\n- second\n  1. nested one\n  2. nested two\n- third", width: 16)
        #expect(
            tight.text == "- first item\n  wraps here\n- second\n  1. nested one\n  2. nested two\n- third")
        let loose = body("1. one\n\n2. two\n   continues\n\n   more", width: 40)
        #expect(loose.text == "1. one\n\n2. two continues\n\n   more")
        let long = body((1...10).map { "\($0). item" }.joined(separator: "\n"), width: 40)
        #expect(long.text.hasPrefix(" 1. item\n 2. item"))
        #expect(long.text.hasSuffix("\n10. item"))
    }

    @Test func indentsQuotesAndCode() {
        let result = body("> quoted words that wrap\n\n```\ncode  line that is long\n\n  x\n```", width: 14)
        #expect(
            result.text == "    quoted\n    words that\n    wrap\n\n    code  line that is long\n\n      x")
    }

    @Test func centresThematicBreaks() {
        #expect(body("a\n\n***\n\nb", width: 15).text == "a\n\n     * * *\n\nb")
    }

    @Test func laysOutTablesThatFit() {
        let result = body(
            "| Year | Event | n |\n|---|---|--:|\n| 2017 | Arrested | 1 |\n| 2019 | Sentenced | 12 |")
        #expect(
            result.text
                == "Year  Event       n\n----  ---------  --\n2017  Arrested    1\n2019  Sentenced  12")
    }

    @Test func shrinksWideTablesAndWrapsTheirCells() {
        let markdown =
            "| Year | Event |\n|---|---|\n| 2019 | Diagnosed with a brain aneurysm in its most severe stage |"
        let result = body(markdown, width: 30)
        #expect(
            result.text
                == "Year  Event\n----  ------------------------\n2019  Diagnosed with a brain\n      aneurysm in its most\n      severe stage"
        )
        for line in result.text.split(separator: "\n") {
            #expect(TextWrapper.displayWidth(of: String(line)) <= 30)
        }
        let narrow = body("| Name | Place |\n|---|---|\n| Yerimbetov | Zarechny colony |", width: 12)
        #expect(narrow.text == "Name:\n  Yerimbetov\nPlace:\n  Zarechny\n  colony")
    }

    @Test func wrapsCyrillicAndCJKByDisplayWidth() {
        #expect(body("Искандер Еримбетов освобождён", width: 18).text == "Искандер Еримбетов\nосвобождён")
        #expect(body("中文 中文 中文", width: 9).text == "中文 中文\n中文")
    }

    @Test func rendersNotesWithAlignedHangingIndents() {
        let renderer = PlainTextRenderer(width: 30)
        let url = "https://www.facebook.com/toregozhina/posts/1718159451529966"
        let notes =
            [PlainTextNote(number: 9, text: "According to the human rights defender.")]
            + [PlainTextNote(number: 10, text: url)]
        #expect(
            renderer.renderNotes(notes)
                == "[9]  According to the human\n     rights defender.\n[10] " + url)
        #expect(
            PlainTextRenderer(width: 30).renderNotes([PlainTextNote(number: 1, text: "One")]) == "[1] One")
    }

    @Test func leavesNoMarkupBehind() {
        let markdown = """
            # Title with **bold**

            Text with **strong**, _em_, ~~strike~~, `code`, [link](https://a.org), ![img](https://a.org/i.png),
            a note[^1], <span>html</span> &amp; more.

            | **a** | [b](https://b.org) |
            |---|---|
            | ~~c~~ | `d` |

            [^1]: A **note** with [a link](https://c.org) and <em>html</em>.
            """
        let renderer = PlainTextRenderer(width: 40)
        let result = renderer.render(MarkdownParser.parse(markdown))
        let output = result.text + "\n" + renderer.renderNotes(result.notes)
        for markup in ["**", "[^", "](", "~~", "<", "&amp;", "`", "_em_"] {
            #expect(!output.contains(markup), "\(markup) in \(output)")
        }
    }

    @Test func keepsEveryLineWithinTheWidthUnlessItHoldsOneToken() {
        var generator = SeededGenerator(seed: 7)
        let words = [
            "the", "prisoner", "*was*", "**held**", "in", "[LA 155/14](https://example.org/la)",
            "Еримбетов", "中文字", "https://www.nhc.no/en/kazakhstan-must-release-iskander-yerimbetov/",
            "`code`", "~~struck~~", "co-defendants,", "note[^a]", "and", "UN", "Working", "Group",
        ]
        for _ in 0..<300 {
            let width = Int.random(in: 20...100, using: &generator)
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let count = Int.random(in: 1...50, using: &generator)
                let text = (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }
                    .joined(separator: " ")
                let prefix = ["", "- ", "1. ", "> ", "## "][Int.random(in: 0..<5, using: &generator)]
                paragraphs.append(prefix + text)
            }
            let markdown = paragraphs.joined(separator: "\n\n") + "\n\n[^a]: The note."
            let renderer = PlainTextRenderer(width: width)
            let result = renderer.render(MarkdownParser.parse(markdown))
            let output = result.text + "\n" + renderer.renderNotes(result.notes)
            for line in output.split(separator: "\n") {
                let tokens = line.split(separator: " ").filter {
                    !["-", "1.", "[1]", "[2]", "[3]"].contains($0)
                }
                #expect(
                    TextWrapper.displayWidth(of: String(line)) <= width || tokens.count <= 1,
                    "width \(width): \(line)")
            }
        }
    }
}
