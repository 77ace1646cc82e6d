/// A 64-bit FNV-1a hash that is the same in every process (Swift's `Hasher` is seeded per
/// process), for the incremental cache's fingerprints of files and pages.
struct StableHash: Sendable {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds bytes.
    mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        // Over contiguous bytes with the hash in a local: every input file and cache file is
        // hashed a byte at a time.
        var hash = value
        let hashed: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        if hashed == nil {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        value = hash
    }

    /// Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ. Through the
    /// string's contiguous bytes when it has them (a native string always does): walking its
    /// UTF-8 view index by index cost most of what fingerprinting a page costs.
    mutating func combine(_ text: String) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { combine(bytes: $0) }
        if hashed == nil { combine(bytes: text.utf8) }
        combine(bytes: CollectionOfOne(0xFF))
    }

    /// Adds the eight bytes of a digest made by another `StableHash`.
    mutating func combine(digest: UInt64) {
        var hash = value
        for shift in stride(from: 0, to: 64, by: 8) {
            hash = (hash ^ (digest >> UInt64(shift) & 0xFF)) &* 0x0000_0100_0000_01B3
        }
        value = hash
    }

    /// Adds an optional string; nil differs from every string, the empty one included.
    mutating func combine(optional text: String?) {
        if let text {
            combine(bytes: CollectionOfOne(0x01)); combine(text)
        } else {
            combine(bytes: CollectionOfOne(0x00))
        }
    }

    /// The hash as 16 lower-case hexadecimal digits, leading zeros kept. Written digit by
    /// digit: a rebuild names thousands of fingerprints, and `String(_:radix:)` then padding
    /// cost 1,500 instructions each.
    var hex: String { Self.hex(value) }

    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { digits in
            for index in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * index)) & 0x0F
                digits[index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 16
        }
    }

    /// The hash of some bytes.
    static func of<Bytes: Sequence>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = StableHash()
        hash.combine(bytes: bytes)
        return hash.hex
    }

    /// The hash of an input file's bytes, as the build record keeps it. Markdown files, nearly
    /// every byte a build reads, are hashed eight bytes at a time (`checksum(of:)`): a byte at a
    /// time, each step waiting for the multiplication before it, hashing them took a fiftieth of
    /// a full build. Every other file keeps the hash of `of(bytes:)`, which the processed images
    /// of a photo carry in their names.
    static func ofInput(_ bytes: [UInt8], path: String) -> String {
        path.hasSuffix(".md") ? checksum(of: bytes[...]) : of(bytes: bytes)
    }

    /// The hash of strings, in order.
    static func of(_ parts: [String]) -> String {
        var hash = StableHash()
        for part in parts { hash.combine(part) }
        return hash.hex
    }
}

extension StableHash {
    /// A checksum of a cache file's bytes, taken eight bytes at a time: byte by byte, checking
    /// the decoded-file cache (megabytes on a large site) when reading it and again when writing
    /// it took a tenth of a rebuild that changed one file. Every step maps the running value one
    /// to one, so a change to any one word always changes the result.
    static func checksum(of bytes: ArraySlice<UInt8>) -> String {
        var checksum = Checksum()
        bytes.withUnsafeBytes { checksum.add($0) }
        return checksum.hex
    }

    /// `checksum(of:)` of bytes given piece by piece, as a cache file is written: the words
    /// are those of the bytes joined, wherever the pieces end.
    struct Checksum {
        private var hash = StableHash()
        /// The bytes of a word begun but not finished, the first in the lowest bits.
        private var carried: UInt64 = 0
        private var carriedCount = 0

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var index = 0
            if carriedCount > 0 {
                while carriedCount < 8, index < bytes.count {
                    carried |= UInt64(bytes[index]) << UInt64(8 * carriedCount)
                    carriedCount += 1
                    index += 1
                }
                guard carriedCount == 8 else { return }
                step(carried)
                (carried, carriedCount) = (0, 0)
            }
            while index + 8 <= bytes.count {
                // Little-endian, as the carried bytes are put together.
                step(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < bytes.count {
                carried |= UInt64(bytes[index]) << UInt64(8 * carriedCount)
                carriedCount += 1
                index += 1
            }
        }

        private mutating func step(_ word: UInt64) {
            let mixed = (hash.value ^ word) &* 0x0000_0100_0000_01B3
            hash.value = mixed ^ (mixed >> 29)
        }

        /// The checksum of every byte added: the words, then the bytes of an unfinished one.
        var hex: String {
            var final = hash
            for index in 0..<carriedCount {
                final.combine(bytes: CollectionOfOne(UInt8(truncatingIfNeeded: carried >> UInt64(8 * index))))
            }
            return final.hex
        }
    }
}
