/// The words of a footnotes section, in the page's language: its hidden heading (also its
/// `aria-label`) and each back link's `aria-label`, which screen readers speak.
///
/// Plain text, so that the Markdown stage needs nothing from rendering: the page passes the words
/// of its language in.
package struct FootnoteLabels: Sendable, Hashable {
    /// The section's name: "Notes", "Примечания".
    var heading: String
    /// A back link's label, `{number}` standing for the note's number: "Back to reference {number}".
    var backLink: String

    /// English, as Casebook has always written it.
    static let english = FootnoteLabels(heading: "Notes", backLink: "Back to reference {number}")

    /// Labels with these words.
    init(heading: String, backLink: String) {
        self.heading = heading
        self.backLink = backLink
    }

    /// The back link's words before and after the note's number. A label without `{number}` is
    /// followed by the number, as English puts it.
    var backLinkParts: (before: String, after: String) {
        guard let placeholder = backLink.range(of: "{number}") else { return (backLink + " ", "") }
        return (String(backLink[..<placeholder.lowerBound]), String(backLink[placeholder.upperBound...]))
    }
}
