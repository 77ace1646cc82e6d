import Testing

@testable import CasebookCore

/// Problems in Markdown bodies, at their line and column in the whole file.
@Suite struct BodyCheckTests {
    static let site = Site(title: "S", organisation: "O", baseURL: "https://example.org/")

    /// A case whose body starts on line 6 of its file.
    func caseFile(_ slug: String, body: String) -> CaseFile {
        CaseFile(
            slug: slug, name: slug, country: "K", status: .imprisoned, body: body,
            source: SourceFile(path: "cases/\(slug).md", bodyStartLine: 6))
    }

    func problems(_ body: String) -> [CheckError] {
        let content = Content(
            site: Self.site, cases: [caseFile("a", body: body), caseFile("bolat-test", body: "Fine.\n")],
            releases: [], root: "Content")
        return ContentChecker().problems(in: content)
    }

    func at(_ line: Int, _ column: Int) -> CasebookCore.SourceLocation {
        CasebookCore.SourceLocation(path: "cases/a.md", line: line, column: column)
    }

    @Test func footnoteReferencedButNeverDefined() {
        #expect(problems("Text.[^gone]\n") == [.undefinedFootnote("gone", at: at(6, 6))])
    }

    @Test func footnoteDefinedButNeverReferenced() {
        #expect(problems("Text.\n\n[^spare]: A note.\n") == [.unreferencedFootnote("spare", at: at(8, 1))])
    }

    @Test func footnoteDefinedTwice() {
        let body = "Text.[^n]\n\n[^n]: One.\n[^n]: Two.\n"
        #expect(problems(body) == [.duplicateFootnote("n", at: at(9, 1))])
    }

    @Test func linkToACasePageThatDoesNotExist() {
        let body = "See [him](/cases/bolat-tset/) and [her](/cases/bolat-test/).\n"
        #expect(
            problems(body) == [
                .unknownPageLink("bolat-tset", kind: .caseFile, suggestion: "bolat-test", at: at(6, 11))
            ])
    }

    @Test func linkToAReleaseThatDoesNotExist() {
        let body = "Line one.\n\nRead [the release](/releases/2026-01-01-nothing/).\n"
        #expect(
            problems(body) == [
                .unknownPageLink("2026-01-01-nothing", kind: .release, suggestion: nil, at: at(8, 20))
            ])
    }

    @Test func rawHTMLAndUnsafeLinksAreWarnings() {
        let found = problems("<div>x</div>\n\n[click](javascript:alert(1))\n")
        #expect(found == [.rawHTML("div", at: at(6, 1)), .unsafeLink("javascript:alert(1)", at: at(8, 9))])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func codeIsNotChecked() {
        #expect(problems("Use `[^x]` like this:\n\n```\n[^y]: and [z](/cases/nobody/)\n```\n").isEmpty)
    }
}
