import Testing

@testable import CasebookCore

/// The Markdown stage reads text as UTF-8 bytes where it is hot. Each byte routine is held to
/// the plain character-by-character rule it stands for, over random text of every kind a body
/// holds.
@Suite struct MarkdownByteRoutineTests {
    static let pool = Array(
        ("abcxyzABCXYZ0189 -_.,:;!?'\"()[]#&<>/\\\t\n\r\u{0}\u{7}\u{1B}\u{7F}\u{80}\u{85}\u{9F}\u{A0}\u{AB}\u{BB}\u{BF}"
            + "йЙиёЁщЩӘәҚқІіЇїŁłŻżÓóÉéÑñßİıΣσς漢字😀𝔄ﬁ①½\u{0306}\u{0301}\u{2003}—«»")
            .unicodeScalars)

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0..<40, using: &generator) {
            text.append(pool.randomElement(using: &generator) ?? "a")
        }
        return String(text)
    }

    /// A heading's id is its letters and digits in lower case, runs of anything else one hyphen.
    @Test func headingSlugsFollowTheCharacterRule() {
        func reference(_ text: String) -> String {
            var slug = ""
            var pendingHyphen = false
            for scalar in text.unicodeScalars {
                let keep =
                    scalar.isASCII
                    ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                        || ("0"..."9").contains(scalar)
                    : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                guard keep else {
                    pendingHyphen = !slug.isEmpty
                    continue
                }
                if pendingHyphen { slug += "-" }
                pendingHyphen = false
                slug += scalar.properties.lowercaseMapping
            }
            return slug.isEmpty ? "section" : slug
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = Self.randomText(&generator)
            #expect(
                IdentifierRegistry.slug(for: text) == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(IdentifierRegistry.slug(for: "Щит Istanbul: 2024 — ΣΟΦΙΑ!") == "щит-istanbul-2024-σοφια")
        #expect(IdentifierRegistry.slug(for: " -- ") == "section")
    }

    /// Text from cmark-gfm keeps every character but the control ones (tab and line feed stay).
    @Test func cTextDropsControlCharactersOnly() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            // No NUL inside: a C string ends there.
            let text = String(
                String.UnicodeScalarView(Self.randomText(&generator).unicodeScalars.filter { $0 != "\u{0}" }))
            let expected = String(
                String.UnicodeScalarView(
                    text.unicodeScalars.filter { !$0.isControlCharacter || $0 == "\t" || $0 == "\n" }))
            #expect(text.withCString { CText.string($0) } == expected, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(CText.string(nil) == "")
    }

    /// The word-at-a-time scan finds a control byte wherever it lies in the word.
    @Test func controlScanFindsEveryPosition() {
        for length in 0..<24 {
            for position in 0..<max(length, 1) {
                for marked: UInt8 in [0x00, 0x01, 0x1F, 0x7F, 0xC2] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    #expect(!bytes.withUnsafeBytes(CText.mayHoldControlCharacter))
                    guard length > 0 else { continue }
                    bytes[position] = marked
                    #expect(
                        bytes.withUnsafeBytes(CText.mayHoldControlCharacter),
                        "\(length) \(position) \(marked)")
                }
            }
        }
        for byte in UInt8(0)...0xFF {
            let bytes = [UInt8](repeating: byte, count: 9)
            let expected = byte < 0x20 || byte == 0x7F || byte == 0xC2
            #expect(bytes.withUnsafeBytes(CText.mayHoldControlCharacter) == expected, "\(byte)")
        }
    }

    /// The lint scanner skips plain text eight bytes at a time and stops at the first byte it
    /// acts on, wherever it lies, as a byte-by-byte search does.
    @Test func inlineScanStopsAtTheFirstByteItActsOn() {
        var generator = SystemRandomNumberGenerator()
        let bytes =
            Array("ab \\`<![]^(\")~*_é\u{0}\u{7F}".utf8) + [0x80, 0xC2, 0xE2, 0xFF, 0x20, 0x5A, 0x5E, 0x61]
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                // Mostly plain letters, so that long runs are skipped by whole words.
                Int.random(in: 0..<6, using: &generator) == 0
                    ? bytes.randomElement(using: &generator) ?? 0x61
                    : UInt8.random(in: 0x61...0x7A, using: &generator)
            }
            let start = Int.random(in: 0...line.count, using: &generator)
            let expected = line[start...].firstIndex(where: MarkdownScanner.mayStartInline) ?? line.count
            line.withUnsafeBufferPointer {
                #expect(MarkdownScanner.nextInlineStart(in: $0, from: start) == expected, "\(line) \(start)")
            }
        }
        for byte in UInt8(0)...0xFF {
            let line = [UInt8](repeating: 0x61, count: 11) + [byte] + [UInt8](repeating: 0x61, count: 8)
            let expected = "!<[\\]`".utf8.contains(byte) ? 11 : line.count
            line.withUnsafeBufferPointer {
                #expect(MarkdownScanner.nextInlineStart(in: $0, from: 0) == expected)
            }
        }
    }
}
