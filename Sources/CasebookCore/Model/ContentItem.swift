/// A case file, a press release or a page: a Markdown body read from a source file.
protocol ContentItem: Sendable {
    /// The Markdown body (empty while it is left on disk).
    var body: String { get set }
    /// Where it was read from.
    var source: SourceFile { get set }
}

extension CaseFile: ContentItem {}
extension Release: ContentItem {}
extension Page: ContentItem {}
