/// Lint reports of an earlier build, which the checks reuse for files whose bytes did not
/// change. The build's incremental record provides them (`LintCache`); declared here so that
/// checking knows only what it asks for.
protocol LintReports: Sendable {
    /// The lint report of the file at `path`, made by `inspect` only when it is not known.
    func report(path: String, inspect: () -> MarkdownLintReport) -> MarkdownLintReport

    /// Keeps `line` (`MarkdownLintReport.cacheLine`), the report of the body of the file at
    /// `path` as the loader made it, for the next build.
    func keep(path: String, line: String)

    /// True when the body of the file at `path`, as it is now, gave no problem in the last
    /// build, checked against references with the digest `index` (`ContentIndex.digest`).
    func bodyPassed(path: String, index: String) -> Bool

    /// Notes that the body of the file at `path` gave no problem against references with the
    /// digest `index`, for the next build.
    func notePassed(path: String, index: String)
}
