extension HTMLWriter {
    /// Writes the notes section: each note with one back link per reference to it.
    mutating func writeFootnotes(_ footnotes: [Footnote]) {
        guard !footnotes.isEmpty else { return }
        output += "<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\">\n"
        output += "<h2 class=\"visually-hidden\">Notes</h2>\n<ol>\n"
        for footnote in footnotes {
            output += "<li id=\"fn-\(footnote.number)\">\n"
            let backLinks = Self.backLinks(for: footnote)
            if case .paragraph(let inlines, _)? = footnote.blocks.last {
                write(footnote.blocks.dropLast(), tight: false)
                writeParagraph(inlines, trailer: backLinks)
            } else {
                write(footnote.blocks, tight: false)
                output += backLinks.isEmpty ? "" : backLinks.dropFirst() + "\n"
            }
            output += "</li>\n"
        }
        output += "</ol>\n</section>\n"
    }

    /// The back links, each preceded by a space.
    private static func backLinks(for footnote: Footnote) -> String {
        var links = ""
        for occurrence in stride(from: 1, through: footnote.referenceCount, by: 1) {
            let label =
                occurrence == 1
                ? "Back to reference \(footnote.number)"
                : "Back to reference \(footnote.number) (\(occurrence))"
            links += " <a href=\"#\(referenceIdentifier(footnote.number, occurrence))\""
            links += " class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"\(label)\">↩</a>"
        }
        return links
    }
}
