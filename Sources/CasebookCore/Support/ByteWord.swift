/// Eight bytes tested at once, as one 64-bit word: the scans over a file's bytes skip runs of
/// plain text this way where a test per byte cost several instructions each.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `pointer`, the first in the lowest bits.
    @inline(__always)
    static func load(_ pointer: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
    }

    /// True when a byte of `word` is below `limit` (at most 0x80). The high bit of a byte is set
    /// in `(word - limit) & ~word` when the byte is below the limit; a borrow can only mark
    /// bytes above the first such byte, so the test of the whole word is exact.
    @inline(__always)
    static func hasByte(below limit: UInt64, in word: UInt64) -> Bool {
        (word &- ones &* limit) & ~word & highBits != 0
    }

    /// True when all eight bytes of `word` are printable ASCII (0x21…0x7E): none below 0x21 (the
    /// space and controls), none whose high bit is set or is reached by adding 1 (non-ASCII
    /// bytes and DEL). A carry out of 0xFF starts at a byte that is caught anyway.
    @inline(__always)
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        !hasByte(below: 0x21, in: word) && (word | (word &+ ones)) & highBits == 0
    }

    /// True when a byte of `word` is `byte`: a zero byte of the two words combined.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// True when a byte of `first` or of `second` is zero: the two zero-byte tests share
    /// their last steps.
    @inline(__always)
    static func hasZeroByte(_ first: UInt64, _ second: UInt64) -> Bool {
        ((first &- ones) & ~first | (second &- ones) & ~second) & highBits != 0
    }

    /// True when the `count` bytes at `first` and at `second` are the same, compared eight at a time.
    @inline(__always)
    static func equal(_ first: UnsafeRawPointer, _ second: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            guard load(first + offset) == load(second + offset) else { return false }
            offset += 8
        }
        while offset < count {
            guard
                first.load(fromByteOffset: offset, as: UInt8.self)
                    == second.load(fromByteOffset: offset, as: UInt8.self)
            else { return false }
            offset += 1
        }
        return true
    }
}
