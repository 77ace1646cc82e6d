import CasebookCore
import Foundation

/// Prints diagnostics to standard error, sorted, with excerpts when standard error is a terminal.
struct DiagnosticPrinter {
    /// Whether standard error is a terminal that wants colour.
    var isTerminal: Bool =
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Prints each diagnostic, sorted by path and line.
    func print(_ diagnostics: [Diagnostic]) {
        var formatter = DiagnosticFormatter(isTerminal: isTerminal)
        for diagnostic in diagnostics.sorted() {
            FileHandle.standardError.write(Data((formatter.format(diagnostic) + "\n").utf8))
        }
    }
}
