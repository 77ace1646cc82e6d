import Testing

@testable import CasebookCore

@Suite struct LintCacheTests {
    static let body = """
        A note[^missing] and [a link](/cases/x/) and ![an image](pic.png).

        <b>bold</b>

        [^unused]: Never referenced.
        [^twice]: One.
        [^twice]: Two.

        Uses [^twice].
        """

    @Test func reportSurvivesTheCacheLine() throws {
        let report = MarkdownLint.inspect(Self.body)
        #expect(report.findings.count >= 4)
        #expect(report.links.count == 2)
        let line = try #require(report.cacheLine)
        #expect(!line.contains("\n") && !line.contains("\t"))
        #expect(MarkdownLintReport(cacheLine: line) == report)
    }

    @Test func cleanBodyCachesAsAnEmptyReport() throws {
        let report = MarkdownLint.inspect("Nothing to see.\n")
        let line = try #require(report.cacheLine)
        #expect(MarkdownLintReport(cacheLine: line) == report)
    }

    @Test func cacheIsUsedForAnUnchangedFileAndNotForAChangedOne() {
        let cached = MarkdownLintReport(
            findings: [], links: [MarkdownLinkDestination("https://cached.example", line: 1, column: 1)])
        let cache = LintCache(
            previous: ["h1": cached.cacheLine ?? ""], fileHashes: ["same.md": "h1", "new.md": "h2"])
        #expect(cache.report(for: Self.body, path: "same.md") == cached)
        #expect(cache.report(for: Self.body, path: "new.md") == MarkdownLint.inspect(Self.body))
        #expect(Set(cache.entries.keys) == ["h1", "h2"])
    }
}
