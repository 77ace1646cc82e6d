extension HTMLWriter {
    /// Writes the notes section: each note with one back link per reference to it.
    mutating func writeFootnotes(_ footnotes: [Footnote], labels: FootnoteLabels) {
        guard !footnotes.isEmpty else { return }
        let backLink = labels.backLinkParts
        output.append("<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"")
        output.appendHTMLEscaped(labels.heading)
        output.append("\">\n<h2 class=\"visually-hidden\">")
        output.appendHTMLEscaped(labels.heading)
        output.append("</h2>\n<ol>\n")
        for footnote in footnotes {
            output.append("<li id=\"fn-")
            output.append(decimal: footnote.number)
            output.append("\">\n")
            if case .paragraph(let inlines, _)? = footnote.blocks.last {
                write(footnote.blocks.dropLast(), tight: false)
                writeParagraph(inlines, backLinksOf: footnote, label: backLink)
            } else {
                write(footnote.blocks, tight: false)
                if footnote.referenceCount > 0 {
                    // The back links on a line of their own, without the space that follows text.
                    let start = output.count
                    writeBackLinks(of: footnote, label: backLink)
                    output.remove(at: start)
                    output.append("\n")
                }
            }
            output.append("</li>\n")
        }
        output.append("</ol>\n</section>\n")
    }

    /// Writes the back links, each preceded by a space, labelled by `label`'s words around the
    /// note's number.
    mutating func writeBackLinks(of footnote: Footnote, label: (before: String, after: String)) {
        for occurrence in stride(from: 1, through: footnote.referenceCount, by: 1) {
            output.append(" <a href=\"#")
            writeReferenceIdentifier(footnote.number, occurrence)
            output.append(
                "\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"")
            output.appendHTMLEscaped(label.before)
            output.append(decimal: footnote.number)
            output.appendHTMLEscaped(label.after)
            if occurrence > 1 {
                output.append(" (")
                output.append(decimal: occurrence)
                output.append(")")
            }
            output.append("\">↩</a>")
        }
    }
}
