/// A set of slugs that also answers for the UTF-8 bytes of a link, without making a string of
/// them: every link of every page is checked against the site's slugs, and a `Set<String>`
/// asks for a new string (often an allocation) and a SipHash of it each time.
struct SlugSet: Sendable {
    /// The slugs as strings, for questions asked with a string.
    let strings: Set<String>
    /// The bytes of every slug, one after another.
    private var storage: [UInt8] = []
    /// Where each slug's bytes start in `storage`; the last element is where the last one ends.
    private var starts: [Int] = [0]
    /// An open-addressing table: 1 + the number of the slug that sits in each slot, or 0.
    private var slots: [Int32] = []
    /// True when a slug is not ASCII: a byte comparison could then tell apart strings that
    /// Swift holds equal (canonically equivalent), so the bytes are asked as a string instead.
    private var hasNonASCII = false

    /// The set of `slugs`.
    init(_ slugs: Set<String>) {
        strings = slugs
        guard !slugs.isEmpty else { return }
        // At most half full, so that a search meets an empty slot after a step or two.
        var capacity = 4
        while capacity < slugs.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        for slug in slugs {
            var slug = slug
            var slot = slug.withUTF8 { bytes in
                storage.append(contentsOf: bytes)
                hasNonASCII = hasNonASCII || bytes.contains { $0 >= 0x80 }
                return Self.hash(bytes) & (capacity - 1)
            }
            starts.append(storage.count)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(starts.count - 1)
        }
    }

    var isEmpty: Bool { strings.isEmpty }

    /// True when `slug` is in the set.
    func contains(_ slug: String) -> Bool { strings.contains(slug) }

    /// True when the slug whose UTF-8 bytes are `bytes` is in the set.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !slots.isEmpty else { return false }
        guard !hasNonASCII, !bytes.isEmpty, let query = bytes.baseAddress else {
            return strings.contains(String(decoding: bytes, as: UTF8.self))
        }
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        return storage.withUnsafeBytes { storage in
            while true {
                let number = Int(slots[slot])
                guard number != 0 else { return false }
                let start = starts[number - 1]
                let count = starts[number] - start
                if count == bytes.count, let stored = storage.baseAddress,
                    ByteWord.equal(stored + start, query, count: count)
                {
                    return true
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes: a few instructions a byte, and slugs are short.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
