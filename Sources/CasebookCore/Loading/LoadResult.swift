/// What loading Content/ gave: the content, and every problem found in every file.
package struct LoadResult: Sendable {
    /// The content. When `errors` is not empty it is a best effort, good for cross-file checks
    /// but never for a build: files that could not be read are there with empty fields, so that
    /// references to them still resolve.
    var content: Content
    /// Every problem, errors and warnings, in file order.
    var problems: [LoadError]
    /// What `MarkdownLint` found in the body of each file read, by path, when the loader
    /// inspected them (`ContentLoader.inspections`); files taken from the cache are not here.
    var bodyReports: [String: InspectedBody]

    /// Creates a result, sorting the problems by place.
    init(content: Content, problems: [LoadError], bodyReports: [String: InspectedBody] = [:]) {
        self.content = content
        self.problems = problems.sorted { $0.location < $1.location }
        self.bodyReports = bodyReports
    }

    /// The problems as diagnostics.
    var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }

    /// True when a problem is an error, not only a warning.
    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// The content when there are no errors; otherwise every diagnostic, thrown.
    package func validContent() throws(DiagnosticsError) -> Content {
        guard !hasErrors else { throw DiagnosticsError(diagnostics) }
        return content
    }
}
