/// The words of a footnotes section, in the page's language: its hidden heading (also its
/// `aria-label`) and each back link's `aria-label`, which screen readers speak.
///
/// Plain text, so that the Markdown stage needs nothing from rendering: the page passes the words
/// of its language in.
package struct FootnoteLabels: Sendable, Hashable {
    /// The section's name: "Notes", "Примечания".
    let heading: String
    /// A back link's label, `{number}` standing for the note's number: "Back to reference {number}".
    let backLink: String
    /// The back link's words before and after the note's number, found once rather than for
    /// every page. A label without `{number}` is followed by the number, as English puts it.
    let backLinkParts: (before: String, after: String)

    /// English, as Casebook has always written it.
    static let english = FootnoteLabels(heading: "Notes", backLink: "Back to reference {number}")

    /// Labels with these words.
    init(heading: String, backLink: String) {
        self.heading = heading
        self.backLink = backLink
        if let placeholder = backLink.range(of: "{number}") {
            backLinkParts = (
                String(backLink[..<placeholder.lowerBound]), String(backLink[placeholder.upperBound...])
            )
        } else {
            backLinkParts = (backLink + " ", "")
        }
    }

    // The parts follow from `backLink`, so the words alone decide equality (a tuple is neither
    // Equatable nor Hashable).
    package static func == (left: FootnoteLabels, right: FootnoteLabels) -> Bool {
        left.heading == right.heading && left.backLink == right.backLink
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(heading)
        hasher.combine(backLink)
    }
}
