/// What can be wrong with a theme; each case becomes a `path:line:column: error:` line.
enum TemplateError: DiagnosticConvertible, Hashable, Sendable {
    /// A template does not parse: its path, the 1-based line and column, and what is wrong.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// A page template the renderer needs is missing from the theme.
    case missingTemplate(path: String)
    /// A theme file could not be read.
    case unreadable(path: String, reason: String)
    /// A template file is not UTF-8 text.
    case notText(path: String)

    /// The diagnostic the user sees.
    var diagnostic: Diagnostic {
        switch self {
        case .syntax(let path, let line, let column, let message):
            return Diagnostic(.error, at: SourceLocation(path: path, line: line, column: column), message)
        case .missingTemplate(let path):
            return Diagnostic(.error, at: SourceLocation(path: path), "the theme has no template \(path)")
        case .unreadable(let path, let reason):
            return Diagnostic(.error, at: SourceLocation(path: path), "cannot read the theme file: \(reason)")
        case .notText(let path):
            return Diagnostic(.error, at: SourceLocation(path: path), "a template must be UTF-8 text")
        }
    }
}
