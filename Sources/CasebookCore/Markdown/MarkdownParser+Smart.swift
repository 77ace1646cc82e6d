extension MarkdownParser {
    /// `text` (a title or summary from frontmatter, not Markdown) with cmark-gfm's typographic
    /// quotes, apostrophes, dashes and ellipses, and nothing else changed.
    ///
    /// Every other ASCII punctuation character is escaped first, so that `*`, `[`, `&amp;` or a
    /// leading `1.` stay the characters they are; the smart parser sees only quotes, `-` and `.`.
    static func smartPunctuation(in text: String) -> String {
        // Every release's titles go through here on every build, and most have nothing to
        // change: going through cmark-gfm, or even testing each character, cost a rebuild that
        // changed one case of 2,000 more than a twentieth of its time.
        guard mayChangeTypography(text) else { return text }
        return parsedSmartPunctuation(in: text)
    }

    /// `smartPunctuation(in:)` through cmark-gfm, whatever the text.
    static func parsedSmartPunctuation(in text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let trimmed = oneLine.drop { $0 == " " || $0 == "\t" }
        guard trimmed.contains(where: { "'\"-.".contains($0) }) else { return text }
        // By scalar, not by character: a backtick carrying a combining accent is one character,
        // not an ASCII one, and left unescaped it opened a code span.
        var escaped = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = true
        for scalar in trimmed.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            let escapesHere =
                isASCIIPunctuation(scalar) && !"'\"-.".unicodeScalars.contains(scalar)
                // A line starting "- " or "1. " would be a list, "---" a rule.
                || (atStart && scalar == "-") || (leadingDigits && !atStart && scalar == ".")
            if escapesHere { escaped.append("\\") }
            escaped.append(scalar)
            leadingDigits = leadingDigits && isDigit
            atStart = false
        }
        let inlines = parseInline(String(escaped), smart: true)
        return inlines.isEmpty ? text : inlines.plainText
    }

    /// False when cmark-gfm's smart parse would give `text` back unchanged: it changes only
    /// straight quotes, `--` and `...`, and the parse joins lines and trims the ends, so a text
    /// with none of these, on one line and without space at either end, is already as it would
    /// come out. Over the bytes: every byte that matters is ASCII, or starts one of the three
    /// non-ASCII line separators. (A NUL byte, which cmark-gfm replaces, takes the parse too.)
    static func mayChangeTypography(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            if isSpaceOrTab(first) || isSpaceOrTab(last) { return true }
            let count = bytes.count
            for index in 0..<count {
                let byte = bytes[index]
                let next = index + 1 < count ? bytes[index + 1] : 0
                let afterNext = index + 2 < count ? bytes[index + 2] : 0
                switch byte {
                case UInt8(ascii: "'"), UInt8(ascii: "\""), 0, 0x0A...0x0D: return true
                case UInt8(ascii: "-") where next == UInt8(ascii: "-"): return true
                case UInt8(ascii: ".") where next == UInt8(ascii: ".") && afterNext == UInt8(ascii: "."):
                    return true
                // U+0085 NEXT LINE, U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                case 0xC2 where next == 0x85: return true
                case 0xE2 where next == 0x80 && (afterNext == 0xA8 || afterNext == 0xA9): return true
                default: continue
                }
            }
            return false
        }
    }

    // The characters CommonMark lets a backslash escape: every ASCII punctuation mark and symbol.
    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
