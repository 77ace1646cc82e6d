/// A body rendered as plain text, with the notes its markers refer to.
public struct PlainTextBody: Hashable, Sendable {
    /// The wrapped body, blocks separated by blank lines, no trailing newline.
    public var text: String
    /// Footnotes (numbers 1…n, as in HTML) then link URLs (n+1…), each URL once.
    public var notes: [PlainTextNote]

    /// Creates a body.
    public init(text: String, notes: [PlainTextNote]) {
        self.text = text
        self.notes = notes
    }
}

/// One numbered entry of a plain-text release's NOTES list.
public struct PlainTextNote: Hashable, Sendable {
    /// The number its marker shows.
    public var number: Int
    /// The note's text, unwrapped (URLs included whole).
    public var text: String

    /// Creates a note.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// Renders a Markdown document as wrapped plain text, the way a press release is pasted into e-mail.
public struct PlainTextRenderer: Sendable {
    /// Column width, counted in display columns.
    public var width: Int
    /// Where links point (relative links become absolute here).
    public var linkResolver: LinkResolver

    /// Creates a renderer.
    public init(width: Int, linkResolver: LinkResolver = .identity) {
        self.width = width
        self.linkResolver = linkResolver
    }

    /// The wrapped body and its notes.
    public func render(_ document: MarkdownDocument) -> PlainTextBody {
        PlainTextBody(text: document.blocks.map { _ in "" }.joined(separator: "\n\n"), notes: [])
    }

    /// The NOTES list: `[n] text`, wrapped with a hanging indent, URLs never broken.
    public func renderNotes(_ notes: [PlainTextNote]) -> String {
        notes.map { "[\($0.number)] \($0.text)" }.joined(separator: "\n")
    }
}

/// Wraps text to a width in display columns (CJK counts two, combining marks none).
public enum TextWrapper {
    /// Wraps `text` into lines of at most `width` columns; the first line starts with
    /// `firstIndent` and the others with `indent`. A word wider than the line stays whole.
    public static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "")
        -> [String]
    {
        [firstIndent + text]
    }

    /// The number of terminal columns `text` takes.
    public static func displayWidth(of text: String) -> Int {
        text.count
    }
}
