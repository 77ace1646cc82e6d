import Foundation

/// The first paragraphs of the release bodies a language's release pages parsed, kept for that
/// language's feed, which shows the first paragraph of a release without a summary or subtitle.
///
/// The feed is the last job of its language, so by the time it runs the release pages it
/// follows have parsed nearly every body already; it parses only what it does not find here (a
/// page kept from the last build, or one still being written). Either way it gets the same
/// text: the first top-level paragraph of the same body, parsed with the same switches.
final class FirstParagraphs: @unchecked Sendable {
    private let lock = NSLock()
    /// By source path; a nil value is a body without a paragraph.
    private var paragraphs: [String: String?] = [:]

    /// Keeps `document`'s first paragraph, when the feed will need it for `release`.
    func keep(of release: Release, document: MarkdownDocument) {
        guard RenderPlan.summaryNeedsBody(release) else { return }
        let paragraph = document.firstParagraphText
        lock.withLock { paragraphs[release.source.path] = paragraph }
    }

    /// The first paragraph kept for `release`, or nil when none was.
    func kept(for release: Release) -> String?? {
        lock.withLock { paragraphs[release.source.path] }
    }
}
