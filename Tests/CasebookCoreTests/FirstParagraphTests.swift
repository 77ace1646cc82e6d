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

    static let bodies = [
        "Plain first paragraph.\n\nSecond.",
        "# Heading\n\n**Bold** and *em* with [a link](/cases/x/) and `code`.",
        "- a list item paragraph\n- another\n\nThen the paragraph[^1] \"quoted\" -- dashed...\n\n[^1]: Note.",
        "[^1]: A note defined first.\n\nText[^1] after it.",
        "> quoted paragraph\n\n<div>raw</div>\n\nline one\nline two  \nhard break ![alt *x*](i.png)",
        "| a |\n| - |\n| b |\n",
        "",
    ]

    @Test(arguments: bodies)
    func matchesTheFullParse(body: String) {
        for smart in [false, true] {
            #expect(MarkdownParser.firstParagraphText(body, smart: smart) == viaDocument(body, smart: smart))
        }
    }

    /// The feed takes the first paragraph a release page kept from its parse, and parses the
    /// body itself only for a page that kept none: the summary is the same either way.
    @Test(arguments: bodies)
    func aKeptParagraphGivesTheSummaryAParseGives(body: String) {
        for smart in [false, true] {
            let release = Release(
                slug: "r", title: "The title", date: PartialDate(year: 2024), body: body,
                source: SourceFile(path: "releases/r.md", bodyStartLine: 5))
            let paragraphs = FirstParagraphs()
            #expect(paragraphs.kept(for: release) == nil)
            paragraphs.keep(of: release, document: MarkdownParser.parse(body, smart: smart))
            let kept = paragraphs.kept(for: release)
            #expect(kept != nil, "a release without summary or subtitle keeps its paragraph")
            let fromPage = RenderPlan.summary(of: release) { kept ?? nil }
            #expect(fromPage == RenderPlan.summary(of: release, smart: smart))
        }
    }

    @Test func aReleaseWithASummaryKeepsNoParagraph() {
        var release = Release(
            slug: "r", title: "T", date: PartialDate(year: 2024), body: "A paragraph.",
            source: SourceFile(path: "releases/r.md", bodyStartLine: 5))
        release.summary = "Its summary."
        let paragraphs = FirstParagraphs()
        paragraphs.keep(of: release, document: MarkdownParser.parse(release.body))
        #expect(paragraphs.kept(for: release) == nil)
        #expect(
            RenderPlan.summary(of: release) {
                Issue.record("the body is not read"); return nil
            } == "Its summary.")
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
