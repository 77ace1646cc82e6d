import Mustache

/// What the load and check stages hand to rendering.
struct CheckedInputs {
    var content: Content
    var theme: MustacheLibrary
    var warnings: [Diagnostic]
}

extension SiteBuilder {
    /// Loads content and theme and runs every check; throws all errors at once.
    static func loadAndCheck(contentFolder: String, templatesFolder: String) throws -> CheckedInputs {
        let loaded = try loadContent(contentFolder: contentFolder)
        return CheckedInputs(content: loaded.content, theme: MustacheLibrary(), warnings: loaded.warnings)
    }

    /// Loads content only (the schedule needs no theme).
    static func loadContent(contentFolder: String) throws -> (content: Content, warnings: [Diagnostic]) {
        throw DiagnosticsError([Diagnostic(.error, at: SourceLocation(path: contentFolder), "loading is not wired yet")])
    }
}

/// "Did you mean …?" for names a user typed.
enum Suggestions {
    /// The candidate closest to `word`, when it is close enough to be a typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        nil
    }
}
