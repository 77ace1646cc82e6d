/// Wraps text to a width in display columns (CJK counts two, combining marks none).
///
/// Text releases are mostly wrapped paragraphs, so the wrapping reads and writes UTF-8 bytes:
/// space, tab and newline are ASCII, every cut falls on a character boundary, and an ASCII word's
/// width is its count of printable bytes. Only other words are measured as characters.
enum TextWrapper {
    /// Wraps `text` into lines of at most `width` columns; the first line starts with
    /// `firstIndent` and the others with `indent`. A word wider than the line stays whole, on a
    /// line of its own. Runs of spaces collapse; each `"\n"` starts a new line (a hard break).
    /// Lines carry no trailing spaces; a line that wrapping ended (not a hard break, not the
    /// last) ends with `softBreak`, so that format=flowed can mark it (RFC 3676). A word that
    /// `rules` keeps with the next goes to a new line together with it.
    static func wrap(
        _ text: String, width: Int, firstIndent: String = "", indent: String = "", softBreak: String = "",
        rules: LineBreakRules = .none
    ) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines = LineBuilder(
                width: width, firstIndent: firstIndent, indent: indent, softBreak: softBreak)
            lines.add(words: bytes, rules: rules)
            return lines.finish()
        }
    }

    /// The number of terminal columns `text` takes.
    static func displayWidth(of text: String) -> Int {
        displayWidth(of: text[...])
    }

    /// The number of terminal columns `text` takes.
    static func displayWidth(of text: Substring) -> Int {
        // Most words are ASCII: one column per printable byte, no grapheme breaking needed.
        var asciiWidth = 0
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= 0x20 && byte != 0x7F { asciiWidth += 1 }
        }
        if isASCII { return asciiWidth }
        // Summing scalar widths equals summing cluster widths unless a cluster joins visible
        // scalars (emoji sequences, flags, Indic and Hangul Jamo clusters, variation selectors).
        var width = 0
        for scalar in text.unicodeScalars {
            if needsGraphemeClusters(scalar) {
                return text.reduce(0) { $0 + displayWidth(of: $1) }
            }
            width += displayWidth(of: scalar)
        }
        return width
    }
}
