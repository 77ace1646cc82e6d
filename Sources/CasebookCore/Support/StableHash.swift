/// A 64-bit FNV-1a hash that is the same in every process (Swift's `Hasher` is seeded per
/// process), for the incremental cache's fingerprints of files and pages.
struct StableHash: Sendable {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds bytes.
    mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }

    /// Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ. Through the
    /// string's contiguous bytes when it has them (a native string always does): walking its
    /// UTF-8 view index by index cost most of what fingerprinting a page costs.
    mutating func combine(_ text: String) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { combine(bytes: $0) }
        if hashed == nil { combine(bytes: text.utf8) }
        combine(bytes: CollectionOfOne(0xFF))
    }

    /// Adds an optional string; nil differs from every string, the empty one included.
    mutating func combine(optional text: String?) {
        if let text {
            combine(bytes: CollectionOfOne(0x01)); combine(text)
        } else {
            combine(bytes: CollectionOfOne(0x00))
        }
    }

    /// The hash as 16 hexadecimal digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of some bytes.
    static func of<Bytes: Sequence>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = StableHash()
        hash.combine(bytes: bytes)
        return hash.hex
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
        var hash = StableHash()
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
                let mixed = (hash.value ^ word) &* 0x0000_0100_0000_01B3
                hash.value = mixed ^ (mixed >> 29)
            }
            hash.combine(bytes: raw[(words * 8)...])
        }
        return hash.hex
    }
}
