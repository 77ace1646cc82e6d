/// A problem with a theme's string files (`i18n/<lang>.yaml`) beyond what every YAML file can
/// have (those are `LoadError`s: syntax, unknown keys, wrong types).
enum StringsError: DiagnosticConvertible, Hashable, Sendable {
    /// A setting whose value is not one of its choices (`zone_names: long`).
    case unknownChoice(key: String, value: String, choices: [String], suggestion: String?, at: SourceLocation)
    /// A counted phrase without the `{count}` it is counted by.
    case missingCount(key: String, at: SourceLocation)
    /// A key a language's file does not give, taken from the fallback language (a warning).
    case missingString(key: String, language: String, fallback: String, at: SourceLocation)
    /// A language with no string file at all, written in the fallback language (a warning).
    case missingFile(language: String, fallback: String, at: SourceLocation)

    /// The diagnostic the user sees.
    var diagnostic: Diagnostic {
        switch self {
        case .unknownChoice(let key, let value, let choices, let suggestion, let at):
            var message = "'\(key)' cannot be '\(value)'; it is one of \(choices.joined(separator: ", "))"
            if let suggestion { message += " (did you mean '\(suggestion)'?)" }
            return Diagnostic(.error, at: at, message)
        case .missingCount(let key, let at):
            return Diagnostic(.error, at: at, "'\(key)' must contain {count}, where the number goes")
        case .missingString(let key, let language, let fallback, let at):
            return Diagnostic(
                .warning, at: at,
                "no '\(key)' for language '\(language)'; pages in it say the '\(fallback)' words instead")
        case .missingFile(let language, let fallback, let at):
            return Diagnostic(
                .warning, at: at,
                "no string file for language '\(language)'; its pages use the '\(fallback)' words "
                    + "(add i18n/\(language).yaml to Templates/)")
        }
    }
}
