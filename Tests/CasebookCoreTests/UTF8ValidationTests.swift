import Foundation
import Testing

@testable import CasebookCore

/// The loader checks UTF-8 itself, eight ASCII bytes at a time; it must accept exactly what
/// Swift's own decoder accepts and place the first bad byte where that decoder stops.
@Suite struct UTF8ValidationTests {
    /// Swift's answer: nil for UTF-8, else the line and column (in scalars) of the first scalar
    /// the standard library's decoder cannot decode.
    static func reference(_ bytes: [UInt8]) -> SourceText.InvalidByte? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var decoder = Unicode.UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                Issue.record("Swift refused \(bytes) but decoded all of it")
                return nil
            case .error:
                return SourceText.InvalidByte(line: line, column: column)
            }
        }
    }

    static func ours(_ bytes: [UInt8]) -> SourceText.InvalidByte? {
        switch SourceText.check(Data(bytes)) {
        case .success: return nil
        case .failure(let invalid): return invalid
        }
    }

    /// Pieces a random byte string is made of: ASCII runs long enough to fill whole words, every
    /// length of character, and the ill-formed sequences at the edges of each range.
    static let pieces: [[UInt8]] = [
        Array("plain ASCII text, long enough for words ".utf8), Array("a".utf8), Array("\n".utf8),
        Array("\r\n".utf8), Array("é".utf8), Array("Ж".utf8), Array("€".utf8), Array("𝄞".utf8),
        Array("\u{FEFF}".utf8), Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8),
        Array("\u{0800}".utf8), Array("\u{10000}".utf8), Array("\u{80}".utf8), Array("\u{7FF}".utf8),
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
        [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEF, 0xBF], [0xF0, 0x80, 0x80, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF],
        [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFE], [0xFF], [0xE2, 0x82, 0x41], [0xF0, 0x9D, 0x84, 0x41],
        [0x00], [0x07], [0x09], [0x0D], [0x1F], [0x7F], [0xC2, 0x80], [0xC2, 0x9F], [0xC2, 0xA0],
    ]

    @Test func agreesWithSwiftOnRandomByteStrings() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0x5EED_C0DE)
        var invalidCount = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Int.random(in: 0..<8, using: &generator) == 0 {
                    // Now and then a byte of any value, to reach what the pieces do not.
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
                }
            }
            let expected = Self.reference(bytes)
            if expected != nil { invalidCount += 1 }
            #expect(Self.ours(bytes) == expected, "\(bytes)")
            if expected == nil { Self.expectSameFlags(bytes) }
        }
        // Both outcomes are tested many times over.
        #expect(invalidCount > 2_000 && invalidCount < 18_000)
    }

    /// On valid bytes, the one pass finds carriage returns and control characters as the
    /// byte-by-byte rule does (a carriage return is not counted as a control: it becomes LF).
    static func expectSameFlags(_ bytes: [UInt8]) {
        let found = bytes.withUnsafeBufferPointer(SourceText.scan)
        #expect(found.invalidOffset == nil)
        #expect(found.hasCarriageReturn == bytes.contains(0x0D), "\(bytes)")
        let withoutReturns = bytes.map { $0 == 0x0D ? UInt8(ascii: "\n") : $0 }
        #expect(found.hasControlCharacter == ControlCharacterScanTests.oneByOne(withoutReturns), "\(bytes)")
    }

    @Test func agreesWithSwiftOnEveryShortSequence() {
        // Every one- and two-byte string, and every three-byte string led by a byte that begins a
        // longer character, each placed after a word of ASCII and before one.
        let prefix = Array("12345678".utf8)
        let suffix = Array("abcdefgh".utf8)
        var candidates: [[UInt8]] = []
        for first in 0...255 {
            candidates.append([UInt8(first)])
            for second in 0...255 { candidates.append([UInt8(first), UInt8(second)]) }
        }
        for first in 0xE0...0xF4 {
            for second in stride(from: 0x70, through: 0xC0, by: 0x08) {
                for third in [0x41, 0x80, 0xBF, 0xC0] {
                    candidates.append([UInt8(first), UInt8(second), UInt8(third)])
                    candidates.append([UInt8(first), UInt8(second), UInt8(third), 0x80])
                }
            }
        }
        for candidate in candidates {
            for bytes in [candidate, prefix + candidate, candidate + suffix, prefix + candidate + suffix] {
                let expected = Self.reference(bytes)
                #expect(Self.ours(bytes) == expected, "\(bytes)")
                if expected == nil { Self.expectSameFlags(bytes) }
            }
        }
    }

    @Test func placesTheBadByteAfterWholeWordsAndLines() {
        let text = Array("---\nname: Ana\nplace: Алматы — Żółć\n".utf8) + [0xC3] + Array("\n".utf8)
        #expect(Self.ours(text) == SourceText.InvalidByte(line: 4, column: 1))
        let second = Array("line one\nline two, Ж ".utf8) + [0xFF]
        #expect(Self.ours(second) == SourceText.InvalidByte(line: 2, column: 13))
        #expect(
            Self.ours(Array(repeating: UInt8(ascii: "a"), count: 64) + [0x80]) == .init(line: 1, column: 65))
    }

    @Test func keepsValidBytesAsTheyAreAndNormalizesTheRest() throws {
        let plain = Data("---\nname: Żółć\n---\nBody\n".utf8)
        #expect(try SourceText.check(plain).get().bytes == plain)
        let windows = Data([0xEF, 0xBB, 0xBF]) + Data("---\r\nname: A\r\n---\r\nBody\r".utf8)
        #expect(try SourceText.check(windows).get().bytes == Data("---\nname: A\n---\nBody\n".utf8))
    }

    /// The scan reads sixteen bytes, then eight, at a time and goes straight to the first byte
    /// that is not printable ASCII. Wherever in a long run one or two such bytes sit, it must
    /// agree with Swift on validity and place, and with the byte-by-byte rule on the flags.
    @Test func findsEveryOtherByteAtEveryPlaceOfALongRun() {
        let run = Array("The quick brown fox jumps over the lazy dog; 0123456789!".utf8)
        let inserts: [[UInt8]] = [
            [0x0A], [0x0D], [0x09], [0x00], [0x1F], [0x7F], [0xC2, 0x80], [0xC2, 0xA0], Array("Ж".utf8),
            Array("€".utf8), Array("𝄞".utf8), Array("\r\n".utf8), [0x80], [0xC3], [0xED, 0xA0, 0x80], [0xFF],
        ]
        let seconds: [[UInt8]] = [[0x0A], [0x7F], Array("Ж".utf8), [0xFF]]
        var checked = 0
        for insert in inserts {
            for place in 0...run.count {
                var bytes = run
                bytes.insert(contentsOf: insert, at: place)
                let expected = Self.reference(bytes)
                #expect(Self.ours(bytes) == expected, "\(insert) at \(place)")
                if expected == nil { Self.expectSameFlags(bytes) }
                for second in seconds {
                    for later in stride(from: place + insert.count, through: bytes.count, by: 3) {
                        var both = bytes
                        both.insert(contentsOf: second, at: later)
                        let expected = Self.reference(both)
                        #expect(Self.ours(both) == expected, "\(insert) at \(place), \(second) at \(later)")
                        if expected == nil { Self.expectSameFlags(both) }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
