/// Checks of Markdown bodies: footnotes and links to other pages (filled in with the Markdown lint).
enum MarkdownChecks {
    /// Problems in the bodies of every case and release.
    static func check(_ content: Content) -> [Diagnostic] { [] }
}
