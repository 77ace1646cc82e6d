/// A place in a source file: the path as the user gave it, with a 1-based line and column.
///
/// Columns count Unicode scalars (characters as an editor shows them), not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path, relative to the working directory when it was given that way.
    public var path: String
    /// 1-based line in the whole file (frontmatter and body).
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers and editors understand; a path holding a newline or
    /// another control character shows it escaped.
    public var description: String { "\(path.escapedForDisplay):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// Something that happened at a place in the source: every stage's errors become these.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Where it is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// A sentence for the person who edits the file.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: error: message`, on one line whatever the message quotes.
    public var description: String { "\(location): \(severity.rawValue): \(message.escapedForDisplay)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// A stage error that can be shown to the user as a diagnostic.
public protocol DiagnosticConvertible: Error {
    /// The diagnostic the user sees.
    var diagnostic: Diagnostic { get }
}

/// The diagnostics of a stage that failed: thrown so that later stages never run on bad input.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, sorted by path, line and column.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics, sorting them.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
