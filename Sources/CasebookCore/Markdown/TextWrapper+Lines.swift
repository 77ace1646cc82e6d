/// The lines of one `TextWrapper.wrap` call, built as UTF-8 bytes.
struct LineBuilder {
    private let width: Int
    private let indent: [UInt8]
    private let indentWidth: Int
    private let softBreak: [UInt8]
    private var lines: [String] = []
    private var line: [UInt8]
    private var lineWidth: Int
    private var lineHasWord = false

    init(width: Int, firstIndent: String, indent: String, softBreak: String) {
        self.width = width
        self.indent = Array(indent.utf8)
        indentWidth = TextWrapper.displayWidth(of: indent)
        self.softBreak = Array(softBreak.utf8)
        line = Array(firstIndent.utf8)
        line.reserveCapacity(max(width * 2, 64))
        lineWidth = TextWrapper.displayWidth(of: firstIndent)
    }

    /// Adds the words of `text`: runs of spaces and tabs separate them, a line feed ends the line.
    mutating func add(words text: UnsafeBufferPointer<UInt8>, rules: LineBreakRules) {
        let hasRules = !rules.wordsKeptWithNext.isEmpty || rules.numbersKeptWithNext
        // No word longer than three times the longest the rules name can be one of them, even
        // in capitals (lower case can take a letter from three bytes to one, as the Kelvin
        // sign to "k"): most words are never made into strings to be asked.
        let longestKept = 3 * (rules.wordsKeptWithNext.map(\.utf8.count).max() ?? 0)
        // A word joined with the ones a line-break rule keeps with it, one space between.
        var joined: [UInt8] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            if Self.isSpace(byte) {
                index += 1
                continue
            }
            if byte == 0x0A {
                finishLine()
                line.replaceSubrange(0..., with: indent)
                lineWidth = indentWidth
                lineHasWord = false
                index += 1
                continue
            }
            var end = Self.wordEnd(in: text, from: index)
            let word = UnsafeBufferPointer(rebasing: text[index..<end])
            // A word the language keeps with the next takes the next along.
            var joinsNext = false
            var last = word
            while hasRules, Self.mightBeKept(last, longestKept: longestKept, rules: rules),
                rules.keepsWithNext(Self.substring(last))
            {
                var next = end
                while next < text.count, Self.isSpace(text[next]) { next += 1 }
                guard next < text.count, text[next] != 0x0A else { break }
                if !joinsNext { joined.replaceSubrange(0..., with: word) }
                joinsNext = true
                end = Self.wordEnd(in: text, from: next)
                last = UnsafeBufferPointer(rebasing: text[next..<end])
                joined.append(0x20)
                joined.append(contentsOf: last)
            }
            index = end
            if joinsNext {
                joined.withUnsafeBufferPointer { place($0) }
            } else {
                place(word)
            }
        }
    }

    /// Puts a word on the current line, or on a new one when it does not fit.
    private mutating func place(_ word: UnsafeBufferPointer<UInt8>) {
        let wordWidth = Self.displayWidth(of: word)
        if !lineHasWord {
            line.append(contentsOf: word)
            lineWidth += wordWidth
            lineHasWord = true
        } else if lineWidth + 1 + wordWidth <= width {
            line.append(0x20)
            line.append(contentsOf: word)
            lineWidth += 1 + wordWidth
        } else {
            line.append(contentsOf: softBreak)
            lines.append(String(decoding: line, as: UTF8.self))
            line.replaceSubrange(0..., with: indent)
            line.append(contentsOf: word)
            lineWidth = indentWidth + wordWidth
        }
    }

    /// Ends the current line; one without a word loses the spaces its indent ends with.
    private mutating func finishLine() {
        if !lineHasWord {
            while line.last == 0x20 { line.removeLast() }
        }
        lines.append(String(decoding: line, as: UTF8.self))
    }

    consuming func finish() -> [String] {
        finishLine()
        return lines
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The end of the word that starts at `start`.
    private static func wordEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < text.count, !isSpace(text[end]), text[end] != 0x0A { end += 1 }
        return end
    }

    /// False when `rules` cannot keep `word` with the next, as its bytes alone show: it is too
    /// long to be a word they name, and does not start as a number does (a digit, or the signs
    /// "-", "+", "/", "−" or "–", the last two starting with the byte E2).
    private static func mightBeKept(
        _ word: UnsafeBufferPointer<UInt8>, longestKept: Int, rules: LineBreakRules
    ) -> Bool {
        if word.count <= longestKept { return true }
        guard rules.numbersKeptWithNext, let first = word.first else { return false }
        return (first >= 0x30 && first <= 0x39) || first == 0x2D || first == 0x2B || first == 0x2F
            || first == 0xE2
    }

    private static func substring(_ word: UnsafeBufferPointer<UInt8>) -> Substring {
        Substring(String(decoding: word, as: UTF8.self))
    }

    /// Columns of a word: its printable bytes when it is ASCII, else as `TextWrapper` measures text.
    private static func displayWidth(of word: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        for byte in word {
            if byte >= 0x80 { return TextWrapper.displayWidth(of: substring(word)) }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }
}
