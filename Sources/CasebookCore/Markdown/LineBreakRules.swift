/// Where a language's typography forbids a line break in plain text: after a one-letter word
/// (Polish "w", "i"; Russian "в", "с") and between a number and the word after it ("31 октября",
/// "1000 km"). Plain values, so that the Markdown stage needs nothing from rendering.
package struct LineBreakRules: Sendable, Hashable {
    /// Words, in lower case, that never end a line: they go to the next line with the word after.
    var wordsKeptWithNext: Set<String>
    /// Whether a number ("31", "1000", "−46", "150/260") stays with the word after it.
    var numbersKeptWithNext: Bool

    /// No rule: a line may break at any space, as English text wraps.
    static let none = LineBreakRules(wordsKeptWithNext: [], numbersKeptWithNext: false)

    /// Rules with these words and numbers.
    init(wordsKeptWithNext: Set<String>, numbersKeptWithNext: Bool) {
        self.wordsKeptWithNext = wordsKeptWithNext
        self.numbersKeptWithNext = numbersKeptWithNext
    }

    /// True when no line may end after `word`.
    func keepsWithNext(_ word: Substring) -> Bool {
        if !wordsKeptWithNext.isEmpty, wordsKeptWithNext.contains(word.lowercased()) {
            return true
        }
        guard numbersKeptWithNext else { return false }
        // A number that ends a sentence or a clause ("2017.", "14,") may end a line.
        var hasDigit = false
        for scalar in word.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                hasDigit = true
            } else if !["−", "-", "+", "/", "–"].contains(scalar) {
                return false
            }
        }
        return hasDigit
    }
}
