/// Wraps text to a width in display columns (CJK counts two, combining marks none).
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

        // Words are found by bytes: space, tab and newline are ASCII, so every cut falls on a
        // character boundary, and no grapheme breaking is needed for the common case.
        let bytes = text.utf8
        var index = bytes.startIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        /// The end of the word starting at `start`.
        func wordEnd(from start: String.Index) -> String.Index {
            var end = start
            while end != bytes.endIndex, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "\n") {
                bytes.formIndex(after: &end)
            }
            return end
        }
        while index != bytes.endIndex {
            let byte = bytes[index]
            if isSpace(byte) {
                bytes.formIndex(after: &index)
                continue
            }
            if byte == UInt8(ascii: "\n") {
                finishLine()
                line = indent
                lineWidth = indentWidth
                lineHasWord = false
                bytes.formIndex(after: &index)
                continue
            }
            var end = wordEnd(from: index)
            var word = text[index..<end]
            // A word the language keeps with the next takes the next along, one space between.
            var last = word
            while rules.keepsWithNext(last) {
                var next = end
                while next != bytes.endIndex, isSpace(bytes[next]) { bytes.formIndex(after: &next) }
                guard next != bytes.endIndex, bytes[next] != UInt8(ascii: "\n") else { break }
                let nextEnd = wordEnd(from: next)
                last = text[next..<nextEnd]
                word = Substring(word + " " + last)
                end = nextEnd
            }
            index = end
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
                lines.append(line + softBreak)
                line = indent
                line += word
                lineWidth = indentWidth + wordWidth
            }
        }
        finishLine()
        return lines
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
