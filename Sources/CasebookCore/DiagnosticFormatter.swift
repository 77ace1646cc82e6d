import Foundation

/// Turns diagnostics into the lines a person reads: `path:line:column: error: message`, with the
/// path relative to the working directory, and on a terminal a coloured, caret-marked excerpt
/// of the offending line, as compilers show them.
package struct DiagnosticFormatter {
    /// Whether to add colour and excerpts (for a terminal).
    var isTerminal: Bool
    /// The folder paths are shown relative to.
    var workingDirectory: String
    private var sources: [String: [Substring]] = [:]

    /// Creates a formatter.
    package init(isTerminal: Bool, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.isTerminal = isTerminal
        self.workingDirectory = workingDirectory
    }

    /// The text for one diagnostic, reading the source file for its excerpt when on a terminal.
    package mutating func format(_ diagnostic: Diagnostic) -> String {
        var located = diagnostic
        located.location.path = relative(diagnostic.location.path)
        guard isTerminal else { return located.description }
        let colour = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
        var text =
            "\u{1B}[1m\(located.location):\u{1B}[0m \(colour)\(diagnostic.severity.rawValue):\u{1B}[0m "
            + "\u{1B}[1m\(diagnostic.message.escapedForDisplay)\u{1B}[0m"
        if let excerpt = excerpt(for: diagnostic.location) { text += "\n" + excerpt }
        return text
    }

    /// `path` relative to the working directory when it lies inside it.
    package func relative(_ path: String) -> String {
        let folder = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    // The offending line with a green caret under the column; tabs are kept so the caret lines up.
    private mutating func excerpt(for location: SourceLocation) -> String? {
        if sources[location.path] == nil {
            guard let data = FileManager.default.contents(atPath: location.path) else { return nil }
            sources[location.path] = String(decoding: data, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sources[location.path], location.line >= 1, location.line <= lines.count else {
            return nil
        }
        let raw = lines[location.line - 1].replacingOccurrences(of: "\r", with: "")
        let line = Self.shown(raw)
        let before = Self.shown(String(raw.unicodeScalars.prefix(max(0, location.column - 1))))
        let padding = String(before.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(line)\n \(gutter) | \(padding)\u{1B}[1;32m^\u{1B}[0m"
    }

    // A line as the terminal may show it: tabs stay so the caret lines up, and any other
    // control character is escaped rather than sent to the terminal.
    private static func shown(_ text: String) -> String {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).escapedForDisplay }
            .joined(separator: "\t")
    }
}
