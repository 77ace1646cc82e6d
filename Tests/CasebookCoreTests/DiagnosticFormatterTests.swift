import Foundation
import Testing

@testable import CasebookCore

@Suite struct DiagnosticFormatterTests {
    @Test func plainLinesUsePathsRelativeToTheWorkingDirectory() {
        var formatter = DiagnosticFormatter(isTerminal: false, workingDirectory: "/srv/site")
        let inside = Diagnostic(
            .error, at: CasebookCore.SourceLocation(path: "/srv/site/Content/cases/a.md", line: 4, column: 9),
            "bad")
        let outside = Diagnostic(
            .warning, at: CasebookCore.SourceLocation(path: "/tmp/b.md", line: 1, column: 1), "odd")
        #expect(formatter.format(inside) == "Content/cases/a.md:4:9: error: bad")
        #expect(formatter.format(outside) == "/tmp/b.md:1:1: warning: odd")
    }

    @Test func terminalOutputShowsTheLineWithACaretUnderTheColumn() throws {
        let folder = try TestSupport.temporaryFolder("excerpt")
        try TestSupport.write(["a.md": "---\nname: X\nstatus:\timprisonned\n---\n"], under: folder)
        var formatter = DiagnosticFormatter(isTerminal: true, workingDirectory: folder)
        let text = formatter.format(
            Diagnostic(
                .error, at: CasebookCore.SourceLocation(path: folder + "/a.md", line: 3, column: 9),
                "unknown status"))
        let plain = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(plain == "a.md:3:9: error: unknown status\n 3 | status:\timprisonned\n   |        \t^")
        #expect(text.contains("\u{1B}[1;31merror:"))
    }
}
