extension MarkdownParser {
    /// `text` (a title or summary from frontmatter, not Markdown) with cmark-gfm's typographic
    /// quotes, apostrophes, dashes and ellipses, and nothing else changed.
    ///
    /// Every other ASCII punctuation character is escaped first, so that `*`, `[`, `&amp;` or a
    /// leading `1.` stay the characters they are; the smart parser sees only quotes, `-` and `.`.
    static func smartPunctuation(in text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let trimmed = oneLine.drop { $0 == " " || $0 == "\t" }
        guard trimmed.contains(where: { "'\"-.".contains($0) }) else { return text }
        var escaped = ""
        var atStart = true
        var leadingDigits = true
        for character in trimmed {
            let isDigit = character.isASCII && character.isNumber
            let escapesHere =
                character.isASCII && character.isPunctuationOrSymbol && !"'\"-.".contains(character)
                // A line starting "- " or "1. " would be a list, "---" a rule.
                || (atStart && character == "-") || (leadingDigits && !atStart && character == ".")
            if escapesHere { escaped.append("\\") }
            escaped.append(character)
            leadingDigits = leadingDigits && isDigit
            atStart = false
        }
        let inlines = parseInline(escaped, smart: true)
        return inlines.isEmpty ? text : inlines.plainText
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
