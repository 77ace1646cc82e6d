import Testing

@testable import CasebookCore

@Suite struct HTMLRendererTests {
    func html(_ markdown: String, resolver: LinkResolver = .identity) -> String {
        HTMLRenderer(linkResolver: resolver).render(MarkdownParser.parse(markdown))
    }

    /// Every `attribute="value"` in `html`, in order.
    func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap {
            $0.split(separator: "\"", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        }
    }

    @Test func footnotesLinkBothWays() {
        let output = html("One[^x] two[^y] three[^x].\n\n[^y]: Why.\n\n[^x]: Ex, see <https://e.org>.\n")
        let body: String = [
            "<p>One<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\">1</a></sup>",
            " two<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" role=\"doc-noteref\">2</a></sup>",
            " three<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\" role=\"doc-noteref\">1</a></sup>.</p>\n",
        ].joined()
        #expect(output.hasPrefix(body))
        let notes: String = [
            "<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\">\n",
            "<h2 class=\"visually-hidden\">Notes</h2>\n<ol>\n<li id=\"fn-1\">\n",
            "<p>Ex, see <a class=\"url\" href=\"https://e.org\">https://e.org</a>.",
            " <a href=\"#fnref-1\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference 1\">↩</a>",
            " <a href=\"#fnref-1-2\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference 1 (2)\">↩</a></p>\n",
            "</li>\n<li id=\"fn-2\">\n<p>Why.",
        ].joined()
        #expect(output.contains(notes))
        let ids = values(of: "id", in: output)
        #expect(Set(ids).count == ids.count)
        let targets = values(of: "href", in: output).filter { $0.hasPrefix("#") }.map {
            String($0.dropFirst())
        }
        #expect(Set(targets) == Set(ids))
    }

    @Test func footnoteLabelsAreThePagesWords() {
        let labels = FootnoteLabels(heading: "Примечания", backLink: "Вернуться к сноске {number} <&>")
        let output = HTMLRenderer(footnoteLabels: labels).render(
            MarkdownParser.parse("Один[^a] два[^a].\n\n[^a]: Источник.\n"))
        #expect(output.contains("role=\"doc-endnotes\" aria-label=\"Примечания\">\n"))
        #expect(output.contains("<h2 class=\"visually-hidden\">Примечания</h2>"))
        #expect(output.contains("aria-label=\"Вернуться к сноске 1 &lt;&amp;&gt;\">↩</a>"))
        #expect(output.contains("aria-label=\"Вернуться к сноске 1 &lt;&amp;&gt; (2)\">↩</a>"))
        #expect(!output.contains("Notes") && !output.contains("Back to reference"))
        // Without `{number}`, the number follows the words.
        let plain = HTMLRenderer(footnoteLabels: FootnoteLabels(heading: "N", backLink: "Back")).render(
            MarkdownParser.parse("A[^a]\n\n[^a]: B\n"))
        #expect(plain.contains("aria-label=\"Back 1\">↩</a>"))
    }

    @Test func backLinkFollowsANoteThatEndsInAList() {
        let output = html("A[^n]\n\n[^n]: Points:\n\n    - one\n    - two\n")
        #expect(
            output.contains(
                "</ul>\n<a href=\"#fnref-1\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference 1\">↩</a>\n</li>"
            ))
    }

    @Test func referenceInsideLinkTextIsMovedAfterTheLink() {
        let output = html("[see[^1]](https://a.org)\n\n[^1]: n\n")
        #expect(
            output.contains("<a href=\"https://a.org\">see</a><sup class=\"footnote-ref\"><a href=\"#fn-1\""))
    }

    @Test func rendersTablesStrikethroughAndBareURLs() {
        let output = html("| Name | Years |\n|:--|--:|\n| A & B | ~~5~~ 7 |\n\nSee www.example.org.\n")
        let expected: String = [
            "<table>\n<thead>\n<tr>\n<th class=\"align-left\">Name</th>\n<th class=\"align-right\">Years</th>\n</tr>\n</thead>\n",
            "<tbody>\n<tr>\n<td class=\"align-left\">A &amp; B</td>\n<td class=\"align-right\"><del>5</del> 7</td>\n</tr>\n</tbody>\n</table>\n",
            "<p>See <a class=\"url\" href=\"http://www.example.org\">www.example.org</a>.</p>\n",
        ].joined()
        #expect(output == expected)
    }

    @Test func levelOneHeadingsBecomeLevelTwoWithUniqueIds() {
        let output = html(
            "# Health\n\n## Health\n\n### Здоровье и суд\n\n#\n\n#### fn 1\n\nx[^a]\n\n[^a]: n\n")
        #expect(output.contains("<h2 id=\"health\">Health</h2>\n<h2 id=\"health-2\">Health</h2>\n"))
        #expect(output.contains("<h3 id=\"здоровье-и-суд\">Здоровье и суд</h3>\n"))
        #expect(output.contains("<h4 id=\"fn-1-2\">fn 1</h4>"))
        #expect(!output.contains("<h1"))
        #expect(!output.contains("<h2 id=\"section\"></h2>"))
    }

    @Test func headingsNeverTakeTheIdsOfNotesOrTheirReferences() {
        let headings = ["fnref 1", "fnref 1 2", "fnref 1 3", "fn 2", "fn 01", "fnref 2"]
        let body = headings.map { "## \($0)\n\n" }.joined() + "x[^a] y[^a]\n\n[^a]: n\n"
        let output = html(body)
        // Footnote 1, referenced twice, owns fn-1, fnref-1 and fnref-1-2; nothing else is taken.
        #expect(output.contains("<h2 id=\"fnref-1-3\">fnref 1</h2>"))
        #expect(output.contains("<h2 id=\"fnref-1-2-2\">fnref 1 2</h2>"))
        #expect(output.contains("<h2 id=\"fnref-1-3-2\">fnref 1 3</h2>"))
        #expect(output.contains("<h2 id=\"fn-2\">fn 2</h2>"))
        #expect(output.contains("<h2 id=\"fn-01\">fn 01</h2>"))
        #expect(output.contains("<h2 id=\"fnref-2\">fnref 2</h2>"))
    }

    @Test(arguments: [
        "<script>alert(1)</script>\n\nText",
        "Text <script>alert(1)</script>",
        "Text <img src=x onerror=alert(1)>",
        "<img src=x onerror=alert(1)>\n\nText",
        "<div onclick=\"alert(1)\">\n\nText\n\n</div>",
        "Text <a href=\"javascript:alert(1)\">x</a>",
    ])
    func rawHTMLNeverReachesTheOutput(_ markdown: String) {
        let output = html(markdown)
        // Text between inline tags stays as escaped text; no tag or attribute survives.
        #expect(!output.contains("<script"))
        #expect(!output.contains("<img"))
        #expect(!output.contains("<div"))
        #expect(!output.contains("<a"))
        #expect(!output.contains("onerror"))
        #expect(!output.contains("onclick"))
        #expect(!output.contains("javascript"))
        #expect(output.contains("Text"))
    }

    @Test(arguments: [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<java\tscript:alert(1)>)",
        "[click](<\u{1}javascript:alert(1)>)",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript&colon;alert(1))",
        "[click](vbscript:msgbox)",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](file:///etc/passwd)",
        "[click][r]\n\n[r]: javascript:alert(1)",
    ])
    func unsafeLinksKeepOnlyTheirText(_ markdown: String) {
        let output = html(markdown)
        #expect(output == "<p>click</p>\n")
    }

    /// Control characters written as references are dropped; a link text made of nothing else
    /// is empty, not a text that reads as the link's address.
    @Test func aLinkTextOfDroppedControlCharactersIsEmpty() {
        // An empty text would read as "http://" + "", the link's own address, and mark it so.
        #expect(html("[&#7;&#7;](http://)") == "<p><a href=\"http://\"></a></p>\n")
        #expect(html("[&#7;](http://)") == "<p><a href=\"http://\"></a></p>\n")
    }

    @Test func unsafeImagesAreDroppedButTheirAltTextStays() {
        #expect(html("![a photo](data:image/png;base64,AAAA)") == "<p>a photo</p>\n")
        #expect(
            html("![a \"photo\"](p.jpg \"T\")")
                == "<p><img src=\"p.jpg\" alt=\"a &quot;photo&quot;\" title=\"T\"></p>\n")
    }

    @Test func resolverRewritesOrDropsLinks() {
        let resolver = LinkResolver { url in url.hasPrefix("/drafts/") ? nil : "/base" + url }
        #expect(
            html("[a](/cases/x/) [b](/drafts/y/)", resolver: resolver)
                == "<p><a href=\"/base/cases/x/\">a</a> b</p>\n")
        #expect(
            html("[a](/x?a=1&b=\"2\" \"t<i>\")")
                == "<p><a href=\"/x?a=1&amp;b=%222%22\" title=\"t&lt;i&gt;\">a</a></p>\n")
    }

    @Test func rendersInlineMarkupListsAndCode() {
        let output = html(
            "*e* **s** `a<b` ~~d~~  \nnext\n\n- one\n- two\n\n5. five\n\n   more\n6. six\n\n> q\n\n```c++ extra\nx<y\n```\n\n***\n"
        )
        let expected: String = [
            "<p><em>e</em> <strong>s</strong> <code>a&lt;b</code> <del>d</del><br>\nnext</p>\n",
            "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
            "<ol start=\"5\">\n<li>\n<p>five</p>\n<p>more</p>\n</li>\n<li>\n<p>six</p>\n</li>\n</ol>\n",
            "<blockquote>\n<p>q</p>\n</blockquote>\n",
            "<pre><code class=\"language-c++\">x&lt;y\n</code></pre>\n<hr>\n",
        ].joined()
        #expect(output == expected)
    }

    @Test func rendersInlinesAlone() {
        let inlines = MarkdownParser.parseInline("Moved to *LA 155/14* <b>x</b> & [court](https://c.kz)")
        #expect(
            HTMLRenderer().render(inlines)
                == "Moved to <em>LA 155/14</em> x &amp; <a href=\"https://c.kz\">court</a>")
    }

    @Test func escapesText() {
        #expect("<a href='x'>&\"".htmlEscaped == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
        #expect("Ünïcödé — ok".htmlEscaped == "Ünïcödé — ok")
    }
}
