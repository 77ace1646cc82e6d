import Testing

@testable import CasebookCore

@Suite struct MarkdownLintTests {
    @Test func reportsFootnoteProblemsWithPositions() {
        let body = """
            Intro with a note[^a] and a missing one[^Gone].
            Cafe\u{301} before[^nope] counts scalars[^b].

            [^a]: Defined.
            [^b]: Defined too.
            [^a]: Defined twice.
              [^spare]: Never used.
            """
        let report = MarkdownLint.inspect(body)
        #expect(
            report.findings == [
                MarkdownLintFinding(.undefinedFootnote(label: "gone"), line: 1, column: 40),
                MarkdownLintFinding(.undefinedFootnote(label: "nope"), line: 2, column: 13),
                MarkdownLintFinding(.duplicateFootnote(label: "a"), line: 6, column: 1),
                MarkdownLintFinding(.unreferencedFootnote(label: "spare"), line: 7, column: 3),
            ])
    }

    @Test func reportsRawHTMLBlocksAndInlineTags() {
        let body = """
            Text with <span class="x">inline</span> and <https://autolink.org> and <a@b.org>.

            <div onclick="x()">
            <p>inside the block is not reported again</p>
            </div>

            <!-- an editor's comment is fine -->

            <script>
            alert(1)

            </script>
            After <img src=x onerror=alert(1)>.
            """
        let report = MarkdownLint.inspect(body)
        #expect(
            report.findings == [
                MarkdownLintFinding(.rawHTML(tag: "span"), line: 1, column: 11),
                MarkdownLintFinding(.rawHTML(tag: "span"), line: 1, column: 33),
                MarkdownLintFinding(.rawHTML(tag: "div"), line: 3, column: 1),
                MarkdownLintFinding(.rawHTML(tag: "script"), line: 9, column: 1),
                MarkdownLintFinding(.rawHTML(tag: "img"), line: 13, column: 7),
            ])
        #expect(report.links == [MarkdownLinkDestination("https://autolink.org", line: 1, column: 46)])
    }

    @Test func listsLinkAndImageDestinations() {
        let body = """
            See [the case](/cases/iskander-yerimbetov/) and ![photo](/assets/p.jpg "Title"),
            [Опис](</releases/2019-10-01 x/>) and [a [nested] one](https://e.org/a_(b)) and [ref][r].
            A [split
            link](/releases/x/) too.

            [r]: https://ref.org/page
            """
        let report = MarkdownLint.inspect(body)
        #expect(
            report.links == [
                MarkdownLinkDestination("/cases/iskander-yerimbetov/", line: 1, column: 16),
                MarkdownLinkDestination("/assets/p.jpg", isImage: true, line: 1, column: 58),
                MarkdownLinkDestination("/releases/2019-10-01 x/", line: 2, column: 9),
                MarkdownLinkDestination("https://e.org/a_(b)", line: 2, column: 56),
                MarkdownLinkDestination("/releases/x/", line: 4, column: 7),
                MarkdownLinkDestination("https://ref.org/page", line: 6, column: 6),
            ])
        #expect(report.findings == [])
    }

    @Test func skipsCodeSpansAndCodeBlocks() {
        let body = """
            Use `[^x]` or ``<b>`` and `[l](/nowhere/)` in prose.

            ```markdown
            [^y] <div> [l](/fenced/)
            ```

                [^z] <i> [l](/indented/)

            - a list item

                continued paragraph [^w]

            ~~~
            <b>
            ~~~~

            [^w]: Defined and used in the list.
            """
        let report = MarkdownLint.inspect(body)
        #expect(report.findings == [])
        #expect(report.links == [])
    }

    @Test func ignoresEscapedBrackets() {
        let report = MarkdownLint.inspect("Not a note \\[^x] nor \\<b> tag.")
        #expect(report.findings == [])
    }

    @Test func agreesWithTheParserOnDefinedNotes() {
        let body = "One[^1] two[^2].\n\n[^1]: First.\n[^2]: Second.\n"
        #expect(MarkdownLint.inspect(body).findings == [])
        #expect(MarkdownParser.parse(body).footnotes.count == 2)
    }
}
