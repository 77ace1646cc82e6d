/// The words of folded text, each once, in the order they first come.
///
/// A body of a few thousand words repeats most of them; a set of byte slices hashed with the
/// standard library's seeded hasher cost more than folding the text. Here each word is hashed
/// once with FNV-1a and kept as a range of the output, in a table of open addressing.
struct DistinctWords {
    /// The words kept, separated by single spaces.
    private(set) var bytes: [UInt8] = []
    /// For each slot: 0 when empty, else the kept word's start in `bytes` plus one.
    private var slotStarts: [Int32]
    private var slotLengths: [Int32]
    private var slotHashes: [UInt32]
    private var count = 0

    init(capacity: Int) {
        var slots = 64
        while slots < capacity * 2 { slots *= 2 }
        slotStarts = Array(repeating: 0, count: slots)
        slotLengths = Array(repeating: 0, count: slots)
        slotHashes = Array(repeating: 0, count: slots)
        bytes.reserveCapacity(capacity * 8)
    }

    /// The distinct words of `folded` (words of `SearchFolding.foldedBytes`, one space apart).
    static func of(_ folded: [UInt8]) -> [UInt8] {
        var words = DistinctWords(capacity: folded.count / 16)
        folded.withUnsafeBufferPointer { text in
            var start = 0
            for index in 0...text.count where index == text.count || text[index] == 0x20 {
                if index > start { words.insert(UnsafeBufferPointer(rebasing: text[start..<index])) }
                start = index + 1
            }
        }
        return words.bytes
    }

    /// Adds `word` unless it is kept already.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let mask = slotStarts.count - 1
        var slot = Int(hash) & mask
        while slotStarts[slot] != 0 {
            if slotHashes[slot] == hash, Int(slotLengths[slot]) == word.count,
                isKept(word, at: Int(slotStarts[slot]) - 1)
            {
                return
            }
            slot = (slot + 1) & mask
        }
        if !bytes.isEmpty { bytes.append(0x20) }
        slotStarts[slot] = Int32(bytes.count + 1)
        slotLengths[slot] = Int32(word.count)
        slotHashes[slot] = hash
        bytes.append(contentsOf: word)
        count += 1
        if count * 2 > slotStarts.count { grow() }
    }

    private func isKept(_ word: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { kept in
            for offset in 0..<word.count where kept[start + offset] != word[offset] { return false }
            return true
        }
    }

    /// Doubles the table, placing each kept word again by its hash.
    private mutating func grow() {
        let size = slotStarts.count * 2
        var starts = [Int32](repeating: 0, count: size)
        var lengths = [Int32](repeating: 0, count: size)
        var hashes = [UInt32](repeating: 0, count: size)
        for old in 0..<slotStarts.count where slotStarts[old] != 0 {
            var slot = Int(slotHashes[old]) & (size - 1)
            while starts[slot] != 0 { slot = (slot + 1) & (size - 1) }
            starts[slot] = slotStarts[old]
            lengths[slot] = slotLengths[old]
            hashes[slot] = slotHashes[old]
        }
        (slotStarts, slotLengths, slotHashes) = (starts, lengths, hashes)
    }
}
