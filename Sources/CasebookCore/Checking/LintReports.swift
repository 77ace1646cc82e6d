/// Lint reports of an earlier build, which the checks reuse for files whose bytes did not
/// change. The build's incremental record provides them (`LintCache`); declared here so that
/// checking knows only what it asks for.
protocol LintReports: Sendable {
    /// The lint report of the file at `path`, asking for its body only when it is not known.
    func report(path: String, body: () -> String) -> MarkdownLintReport
}
