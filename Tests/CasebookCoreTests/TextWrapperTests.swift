import Testing

@testable import CasebookCore

@Suite struct TextWrapperTests {
    @Test func measuresDisplayColumns() {
        #expect(TextWrapper.displayWidth(of: "Astana") == 6)
        #expect(TextWrapper.displayWidth(of: "Искандер") == 8)
        #expect(TextWrapper.displayWidth(of: "中国人") == 6)
        #expect(TextWrapper.displayWidth(of: "ひらがな カタカナ") == 17)
        #expect(TextWrapper.displayWidth(of: "한국어") == 6)
        #expect(TextWrapper.displayWidth(of: "ＡＢ") == 4)
        #expect(TextWrapper.displayWidth(of: "e\u{301}") == 1)
        #expect(TextWrapper.displayWidth(of: "a\u{200B}b\u{200D}") == 2)
        #expect(TextWrapper.displayWidth(of: "👍") == 2)
        #expect(TextWrapper.displayWidth(of: "👩‍👩‍👧") == 2)
        #expect(TextWrapper.displayWidth(of: "❤️") == 2)
        #expect(TextWrapper.displayWidth(of: "🇰🇿") == 2)
        #expect(TextWrapper.displayWidth(of: "ő Ж – “x”") == 9)
        #expect(TextWrapper.displayWidth(of: "") == 0)
    }

    @Test func polishAndRussianLinesDoNotEndOnOneLetterWordsOrSplitANumberFromItsWord() {
        let polish = LineBreakRules(wordsKeptWithNext: ["i", "w", "z"], numbersKeptWithNext: true)
        // Without rules the line would end on "w" and on "31".
        #expect(TextWrapper.wrap("Był on w Karagandzie", width: 11) == ["Był on w", "Karagandzie"])
        #expect(
            TextWrapper.wrap("Był on w Karagandzie", width: 11, rules: polish) == ["Był on", "w Karagandzie"])
        #expect(
            TextWrapper.wrap("operacja 31 października", width: 12, rules: polish) == [
                "operacja", "31 października",
            ])
        // Chains stay together, a capital counts, and a number ending a sentence may end a line.
        #expect(TextWrapper.wrap("ból. I z nim", width: 5, rules: polish) == ["ból.", "I z nim"])
        #expect(TextWrapper.wrap("w 2017. Potem", width: 7, rules: polish) == ["w 2017.", "Potem"])
        let russian = LineBreakRules(wordsKeptWithNext: ["в", "с"], numbersKeptWithNext: true)
        #expect(
            TextWrapper.wrap("до −46 °C и в 1000 км", width: 12, rules: russian) == [
                "до −46 °C и", "в 1000 км",
            ])
        // The last word of a paragraph and a word before a hard break stay where they are.
        #expect(TextWrapper.wrap("a w\nb", width: 10, rules: polish) == ["a w", "b"])
    }

    @Test func languagesGetTheirLineBreakRules() {
        let catalog = StringCatalog.builtin
        func rules(_ language: String) -> LineBreakRules {
            catalog.localization(for: language, defaultLanguage: "en").lineBreakRules
        }
        #expect(rules("en") == .none)
        #expect(rules("pl").wordsKeptWithNext.contains("w") && rules("pl").numbersKeptWithNext)
        #expect(rules("ru").wordsKeptWithNext.contains("в") && rules("uk").wordsKeptWithNext.contains("і"))
    }

    @Test func wrapsGreedilyOnSpaces() {
        #expect(
            TextWrapper.wrap("The quick brown fox jumps over the lazy dog", width: 15)
                == ["The quick brown", "fox jumps over", "the lazy dog"])
        #expect(TextWrapper.wrap("a   b\t c  ", width: 10) == ["a b c"])
        #expect(TextWrapper.wrap("", width: 10) == [""])
    }

    @Test func keepsLongWordsWholeOnTheirOwnLine() {
        let url = "https://www.nhc.no/en/kazakhstan-must-release-iskander-yerimbetov-and-co-defendants/"
        #expect(TextWrapper.wrap("See \(url) now.", width: 30) == ["See", url, "now."])
        #expect(TextWrapper.wrap(url, width: 20, firstIndent: "[1] ", indent: "    ") == ["[1] " + url])
    }

    @Test func appliesFirstAndHangingIndents() {
        #expect(
            TextWrapper.wrap("one two three four", width: 10, firstIndent: "- ", indent: "  ")
                == ["- one two", "  three", "  four"])
        #expect(TextWrapper.wrap("", width: 10, firstIndent: "- ", indent: "  ") == ["-"])
    }

    @Test func wrapsCyrillicByCharactersAndCJKByColumns() {
        #expect(
            TextWrapper.wrap("Искандер Еримбетов освобождён", width: 18)
                == ["Искандер Еримбетов", "освобождён"])
        // Each ideograph takes two columns: "中文 中文" is 9 wide.
        #expect(TextWrapper.wrap("中文 中文 中文", width: 9) == ["中文 中文", "中文"])
        #expect(TextWrapper.wrap("中文 中文 中文", width: 8) == ["中文", "中文", "中文"])
    }

    @Test func continuesIndentAfterHardBreaks() {
        #expect(
            TextWrapper.wrap("first line\nsecond one wraps here", width: 12, firstIndent: "> ", indent: "  ")
                == ["> first line", "  second one", "  wraps here"])
        #expect(TextWrapper.wrap("a\n\nb", width: 12) == ["a", "", "b"])
    }

    @Test func neverExceedsTheWidthExceptWithOneToken() {
        var generator = SeededGenerator(seed: 42)
        let words = [
            "a", "of", "the", "detention", "Еримбетов", "中文",
            "https://example.org/a/very/long/path/that/never/breaks",
            "UN", "Working", "Group", "arbitrary,", "“cooperate”", "co-defendants", "👍", "e\u{301}te\u{301}",
        ]
        for _ in 0..<500 {
            let width = Int.random(in: 8...80, using: &generator)
            let count = Int.random(in: 0...60, using: &generator)
            let text = (0..<count).map { _ in
                words[Int.random(in: 0..<words.count, using: &generator)]
            }.joined(separator: String(repeating: " ", count: Int.random(in: 1...3, using: &generator)))
            let lines = TextWrapper.wrap(text, width: width, firstIndent: "* ", indent: "  ")
            for line in lines {
                let tokens = line.split(separator: " ")
                #expect(
                    TextWrapper.displayWidth(of: line) <= width || tokens.filter { $0 != "*" }.count <= 1,
                    "\(line)")
                #expect(!line.hasSuffix(" "))
            }
            let rejoined = lines.flatMap { $0.split(separator: " ") }.filter { $0 != "*" }
            #expect(rejoined == text.split(separator: " "))
        }
    }

    /// Words joined by single spaces over bytes are those splitting on characters gives, for
    /// text that stands alone and for text that does not (combining marks, CR LF, emoji).
    @Test func wordsAreSingleSpacedAsSplittingOnCharactersGives() {
        let pieces = [
            "word", " ", "  ", "\n", "\t", "Ерімбетов", "–", "\u{301}", "\r\n", "\r", "👩‍👩‍👧", "\u{0600}", "x.",
            "https://example.org/a", "«é»", "漢", "\u{7F}", "\u{0483}",
        ]
        var generator = SeededGenerator(seed: 7)
        for round in 0..<3_000 {
            let choices = round.isMultiple(of: 2) ? Array(pieces.prefix(6)) : pieces
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                choices[Int.random(in: 0..<choices.count, using: &generator)]
            }.joined()
            let reference = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .joined(separator: " ")
            #expect(text.wordsSingleSpaced == reference, "\(text.debugDescription)")
        }
    }

    /// Wrapping over bytes gives the lines wrapping over characters gave, for words of every
    /// kind (Cyrillic, CJK, emoji, combining marks, numbers), indents, hard breaks and the
    /// Polish and Russian rules.
    @Test func wrappingOverBytesMatchesWrappingOverCharacters() {
        let words = [
            "w", "i", "в", "с", "31", "2017.", "−46", "150/260", "word", "Karagandzie", "Еримбетов", "中文",
            "👩‍👩‍👧", "e\u{301}", "🇰🇿", "https://example.org/a/long/path", "\n", "\t", "  ", "–", "x", "W", "I",
            "В",
            "\u{212A}", "–5", "+3", "/2", "−46°", "Z", "zł",
        ]
        let rules = [
            LineBreakRules.none,
            LineBreakRules(wordsKeptWithNext: ["i", "w", "z"], numbersKeptWithNext: true),
            LineBreakRules(wordsKeptWithNext: ["в", "с"], numbersKeptWithNext: true),
            // "k", which the Kelvin sign (three bytes) lower-cases to.
            LineBreakRules(wordsKeptWithNext: ["k", "w"], numbersKeptWithNext: false),
        ]
        var generator = SeededGenerator(seed: 20_261_130)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                words[Int.random(in: 0..<words.count, using: &generator)]
            }.joined(separator: " ")
            let width = Int.random(in: 1...40, using: &generator)
            let rule = rules[Int.random(in: 0..<rules.count, using: &generator)]
            let (first, indent) = Bool.random(using: &generator) ? ("[1] ", "    ") : ("", "")
            let softBreak = Bool.random(using: &generator) ? " " : ""
            #expect(
                TextWrapper.wrap(
                    text, width: width, firstIndent: first, indent: indent, softBreak: softBreak, rules: rule)
                    == StringTextWrapper.wrap(
                        text, width: width, firstIndent: first, indent: indent, softBreak: softBreak,
                        rules: rule),
                "\(text.debugDescription) at \(width)")
        }
    }
}

/// The wrapping as it was written over Swift's strings, before it read bytes: the reference
/// the byte version must match, line for line.
enum StringTextWrapper {
    static func wrap(
        _ text: String, width: Int, firstIndent: String = "", indent: String = "", softBreak: String = "",
        rules: LineBreakRules = .none
    ) -> [String] {
        let indentWidth = TextWrapper.displayWidth(of: indent)
        var lines: [String] = []
        var line = firstIndent
        var lineWidth = TextWrapper.displayWidth(of: firstIndent)
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
            let wordWidth = TextWrapper.displayWidth(of: word)
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
}

/// A small deterministic generator (SplitMix64) so property tests fail reproducibly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
