import Mustache

/// Renders every file of a build and hands each to the writer as soon as it is ready.
struct RenderPlan {
    var content: Content
    var theme: MustacheLibrary
    var rules: PublicationRules
    var review: Bool

    /// Renders all files into the writer, `jobs` at a time.
    func render(jobs: Int, into writer: OutputWriter) throws {}

    /// The plain text of one release.
    func textRelease(_ release: Release) throws -> OutputFile {
        OutputFile(path: SiteLinks.releaseTextPath(release.slug), text: "")
    }
}
