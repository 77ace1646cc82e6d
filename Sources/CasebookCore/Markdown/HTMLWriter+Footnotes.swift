extension HTMLWriter {
    /// Writes the notes section: each note with one back link per reference to it.
    mutating func writeFootnotes(_ footnotes: [Footnote]) {
        guard !footnotes.isEmpty else { return }
        output.append("<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\">\n")
        output.append("<h2 class=\"visually-hidden\">Notes</h2>\n<ol>\n")
        for footnote in footnotes {
            output.append("<li id=\"fn-")
            output.append(decimal: footnote.number)
            output.append("\">\n")
            if case .paragraph(let inlines, _)? = footnote.blocks.last {
                write(footnote.blocks.dropLast(), tight: false)
                writeParagraph(inlines, backLinksOf: footnote)
            } else {
                write(footnote.blocks, tight: false)
                if footnote.referenceCount > 0 {
                    // The back links on a line of their own, without the space that follows text.
                    let start = output.count
                    writeBackLinks(of: footnote)
                    output.remove(at: start)
                    output.append("\n")
                }
            }
            output.append("</li>\n")
        }
        output.append("</ol>\n</section>\n")
    }

    /// Writes the back links, each preceded by a space.
    mutating func writeBackLinks(of footnote: Footnote) {
        for occurrence in stride(from: 1, through: footnote.referenceCount, by: 1) {
            output.append(" <a href=\"#")
            writeReferenceIdentifier(footnote.number, occurrence)
            output.append(
                "\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference ")
            output.append(decimal: footnote.number)
            if occurrence > 1 {
                output.append(" (")
                output.append(decimal: occurrence)
                output.append(")")
            }
            output.append("\">↩</a>")
        }
    }
}
