import Mustache

/// What can be wrong with a theme; each case becomes a `path:line:column: error:` line.
public enum TemplateError: DiagnosticConvertible, Hashable, Sendable {
    /// A template does not parse: its path, the 1-based line and column, and what is wrong.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// A page template the renderer needs is missing from the theme.
    case missingTemplate(path: String)
    /// A theme file could not be read.
    case unreadable(path: String, reason: String)
    /// A template file is not UTF-8 text.
    case notText(path: String)

    /// The diagnostic the user sees.
    public var diagnostic: Diagnostic {
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

    /// Converts swift-mustache's parser error for the template at `path`; `prefixLines` lines
    /// were put in front of the template before parsing.
    static func syntax(path: String, parserError: MustacheTemplate.ParserError, prefixLines: Int = 0)
        -> TemplateError
    {
        .syntax(
            path: path, line: max(1, parserError.context.lineNumber - prefixLines),
            column: parserError.context.columnNumber, message: describe(parserError.error))
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "invalid template: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case .unfinishedName: return "unfinished tag name"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside a parent ({{< …}}) tag"
        case .textInsideInheritSection: return "only blocks may appear inside a parent ({{< …}}) tag"
        case .invalidConfigVariableSyntax: return "invalid configuration tag"
        case .unrecognisedConfigVariable: return "unknown configuration variable"
        }
    }
}
