import Testing

@testable import CasebookCore

/// The feed reads only a body's first paragraph; it must be the one the whole parse finds.
@Suite struct FirstParagraphTests {
    /// The first top-level paragraph's text by way of the full document, as the feed once took it.
    private func viaDocument(_ body: String, smart: Bool) -> String? {
        for block in MarkdownParser.parse(body, smart: smart).blocks {
            if case .paragraph(let inlines, _) = block { return inlines.plainText }
        }
        return nil
    }

    @Test(arguments: [
        "Plain first paragraph.\n\nSecond.",
        "# Heading\n\n**Bold** and *em* with [a link](/cases/x/) and `code`.",
        "- a list item paragraph\n- another\n\nThen the paragraph[^1] \"quoted\" -- dashed...\n\n[^1]: Note.",
        "[^1]: A note defined first.\n\nText[^1] after it.",
        "> quoted paragraph\n\n<div>raw</div>\n\nline one\nline two  \nhard break ![alt *x*](i.png)",
        "| a |\n| - |\n| b |\n",
        "",
    ])
    func matchesTheFullParse(body: String) {
        for smart in [false, true] {
            #expect(MarkdownParser.firstParagraphText(body, smart: smart) == viaDocument(body, smart: smart))
        }
    }

    @Test func summaryFallsBackToTheTitle() {
        let release = Release(
            slug: "r", title: "The title", date: PartialDate(year: 2024), body: "# Only a heading\n",
            source: SourceFile(path: "releases/r.md", bodyStartLine: 5))
        #expect(RenderPlan.summary(of: release, smart: false) == "The title")
    }

    @Test func summaryShortensALongFirstParagraph() {
        let body = String(repeating: "word ", count: 100) + "\n\nSecond."
        let release = Release(
            slug: "r", title: "T", date: PartialDate(year: 2024), body: body,
            source: SourceFile(path: "releases/r.md", bodyStartLine: 5))
        let summary = RenderPlan.summary(of: release, smart: false)
        #expect(summary.count == 298 && summary.hasSuffix("…"))
    }
}
