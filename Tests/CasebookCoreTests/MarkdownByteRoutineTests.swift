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

    /// A title skips cmark-gfm only when the parse would give it back unchanged: over random
    /// titles, with and without quotes, dashes, dots, line breaks and space at the ends.
    @Test func smartPunctuationSkipsOnlyWhatTheParseKeeps() {
        let plain = Array(
            "abz AZ 09 .-,:;!?()[]*_`~|#&<>/\\@+=%йЁҚłß漢😀\u{0301}\u{2003}—«»".unicodeScalars)
        let edges = Array("'\"\t\n\r\u{0}\u{85}\u{2028}\u{2029}".unicodeScalars)
        var generator = SeededGenerator(seed: 2026)
        var skipped = 0
        let total = 4000
        for round in 0..<total {
            var title = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<30, using: &generator) {
                // Every fourth title may draw quotes and line breaks too.
                let pool = round % 4 == 0 && Bool.random(using: &generator) ? edges : plain
                title.append(pool.randomElement(using: &generator) ?? "a")
            }
            let text = String(title)
            if !MarkdownParser.mayChangeTypography(text) { skipped += 1 }
            #expect(
                MarkdownParser.smartPunctuation(in: text) == MarkdownParser.parsedSmartPunctuation(in: text),
                "\(text.debugDescription)")
        }
        // Both ways are taken often enough for the comparison to mean something.
        #expect(skipped > total / 5 && skipped < total * 4 / 5, "skipped \(skipped) of \(total)")
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

    /// Columns are counted eight bytes at a time; they must be the scalars before the byte, plus
    /// one, as counting byte by byte gives, at every place of lines of every kind of character.
    @Test func columnsCountScalarsAtEveryPlace() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0xC0_1A_B5)
        let pieces = ["a", "word ", "é", "Ж", "€", "𝄞", "e\u{301}", "\t", "[^1]"].map { Array($0.utf8) }
        for _ in 0..<500 {
            var line: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                line += pieces.randomElement(using: &generator) ?? []
            }
            line.withUnsafeBufferPointer { bytes in
                for index in 0...(line.count + 2) {
                    let expected = line[..<min(index, line.count)].reduce(1) {
                        $1 & 0xC0 == 0x80 ? $0 : $0 + 1
                    }
                    #expect(MarkdownScanner.column(at: index, in: bytes) == expected, "\(line) \(index)")
                }
            }
        }
    }

    /// Footnote labels are lowered from their bytes when they are ASCII; every label must match
    /// as `String.lowercased()` makes it.
    @Test func footnoteLabelsLowerAsStringsDo() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0x1A_BE15)
        let characters = Array("aZ09_-.@[`{AzMmЖжÉéİıẞß\u{301}😀 ".unicodeScalars)
        for _ in 0..<3000 {
            var label = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                label.append(characters.randomElement(using: &generator) ?? "a")
            }
            let text = String(label)
            Array(text.utf8).withUnsafeBufferPointer {
                #expect(MarkdownScanner.normalizedLabel($0) == text.lowercased(), "\(text)")
            }
        }
        for byte in UInt8(0)..<0x80 {
            let expected = String(decoding: [byte], as: UTF8.self).lowercased()
            [byte].withUnsafeBufferPointer { #expect(MarkdownScanner.normalizedLabel($0) == expected) }
        }
    }

    /// Wherever a byte the inline scan acts on sits in a long line, and whatever byte value sits
    /// there, the scan stops exactly there, as a byte-by-byte search does.
    @Test func inlineScanFindsEveryByteAtEveryPlace() {
        for byte in UInt8(0)...0xFF {
            for place in 0..<24 {
                var line = [UInt8](repeating: UInt8(ascii: "m"), count: 24)
                line[place] = byte
                // A second byte acted on further on: the first one must still be found.
                line[min(place + 3, 23)] = UInt8(ascii: "`")
                line.withUnsafeBufferPointer {
                    for start in 0...place {
                        let expected =
                            line[start...].firstIndex(where: MarkdownScanner.mayStartInline) ?? line.count
                        let found = MarkdownScanner.nextInlineStart(in: $0, from: start)
                        #expect(found == expected, "\(byte) \(place) \(start)")
                    }
                }
            }
        }
    }
}
