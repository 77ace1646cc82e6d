import Foundation

/// What the load and check stages hand to rendering.
struct CheckedInputs {
    /// Everything loaded, drafts included; rendering filters it.
    var content: Content
    /// The compiled theme.
    var theme: CompiledTheme
    /// Warnings that do not stop a build.
    var warnings: [Diagnostic]
}

extension SiteBuilder {
    /// Loads content and theme and runs every check, throwing all errors of all files at once.
    static func loadAndCheck(
        contentFolder: String, templatesFolder: String, lintCache: LintCache? = nil,
        decodedCache: DecodedCache? = nil
    ) throws -> CheckedInputs {
        var diagnostics: [Diagnostic] = []
        // Bodies stay on disk until a check or a page needs one: memory holds the facts of
        // every file, and the bodies of the files being worked on.
        let loaded = ContentLoader(cache: decodedCache).load(from: contentFolder)
        diagnostics += loaded.problems.map(\.diagnostic)
        // Cross-file and body checks run on a best-effort load too, so one run reports everything.
        diagnostics += ContentChecker().check(loaded.content, lintCache: lintCache)
        var theme: CompiledTheme?
        do {
            theme = try ThemeLoader.load(directory: templatesFolder).compile()
        } catch let error as DiagnosticsError {
            diagnostics += error.diagnostics
        }
        guard let theme, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        return CheckedInputs(content: loaded.content, theme: theme, warnings: diagnostics.sorted())
    }

    /// Loads content only (the schedule needs no theme); throws when any file has an error.
    static func loadContent(contentFolder: String) throws -> (content: Content, warnings: [Diagnostic]) {
        let loaded = ContentLoader().load(from: contentFolder)
        let diagnostics = loaded.problems.map(\.diagnostic) + ContentChecker().check(loaded.content)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        return (loaded.content, diagnostics)
    }
}
