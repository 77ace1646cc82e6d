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

    @Test func reportSurvivesTheCacheLineLessTheLinksNoCheckLooksAt() throws {
        let report = MarkdownLint.inspect(Self.body)
        #expect(report.findings.count >= 4)
        #expect(report.links.count == 2)
        let line = try #require(report.cacheLine)
        #expect(!line.contains("\n") && !line.contains("\t"))
        // The image's relative file is no page of the site: the checks never look at it.
        #expect(
            MarkdownLintReport(cacheLine: line)
                == MarkdownLintReport(findings: report.findings, links: [report.links[0]]))
    }

    /// A body's problems are the same whether its report was just made or read back from its line.
    @Test func aReportReadBackFindsTheSameProblems() throws {
        let body = """
            [gone](/cases/nobody/) [here](/cases/known/) [release](/releases/missing.txt)
            [out](https://example.org/cases/nobody/) [proto](//cdn.example/x) [anchor](#notes)
            [file](notes.pdf) [bad](javascript:alert(1)) ![pic](data:image/png;base64,AAAA)
            """
        let report = MarkdownLint.inspect(body)
        #expect(report.links.count == 9)
        let readBack = try #require(report.cacheLine.flatMap(MarkdownLintReport.init(cacheLine:)))
        #expect(
            readBack.links.map(\.destination) == [
                "/cases/nobody/", "/cases/known/", "/releases/missing.txt", "javascript:alert(1)",
                "data:image/png;base64,AAAA",
            ])
        let known = CaseFile(
            slug: "known", name: "Known", country: "K", status: .imprisoned, body: "",
            source: SourceFile(path: "cases/known.md", bodyStartLine: 5))
        let content = Content(site: BodyCheckTests.site, cases: [known], releases: [], root: "Content")
        let index = ContentIndex(content)
        let source = SourceFile(path: "cases/x.md", bodyStartLine: 4)
        let checker = ContentChecker()
        let problems = checker.checkBody(report, source: source, index: index)
        #expect(problems.count == 4)
        #expect(checker.checkBody(readBack, source: source, index: index) == problems)
    }

    @Test func cleanBodyCachesAsAnEmptyReport() throws {
        let report = MarkdownLint.inspect("Nothing to see.\n")
        let line = try #require(report.cacheLine)
        #expect(MarkdownLintReport(cacheLine: line) == report)
    }

    @Test func cacheIsUsedForAnUnchangedFileAndNotForAChangedOne() {
        let cached = MarkdownLintReport(
            findings: [], links: [MarkdownLinkDestination("/cases/cached/", line: 1, column: 1)])
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

/// The cache line is written on bytes; it must be the line the joined strings made, and refuse
/// the same reports.
@Suite struct LintCacheLineTests {
    static func referenceLine(_ report: MarkdownLintReport) -> String? {
        var records: [String] = []
        for finding in report.findings {
            let (kind, text): (String, String)
            switch finding.kind {
            case .undefinedFootnote(let label): (kind, text) = ("u", label)
            case .unreferencedFootnote(let label): (kind, text) = ("r", label)
            case .duplicateFootnote(let label): (kind, text) = ("d", label)
            case .rawHTML(let tag): (kind, text) = ("h", tag)
            }
            records.append(
                ["f", kind, String(finding.line), String(finding.column), text].joined(separator: "\u{1F}"))
        }
        for link in report.links
        where LinkResolver.isUnsafe(link.destination)
            || (link.destination.hasPrefix("/") && !link.destination.hasPrefix("//"))
        {
            records.append(
                ["k", link.isImage ? "i" : "l", String(link.line), String(link.column), link.destination]
                    .joined(separator: "\u{1F}"))
        }
        let line = records.joined(separator: "\u{1E}")
        if line.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        guard line.utf8.filter({ $0 == 0x1F }).count == records.count * 4,
            line.utf8.filter({ $0 == 0x1E }).count == max(records.count - 1, 0)
        else { return nil }
        return "=" + line
    }

    @Test func writesTheLineTheJoinedFieldsMade() {
        let texts = [
            "1", "note", "", "Алматы", "/cases/x/", "a\tb", "a\nb", "a\rb", "a\u{1F}b", "a\u{1E}b",
            "é\u{301}", "/a\u{1E}b", "javascript:x", "//cdn.example/x", "https://example.org/",
        ]
        var generator = NoLeakPropertyTests.SplitMix(state: 7)
        var refused = 0
        for _ in 0..<3_000 {
            let findings = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                let text = texts.randomElement(using: &generator) ?? ""
                let kind: MarkdownLintFinding.Kind =
                    [
                        .undefinedFootnote(label: text), .unreferencedFootnote(label: text),
                        .duplicateFootnote(label: text), .rawHTML(tag: text),
                    ].randomElement(using: &generator) ?? .rawHTML(tag: text)
                return MarkdownLintFinding(
                    kind, line: Int.random(in: 1...400, using: &generator),
                    column: Int.random(in: 1...90, using: &generator))
            }
            let links = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                MarkdownLinkDestination(
                    texts.randomElement(using: &generator) ?? "", isImage: Bool.random(using: &generator),
                    line: Int.random(in: 1...400, using: &generator),
                    column: Int.random(in: 1...90, using: &generator))
            }
            let report = MarkdownLintReport(findings: findings, links: links)
            let expected = Self.referenceLine(report)
            if expected == nil { refused += 1 }
            #expect(report.cacheLine == expected)
            // Every line read back is the report less the links no check looks at.
            if let line = report.cacheLine {
                #expect(
                    MarkdownLintReport(cacheLine: line)
                        == MarkdownLintReport(findings: findings, links: links.filter(\.mayBeFaulted)))
            }
        }
        #expect(refused > 300 && refused < 2_700)
    }
}
