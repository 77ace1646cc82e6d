import Testing

@testable import CasebookCore

/// The escapers and link readers test eight bytes at a time and look bytes up in bit tables;
/// each must give what a plain reading of one byte at a time gives, on inputs built so that
/// every byte value sits at every offset of a word, beside runs of every length.
@Suite struct ByteEscapingDifferentialTests {
    /// The HTML escape of `bytes`, one byte at a time.
    static func referenceEscape(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): result += Array("&amp;".utf8)
            case UInt8(ascii: "<"): result += Array("&lt;".utf8)
            case UInt8(ascii: ">"): result += Array("&gt;".utf8)
            case UInt8(ascii: "\""): result += Array("&quot;".utf8)
            case UInt8(ascii: "'"): result += Array("&#39;".utf8)
            default: result.append(byte)
            }
        }
        return result
    }

    /// The URL attribute of `url`, one byte at a time: percent-encoding, then the HTML escape.
    static func referenceURL(_ url: String) -> String {
        var encoded: [UInt8] = []
        for byte in url.utf8 {
            if byte <= 0x20 || byte == 0x7F || Array("\"<>\\^`{|}".utf8).contains(byte) {
                encoded += Array(String(format: byte).utf8)
            } else {
                encoded.append(byte)
            }
        }
        return String(decoding: referenceEscape(encoded), as: UTF8.self)
    }

    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = Array("x".utf8)
        bytes.withUnsafeBufferPointer { output.appendHTMLEscaped(bytes: $0) }
        return Array(output.dropFirst())
    }

    /// Inputs of length 0 to 24 over a filler, with `byte` at each offset, and runs of `byte`.
    static func inputs(around byte: UInt8, filler: [UInt8]) -> [[UInt8]] {
        var inputs: [[UInt8]] = []
        for length in 0...24 {
            let plain = (0..<length).map { filler[$0 % filler.count] }
            inputs.append(plain)
            for offset in 0..<length {
                var input = plain
                input[offset] = byte
                inputs.append(input)
            }
            inputs.append([UInt8](repeating: byte, count: length))
        }
        inputs.append((0..<1_000).map { $0 % 97 == 0 ? byte : filler[$0 % filler.count] })
        return inputs
    }

    static let fillers: [[UInt8]] = [
        Array("plain text, words and spaces ".utf8), Array("жé“”😀".utf8), Array("#".utf8),
        Array("a#b=c?d;e%".utf8),
    ]

    @Test func escapingAgreesWithTheByteByByteEscapeForEveryByteAtEveryOffset() {
        // Mismatches are gathered so that a third of a million inputs cost one expectation.
        var mismatches: [[UInt8]] = []
        for byte in UInt8.min...UInt8.max {
            for filler in Self.fillers {
                for input in Self.inputs(around: byte, filler: filler)
                where Self.escaped(input) != Self.referenceEscape(input) {
                    mismatches.append(input)
                }
            }
        }
        #expect(mismatches.prefix(5) == [])
    }

    /// The word test may pass over `#` too (the byte reading then keeps it), and nothing else.
    @Test func theWordTestCatchesTheFiveCharactersAndOnlyTheNumberSignBesides() {
        let caught = Set("&<>\"'#".utf8)
        Self.forEveryByteAtEveryOffset(of: "abcdefgh") { byte, offset, word in
            #expect(
                [UInt8].mayNeedEscaping(wordAt: word) == caught.contains(byte), "byte \(byte) at \(offset)")
        }
    }

    /// Calls `body` with every byte value put at every offset of the eight bytes of `word`.
    static func forEveryByteAtEveryOffset(
        of word: String, _ body: (UInt8, Int, UnsafePointer<UInt8>) -> Void
    ) {
        for byte in UInt8.min...UInt8.max {
            for offset in 0..<8 {
                var bytes = Array(word.utf8)
                bytes[offset] = byte
                bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { body(byte, offset, base) } }
            }
        }
    }

    /// The URL word test passes a word only when no byte of it needs work; it turns away `#`
    /// and non-ASCII bytes too (the byte reading then keeps them), and nothing else.
    @Test func theURLWordTestPassesOnlyWordsWithNothingToDo() {
        Self.forEveryByteAtEveryOffset(of: "/ab-c9.~") { byte, offset, word in
            let turnedAway = [UInt8].needsWorkInURL(byte) || byte == UInt8(ascii: "#") || byte >= 0x80
            #expect([UInt8].isPlainInURL(wordAt: word) == !turnedAway, "byte \(byte) at \(offset)")
        }
    }

    @Test func urlEscapingAgreesWithTheByteByByteEncodingForEveryCharacter() {
        let characters = (0..<128).compactMap { Unicode.Scalar($0).map(String.init) } + ["é", "ж", "“", "😀"]
        for character in characters {
            for filler in [
                "https://example.org/cases/a-b/#facts", "/x?q=1", "ж", "/cases/a-long-slug-of-words/",
            ] {
                var urls = [character, character + character + character]
                for offset in 0...filler.count {
                    var url = filler
                    url.insert(contentsOf: character, at: url.index(url.startIndex, offsetBy: offset))
                    urls.append(url)
                }
                for url in urls {
                    var written: [UInt8] = []
                    written.appendHTMLEscapedURL(url)
                    #expect(
                        String(decoding: written, as: UTF8.self) == Self.referenceURL(url),
                        "\(url.debugDescription)")
                }
            }
        }
    }

    @Test func thePrintableTestAgreesWithTheByteByByteTestForEveryByteAtEveryOffset() {
        for byte in UInt8.min...UInt8.max {
            for length in 1...20 {
                for offset in 0..<length {
                    var bytes = Array("/cases/a-b/#x?q=1&r~".utf8.prefix(length))
                    bytes[offset] = byte
                    let expected = bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F }
                    let found = bytes.withUnsafeBufferPointer { SiteLinks.isPrintableASCII($0) }
                    #expect(found == expected, "byte \(byte) at \(offset) of \(length)")
                }
            }
        }
    }

    /// Slugs looked up by their bytes are found as a `Set<String>` finds them, canonical
    /// equivalence included when a slug is not ASCII.
    @Test func slugSetAnswersAsASetOfStrings() {
        var generator = SeededGenerator(seed: 14)
        let letters = Array("abz09-".utf8)
        func slug() -> String {
            String(
                decoding: (0..<Int.random(in: 1...24, using: &generator)).map { _ in
                    letters[Int.random(in: 0..<letters.count, using: &generator)]
                }, as: UTF8.self)
        }
        for size in [0, 1, 2, 3, 7, 40, 300] {
            let strings = Set((0..<size).map { _ in slug() })
            let slugs = SlugSet(strings)
            let questions = Array(strings) + (0..<300).map { _ in slug() } + [""]
            for question in questions {
                var question = question
                let found = question.withUTF8 { slugs.contains(bytes: $0) }
                #expect(found == strings.contains(question), "\(question) among \(size)")
            }
        }
        let accented = SlugSet(["caf\u{E9}", "x"])
        var decomposed = "cafe\u{301}"
        #expect(decomposed.withUTF8 { accented.contains(bytes: $0) })
        var other = "y"
        #expect(!other.withUTF8 { accented.contains(bytes: $0) })
    }
}

extension String {
    /// `%` and the two upper-case hex digits of `byte`.
    fileprivate init(format byte: UInt8) {
        let digits = Array("0123456789ABCDEF".utf8)
        self = String(
            decoding: [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
}
