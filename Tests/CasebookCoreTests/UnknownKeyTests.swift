import Foundation
import Testing

@testable import CasebookCore

/// A misspelt key is an error at every depth of every kind of file, reported at the key itself.
@Suite struct UnknownKeyTests {
    /// One misspelt key: the file it is in, where, and what it should have been.
    struct Row: CustomTestStringConvertible, Sendable {
        var depth: String
        var kind: Kind
        /// The file's text, or for a case or release its frontmatter lines.
        var text: String
        var key: String
        var suggestion: String?
        var line: Int
        var column: Int
        /// Problems the misspelling causes besides itself (a required key then missing).
        var others: [LoadError] = []

        enum Kind: Sendable { case caseFile, release, site }

        var testDescription: String { depth }

        /// The problems the file's decoder reports.
        func errors() -> [LoadError] {
            switch kind {
            case .caseFile: decodeCase(text).1
            case .release: decodeRelease(text).1
            case .site: siteErrors(text)
            }
        }

        var path: String { kind == .site ? "site.yaml" : "c.md" }
    }

    static let caseKeys = "name: A\ncountry: B\nstatus: imprisoned\n"
    static let releaseKeys = "title: T\ndate: 2019-10-15\n"
    static let siteKeys = "title: T\norganisation: O\nbase_url: https://example.org/\n"

    // Frontmatter starts on line 2 of a case or release (line 1 is `---`).
    static let rows: [Row] = [
        Row(
            depth: "case", kind: .caseFile, text: caseKeys + "sumary: x\n",
            key: "sumary", suggestion: "summary", line: 5, column: 1),
        Row(
            depth: "case timeline entry", kind: .caseFile,
            text: caseKeys + "timeline:\n  - date: 2017\n    event: E\n    sourse: https://example.org/\n",
            key: "sourse", suggestion: "source", line: 8, column: 5),
        Row(
            depth: "case timeline entry, flow style", kind: .caseFile,
            text: caseKeys + "timeline: [{date: 2017, event: E, sorce: 'https://example.org/'}]\n",
            key: "sorce", suggestion: "source", line: 5, column: 35),
        Row(
            depth: "case UN decision", kind: .caseFile,
            text: caseKeys + "un_decisions:\n  - body: WGAD\n    refrence: 1/2018\n",
            key: "refrence", suggestion: "reference", line: 7, column: 5),
        Row(
            depth: "case photo", kind: .caseFile,
            text: caseKeys + "photo:\n  file: photos/a.jpg\n  alt: An illustration\n  credits: Studio\n",
            key: "credits", suggestion: "credit", line: 8, column: 3),
        Row(
            depth: "case photo, flow style", kind: .caseFile,
            text: caseKeys + "photo: {file: a.jpg, alt: A drawing, credt: x}\n",
            key: "credt", suggestion: "credit", line: 5, column: 38),
        Row(
            depth: "release", kind: .release, text: releaseKeys + "subtitel: S\n",
            key: "subtitel", suggestion: "subtitle", line: 4, column: 1),
        Row(
            depth: "release read_also link", kind: .release,
            text: releaseKeys + "read_also:\n  - url: https://example.org/\n    titel: U\n",
            key: "titel", suggestion: "title", line: 6, column: 5,
            others: [.missingKey("read_also[0].title", at: at(5, 5))]),
        Row(
            depth: "site.yaml", kind: .site, text: siteKeys + "plase: Warsaw\n",
            key: "plase", suggestion: "place", line: 4, column: 1),
        Row(
            depth: "site.yaml contact", kind: .site,
            text: siteKeys + "contacts:\n  - id: press\n    name: Press\n    emial: a@example.org\n",
            key: "emial", suggestion: "email", line: 7, column: 5),
        Row(
            depth: "site.yaml second contact", kind: .site,
            text: siteKeys + "contacts:\n  - {id: a, name: A}\n  - id: b\n    name: B\n    phnoe: 1\n",
            key: "phnoe", suggestion: "phone", line: 8, column: 5),
    ]

    @Test(arguments: rows)
    func misspeltKeyIsAnErrorAtItsPlace(row: Row) {
        let location = SourceLocation(path: row.path, line: row.line, column: row.column)
        #expect(row.errors() == [.unknownKey(row.key, suggestion: row.suggestion, at: location)] + row.others)
    }

    /// The same files with the key spelt right have no problem, so each row tests the key alone.
    @Test(arguments: rows)
    func theKeySpeltRightIsAccepted(row: Row) throws {
        let suggestion = try #require(row.suggestion)
        var corrected = row
        corrected.text = row.text.replacingOccurrences(of: row.key + ":", with: suggestion + ":")
        #expect(corrected.errors() == [])
    }

    /// Through the whole pipeline: the binary reports the key as `path:line:column: error:`.
    @Test func theBinaryReportsANestedMisspeltKeyWithItsColumn() throws {
        let root = try TestSupport.temporaryFolder("unknown-key")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try TestSupport.write(
            [
                "Content/site.yaml": Self.siteKeys,
                "Content/cases/anna.md":
                    "---\n" + Self.caseKeys
                    + "timeline:\n  - date: 2017\n    event: E\n    sourse: x\n---\nBody.\n",
            ], under: root)
        let result = try CommandLineTests().casebook(["check"], in: root)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "Content/cases/anna.md:8:5: error: unknown key 'sourse'; did you mean 'source'?"),
            "\(result.standardError)")
    }

    /// A byte that is not UTF-8 in the frontmatter is reported at its own line and column.
    @Test func theBinaryReportsABadByteInTheFrontmatterWithItsColumn() throws {
        let root = try TestSupport.temporaryFolder("bad-byte")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try TestSupport.write(["Content/site.yaml": Self.siteKeys], under: root)
        let bytes =
            Array("---\nname: Anna\ncountry: K".utf8) + [0xFF] + Array("\nstatus: imprisoned\n---\n".utf8)
        try FileManager.default.createDirectory(
            atPath: root + "/Content/cases", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/Content/cases/anna.md"))
        let result = try CommandLineTests().casebook(["check"], in: root)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains("Content/cases/anna.md:3:11: error: "), "\(result.standardError)")
    }
}
