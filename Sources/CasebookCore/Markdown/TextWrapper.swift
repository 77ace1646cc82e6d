/// Wraps text to a width in display columns (CJK counts two, combining marks none).
public enum TextWrapper {
    /// Wraps `text` into lines of at most `width` columns; the first line starts with
    /// `firstIndent` and the others with `indent`. A word wider than the line stays whole, on a
    /// line of its own. Runs of spaces collapse; each `"\n"` starts a new line (a hard break).
    /// Lines carry no trailing spaces.
    public static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "")
        -> [String]
    {
        let indentWidth = displayWidth(of: indent)
        var lines: [String] = []
        var line = firstIndent
        var lineWidth = displayWidth(of: firstIndent)
        var lineHasWord = false

        func finishLine() {
            if lineHasWord {
                lines.append(line)
            } else {
                lines.append(String(line.reversed().drop(while: { $0 == " " }).reversed()))
            }
        }

        var isFirstSegment = true
        for segment in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !isFirstSegment {
                finishLine()
                line = indent
                lineWidth = indentWidth
                lineHasWord = false
            }
            isFirstSegment = false
            for word in segment.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let wordWidth = displayWidth(of: word)
                if !lineHasWord {
                    line += word
                    lineWidth += wordWidth
                    lineHasWord = true
                } else if lineWidth + 1 + wordWidth <= width {
                    line += " "
                    line += word
                    lineWidth += 1 + wordWidth
                } else {
                    lines.append(line)
                    line = indent
                    line += word
                    lineWidth = indentWidth + wordWidth
                }
            }
        }
        finishLine()
        return lines
    }

    /// The number of terminal columns `text` takes.
    public static func displayWidth(of text: String) -> Int {
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
        var width = 0
        for character in text { width += displayWidth(of: character) }
        return width
    }
}
