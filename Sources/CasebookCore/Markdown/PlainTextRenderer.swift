/// A body rendered as plain text, with the notes its markers refer to.
package struct PlainTextBody: Hashable, Sendable {
    /// The wrapped body, blocks separated by blank lines, no trailing newline.
    var text: String
    /// The footnotes, numbered 1…n as in the HTML.
    package var notes: [PlainTextNote]

    /// Creates a body.
    init(text: String, notes: [PlainTextNote]) {
        self.text = text
        self.notes = notes
    }
}

/// One numbered entry of a plain-text release's NOTES list.
package struct PlainTextNote: Hashable, Sendable {
    /// The number its marker shows.
    var number: Int
    /// The note's text, unwrapped (URLs included whole).
    var text: String

    /// Creates a note.
    init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// Renders a Markdown document as wrapped plain text, the way a press release is pasted into e-mail.
package struct PlainTextRenderer: Sendable {
    /// Column width, counted in display columns.
    var width: Int
    /// Where links point (relative links become absolute here).
    var linkResolver: LinkResolver
    /// What ends a line that wrapping broke: nothing for plain text, a mark for format=flowed.
    var softBreak: String
    /// Where the language forbids a line break.
    var lineBreaks: LineBreakRules

    /// Creates a renderer.
    package init(
        width: Int, linkResolver: LinkResolver = .identity, softBreak: String = "",
        lineBreaks: LineBreakRules = .none
    ) {
        self.width = width
        self.linkResolver = linkResolver
        self.softBreak = softBreak
        self.lineBreaks = lineBreaks
    }

    /// The wrapped body and its notes.
    package func render(_ document: MarkdownDocument) -> PlainTextBody {
        var writer = PlainTextWriter(
            footnotes: document.footnotes, linkResolver: linkResolver, softBreak: softBreak,
            lineBreaks: lineBreaks)
        let lines = writer.lines(for: document.blocks, width: max(width, 1), tight: false)
        return PlainTextBody(text: lines.joined(separator: "\n"), notes: writer.notes)
    }

    /// The NOTES list: `[n] text`, wrapped with a hanging indent, URLs never broken.
    package func renderNotes(_ notes: [PlainTextNote]) -> String {
        // Every note's text starts in the same column, so "[9]" gets a space more than "[10]".
        let markerWidth = notes.map { "[\($0.number)]".utf8.count }.max() ?? 0
        let indent = String(repeating: " ", count: markerWidth + 1)
        var lines: [String] = []
        for note in notes {
            let marker = "[\(note.number)]"
            let padding = String(repeating: " ", count: markerWidth - marker.utf8.count + 1)
            lines += TextWrapper.wrap(
                note.text, width: width, firstIndent: marker + padding, indent: indent, softBreak: softBreak,
                rules: lineBreaks)
        }
        return lines.joined(separator: "\n")
    }
}
