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

    @Test func aBodyPassesUnreadOnlyWithTheSameFileAndIndex() {
        let line = MarkdownLint.inspect("Nothing to see.\n").cacheLine ?? ""
        let cache = LintCache(
            previous: ["h1": line, "h2": line], passed: ["h1": "index-a", "h3": "index-a"],
            fileHashes: ["same.md": "h1", "unchecked.md": "h2", "no-report.md": "h3", "new.md": "h4"])
        #expect(cache.bodyPassed(path: "same.md", index: "index-a"))
        #expect(!cache.bodyPassed(path: "same.md", index: "index-b"))
        #expect(!cache.bodyPassed(path: "unchecked.md", index: "index-a"))
        // Without its report the next build could not check it against another index.
        #expect(!cache.bodyPassed(path: "no-report.md", index: "index-a"))
        #expect(!cache.bodyPassed(path: "new.md", index: "index-a"))
        #expect(!cache.bodyPassed(path: "unknown.md", index: "index-a"))
        cache.notePassed(path: "new.md", index: "index-b")
        // What passed is remembered with its report, for the next build.
        #expect(cache.passedEntries == ["h1": "index-a", "h4": "index-b"])
        #expect(cache.entries["h1"] == line)
    }
}
