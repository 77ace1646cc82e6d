/// A place in a source file: the path as the user gave it, with a 1-based line and column.
///
/// Columns count Unicode scalars (characters as an editor shows them), not bytes.
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path, relative to the working directory when it was given that way.
    package var path: String
    /// 1-based line in the whole file (frontmatter and body).
    package var line: Int
    /// 1-based column.
    package var column: Int

    /// Creates a location.
    package init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers and editors understand; a path holding a newline or
    /// another control character shows it escaped.
    package var description: String { "\(path.escapedForDisplay):\(line):\(column)" }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// Something that happened at a place in the source: every stage's errors become these.
package struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How bad it is.
    package enum Severity: String, Sendable, Comparable {
        case warning, error

        package static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Where it is.
    package var location: SourceLocation
    /// Error or warning.
    package var severity: Severity
    /// A sentence for the person who edits the file.
    package var message: String

    /// Creates a diagnostic.
    package init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: error: message`, on one line whatever the message quotes.
    package var description: String { "\(location): \(severity.rawValue): \(message.escapedForDisplay)" }

    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// A stage error that can be shown to the user as a diagnostic.
protocol DiagnosticConvertible: Error {
    /// The diagnostic the user sees.
    var diagnostic: Diagnostic { get }
}

/// The diagnostics of a stage that failed: thrown so that later stages never run on bad input.
package struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, sorted by path, line and column.
    package var diagnostics: [Diagnostic]

    /// Wraps diagnostics, sorting them.
    package init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
