import Foundation
import Testing

@testable import CasebookCore

@Suite struct ContentLoaderTests {
    static let site =
        "title: T\norganisation: O\nbase_url: https://example.org/\ncontacts:\n  - id: press\n    name: P\n"
    static let validCase = "---\nname: A\ncountry: B\nstatus: imprisoned\n---\nBody\n"
    static let validRelease =
        "---\ntitle: T\ndate: 2019-10-15\ncases: [anna]\nread_also: [bob, 2019-01-01-old]\n---\nText\n"

    @Test func loadsAValidSite() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            [
                "Content/site.yaml": Self.site,
                "Content/cases/bob.md": Self.validCase,
                "Content/cases/anna.md": Self.validCase,
                "Content/cases/.DS_Store": "",
                "Content/releases/2019-10-15-free-anna.md": Self.validRelease,
                "Content/releases/2019-01-01-old.md": "---\ntitle: Old\ndate: 2019-01-01\n---\n",
                "Content/assets/photos/anna.jpg": "jpg",
                "Content/assets/report.pdf": "pdf",
                "Content/assets/.hidden": "",
            ], under: root)
        let folder = root.path + "/Content"
        let result = ContentLoader().load(from: folder)
        #expect(result.problems == [])
        #expect(result.content.cases.map(\.slug) == ["anna", "bob"])
        #expect(result.content.releases.map(\.slug) == ["2019-01-01-old", "2019-10-15-free-anna"])
        #expect(result.content.assets == ["photos/anna.jpg", "report.pdf"])
        #expect(
            result.content.cases.first?.source
                == SourceFile(path: folder + "/cases/anna.md", bodyStartLine: 6))
        #expect(result.content.releases.last?.readAlso == [.caseFile("bob"), .release("2019-01-01-old")])
        #expect(ContentChecker().check(result.content) == [])
    }

    /// A build's loader leaves bodies on disk and hands the checks what each body it read holds,
    /// so that they need not read it again; files taken from the cache are not read at all.
    @Test func aBuildsLoaderInspectsEveryBodyItReads() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let linked = "---\nname: A\ncountry: B\nstatus: imprisoned\n---\nSee [x](/cases/gone/).[^n]\n"
        try write(
            [
                "Content/site.yaml": Self.site,
                "Content/cases/anna.md": linked,
                "Content/cases/anna.ru.md": "---\nname: А\n---\n<b>Текст</b> [y](https://example.org/)\n",
                "Content/releases/2019-01-01-old.md": "---\ntitle: Old\ndate: 2019-01-01\n---\n",
            ], under: root)
        let folder = root.path + "/Content"
        let result = ContentLoader(cache: nil).load(from: folder)
        #expect(result.content.cases.first?.body == "")
        #expect(
            Set(result.bodyReports.keys) == [
                folder + "/cases/anna.md", folder + "/cases/anna.ru.md",
                folder + "/releases/2019-01-01-old.md",
            ])
        let anna = try #require(result.bodyReports[folder + "/cases/anna.md"]).report
        #expect(anna.links.map(\.destination) == ["/cases/gone/"])
        #expect(anna.findings.map(\.kind) == [.undefinedFootnote(label: "n")])
        let translation = try #require(result.bodyReports[folder + "/cases/anna.ru.md"]).report
        #expect(translation.findings.map(\.kind) == [.rawHTML(tag: "b")])
        #expect(translation.links.isEmpty)
        // The checks find the problems at the same places as from the file read again.
        let inspected = ContentChecker().check(
            result.content, lintCache: nil, inspected: result.bodyReports)
        let reread = ContentChecker().check(result.content, lintCache: nil)
        let bodyProblems = inspected.filter {
            $0.message.contains("footnote") || $0.message.contains("gone")
                || $0.message.contains("HTML")
        }
        #expect(bodyProblems.map { "\($0.location.line):\($0.location.column)" } == ["6:9", "6:23", "4:1"])
        #expect(inspected == reread)
        #expect(ContentLoader().load(from: folder).bodyReports.isEmpty)
    }

    @Test func reportsThreeErrorsInThreeFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            [
                "Content/site.yaml": Self.site.replacingOccurrences(of: "base_url", with: "baseurl"),
                "Content/cases/anna.md": Self.validCase.replacingOccurrences(
                    of: "imprisoned", with: "jailed"),
                "Content/releases/2019-10-15-free-anna.md": "---\ntitle: T\ndate: 2019-10-15\n",
            ], under: root)
        let folder = root.path + "/Content"
        let result = ContentLoader().load(from: folder)
        #expect(
            result.problems
                == [
                    .unknownStatus(
                        "jailed", suggestion: nil,
                        at: SourceLocation(path: folder + "/cases/anna.md", line: 4, column: 9)),
                    .unterminatedFrontmatter(
                        at: SourceLocation(path: folder + "/releases/2019-10-15-free-anna.md")),
                    .unknownKey(
                        "baseurl", suggestion: "base_url",
                        at: SourceLocation(path: folder + "/site.yaml", line: 3, column: 1)),
                    .missingKey("base_url", at: SourceLocation(path: folder + "/site.yaml")),
                ].sorted { $0.location < $1.location })
        #expect(result.hasErrors)
        #expect(throws: DiagnosticsError.self) { try result.validContent() }
        // A file that could not be read is still known, so references to it are not reported too.
        #expect(result.content.releases.map(\.slug) == ["2019-10-15-free-anna"])
    }

    @Test func reportsFileNamesAndIgnoredFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            [
                "Content/site.yaml": Self.site,
                "Content/cases/Foo Bar.md": Self.validCase,
                "Content/cases/notes.txt": "x",
                "Content/releases/bad.md": "",
            ], under: root)
        // "---\nn" then a lead byte of a two-byte sequence followed by "(".
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x6E, 0xC3, 0x28]).write(
            to: root.appendingPathComponent("Content/releases/bad.md"))
        let folder = root.path + "/Content"
        let result = ContentLoader().load(from: folder)
        #expect(
            result.problems == [
                .invalidFileName(
                    "Foo Bar.md", suggestion: "foo-bar",
                    at: SourceLocation(path: folder + "/cases/Foo Bar.md")),
                .ignoredFile("notes.txt", at: SourceLocation(path: folder + "/cases/notes.txt")),
                .notUTF8(at: SourceLocation(path: folder + "/releases/bad.md", line: 2, column: 2)),
            ])
        #expect(result.diagnostics.map(\.severity) == [.error, .warning, .error])
        #expect(
            result.diagnostics.first?.description
                == "\(folder)/cases/Foo Bar.md:1:1: error: file name 'Foo Bar.md' is not a valid slug; rename it to 'foo-bar.md'"
        )
    }

    @Test func warnsOfFilesItDoesNotRead() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            [
                "Content/site.yaml": Self.site, "Content/Site.yml": "title: old\n",
                "Content/release/2026-01-01-x.md": "x", "Content/notes.docx": "x", "Content/.DS_Store": "x",
            ], under: root)
        let folder = root.path + "/Content"
        let problems = ContentLoader().load(from: folder).problems
        #expect(
            problems == [
                .unreadFile(
                    "Site.yml", suggestion: "site.yaml", at: SourceLocation(path: folder + "/Site.yml")),
                .unreadFile("notes.docx", suggestion: nil, at: SourceLocation(path: folder + "/notes.docx")),
                .unreadFile(
                    "release/", suggestion: "releases", at: SourceLocation(path: folder + "/release")),
            ])
        #expect(problems.allSatisfy { $0.severity == .warning })
    }

    @Test func reportsMissingFolderAndSite() throws {
        #expect(
            ContentLoader().load(from: "/nonexistent/Content").problems == [
                .contentFolderMissing(at: SourceLocation(path: "/nonexistent/Content"))
            ])
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            ContentLoader().load(from: root.path + "/").problems == [
                .siteFileMissing(at: SourceLocation(path: root.path + "/site.yaml"))
            ])
    }
}
