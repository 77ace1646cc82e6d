/// A parsed Markdown body as plain Swift values, converted from cmark-gfm's tree at once so
/// that no renderer touches C memory.
package struct MarkdownDocument: Hashable, Sendable {
    /// The blocks of the body, footnote definitions excluded.
    var blocks: [MarkdownBlock]
    /// The footnotes that are referenced, in the order of their numbers (1, 2, …), which is the
    /// order of their first reference in the text, as cmark-gfm numbers them.
    var footnotes: [Footnote]

    /// Creates a document.
    init(blocks: [MarkdownBlock], footnotes: [Footnote] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
    }
}

/// A footnote definition and the number its references show.
struct Footnote: Hashable, Sendable {
    /// 1-based number, the same in HTML and plain text.
    var number: Int
    /// How many times the text refers to it (for the back links).
    var referenceCount: Int
    /// Its content.
    var blocks: [MarkdownBlock]

    /// Creates a footnote.
    init(number: Int, referenceCount: Int, blocks: [MarkdownBlock]) {
        self.number = number
        self.referenceCount = referenceCount
        self.blocks = blocks
    }
}

/// Column alignment of a table.
enum TableAlignment: Hashable, Sendable {
    case none, left, center, right
}

// Neither enum is `indirect`: their children live in arrays, which are already references, and
// an indirect case would cost an allocation for every text run and block of every body.

/// A block of Markdown.
enum MarkdownBlock: Hashable, Sendable {
    /// A paragraph, with the 1-based line in the body where it starts.
    case paragraph([MarkdownInline], line: Int)
    /// A heading of level 1–6.
    case heading(level: Int, [MarkdownInline], line: Int)
    /// A bullet or numbered list; each item is a list of blocks.
    case list(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]])
    /// A block quote.
    case blockQuote([MarkdownBlock])
    /// Fenced or indented code, with its info string.
    case codeBlock(info: String, text: String)
    /// A horizontal rule.
    case thematicBreak
    /// A GFM table: alignments, header cells, then rows of cells.
    case table(alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]])
    /// Raw HTML in the source, kept only so checks can report it; safe renderers drop it.
    case html(String, line: Int)
}

/// An inline element of Markdown.
enum MarkdownInline: Hashable, Sendable {
    /// Literal text.
    case text(String)
    /// Inline code.
    case code(String)
    /// Emphasis (`*a*`).
    case emphasis([MarkdownInline])
    /// Strong emphasis (`**a**`).
    case strong([MarkdownInline])
    /// Strikethrough (`~~a~~`).
    case strikethrough([MarkdownInline])
    /// A link; `isAutolink` when the text is the URL itself (`<https://…>` or a bare URL).
    case link(url: String, title: String, isAutolink: Bool, [MarkdownInline])
    /// An image, with its alternative text.
    case image(url: String, title: String, alt: [MarkdownInline])
    /// A reference to footnote `number`; `occurrence` counts from 1 for each reference to it.
    case footnoteReference(number: Int, occurrence: Int)
    /// A soft line break (a newline inside a paragraph).
    case softBreak
    /// A hard line break.
    case lineBreak
    /// Raw inline HTML; safe renderers drop it.
    case html(String)
}

extension Array where Element == MarkdownInline {
    /// Appends `text` as a `.text` inline, or nothing when it is empty: a run of text whose every
    /// character was a control character (from `&#7;` and the like, which are dropped) leaves
    /// no text at all, as a run of none.
    mutating func appendText(_ text: String) {
        if !text.isEmpty { append(.text(text)) }
    }

    /// Appends the text of several nodes gathered as UTF-8 `bytes` (see `appendText(_:)`), if
    /// any, and empties them for the next run.
    mutating func appendText(gathered bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        appendText(CText.string(bytes: bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text a reader would see, without markup (for alt text, titles and excerpts).
    var plainText: String {
        // Most runs are one text node: its string is the answer, with nothing to join.
        if count == 1, case .text(let only) = self[startIndex] { return only }
        var text = ""
        writePlainText(to: &text)
        return text
    }

    /// Whether the text a reader would see is exactly `text`.
    func hasPlainText(_ text: String) -> Bool {
        if count == 1, case .text(let only) = self[startIndex] { return only == text }
        return plainText == text
    }

    /// Whether the text a reader would see is exactly `url`.
    func hasPlainText(spelling url: ResolvedURL) -> Bool {
        if count == 1, case .text(let only) = self[startIndex] { return url.isSpelled(as: only) }
        return url.isSpelled(as: plainText)
    }
}
