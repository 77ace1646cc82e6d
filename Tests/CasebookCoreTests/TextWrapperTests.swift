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
