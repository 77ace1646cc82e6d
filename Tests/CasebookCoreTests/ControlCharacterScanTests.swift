import Testing

@testable import CasebookCore

/// The control-character test reads eight bytes at a time; it must agree with reading them one
/// by one, wherever in a word the control character sits.
@Suite struct ControlCharacterScanTests {
    /// The byte-by-byte rule: C0 controls but tab and line feed, DEL, and C2 80 to C2 9F.
    static func oneByOne(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { return true }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
        }
        return false
    }

    @Test func agreesWithTheByteByByteRuleAtEveryPlace() {
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopqrstu".utf8), Array("Żółć ŻÓŁĆ Ω ∑ é\t\n".utf8)]
        let inserts: [[UInt8]] = [
            [0x00], [0x07], [0x09], [0x0A], [0x0D], [0x1B], [0x1F], [0x20], [0x7E], [0x7F], [0xC2, 0x80],
            [0xC2, 0x9F], [0xC2, 0xA0], [0xC3, 0x80], [0xFF], [0xC2],
        ]
        for filler in fillers {
            for insert in inserts {
                for place in 0...filler.count {
                    var bytes = filler
                    bytes.insert(contentsOf: insert, at: place)
                    let found = bytes.withUnsafeBufferPointer(SourceText.containsControlCharacter)
                    #expect(found == Self.oneByOne(bytes), "\(insert) at \(place)")
                }
            }
            #expect(!filler.withUnsafeBufferPointer(SourceText.containsControlCharacter))
        }
        #expect([0x07].withUnsafeBufferPointer(SourceText.containsControlCharacter))
        #expect(![UInt8]().withUnsafeBufferPointer(SourceText.containsControlCharacter))
    }
}
