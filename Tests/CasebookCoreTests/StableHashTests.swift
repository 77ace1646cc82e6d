import Foundation
import Testing

@testable import CasebookCore

/// The hash's text form names every fingerprint the build record keeps: it must stay the
/// same 16 digits from one version to the next, or every page is rendered again.
@Suite struct StableHashTests {
    /// Written as `String(_:radix:)` writes it, padded with zeros to 16 digits.
    private func padded(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test func hexIsSixteenLowerCaseDigitsWithLeadingZeros() {
        #expect(StableHash.hex(0) == "0000000000000000")
        #expect(StableHash.hex(.max) == "ffffffffffffffff")
        #expect(StableHash.hex(0x0123_4567_89AB_CDEF) == "0123456789abcdef")
        #expect(StableHash.hex(0xA) == "000000000000000a")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // Values of every magnitude, so that each count of leading zeros comes up.
            let value = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63)
            #expect(StableHash.hex(value) == padded(value), "\(value)")
        }
    }

    @Test func aHashOfStringsIsTheirBytesEachEndedByFF() {
        var hash = StableHash()
        hash.combine(bytes: Array("case".utf8) + [0xFF] + Array("a.md".utf8) + [0xFF])
        #expect(StableHash.of(["case", "a.md"]) == hash.hex)
        #expect(StableHash.of(["case", "a.md"]) != StableHash.of(["casea", ".md"]))
    }
}
