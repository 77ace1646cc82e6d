import CasebookCore
import Foundation

/// Prints diagnostics to standard error as `path:line:column: error: message`, with a coloured,
/// caret-marked excerpt of the line when standard error is a terminal.
struct DiagnosticPrinter {
    /// Whether to add colour and excerpts.
    var isTerminal: Bool =
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Prints each diagnostic, sorted by path and line.
    func print(_ diagnostics: [Diagnostic]) {
        var cache: [String: [Substring]] = [:]
        for diagnostic in diagnostics.sorted() {
            var text = isTerminal ? styled(diagnostic) : diagnostic.description
            if isTerminal, let excerpt = excerpt(for: diagnostic.location, cache: &cache) {
                text += "\n" + excerpt
            }
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    private func styled(_ diagnostic: Diagnostic) -> String {
        let colour = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
        return "\u{1B}[1m\(diagnostic.location):\u{1B}[0m \(colour)\(diagnostic.severity.rawValue):\u{1B}[0m "
            + "\u{1B}[1m\(diagnostic.message)\u{1B}[0m"
    }

    // The offending line with a green caret under the column, as compilers show it.
    private func excerpt(for location: SourceLocation, cache: inout [String: [Substring]]) -> String? {
        if cache[location.path] == nil {
            guard let data = FileManager.default.contents(atPath: location.path) else { return nil }
            cache[location.path] = String(decoding: data, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[location.path], location.line >= 1, location.line <= lines.count else {
            return nil
        }
        let line = lines[location.line - 1].replacingOccurrences(of: "\r", with: "")
        let prefix = String(
            line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(line)\n \(gutter) | \(prefix)\u{1B}[1;32m^\u{1B}[0m"
    }
}
