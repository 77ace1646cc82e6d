/// The bytes of folded text as they are made, one word after another with single spaces
/// between; when asked for distinct words, a word met before is taken back as soon as it ends,
/// so each word is kept once, in the order it first came.
///
/// A body of a few thousand words repeats most of them. Hashing each word once as it is
/// written (FNV-1a) and keeping the words in a table of open addressing costs a fraction of a
/// `Set` of byte slices and a second pass over the text.
struct FoldedWords: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Where the word being written starts, or -1 between words.
    private var wordStart = -1
    private var hash: UInt32 = 2_166_136_261
    /// The words kept, when only distinct ones are.
    private var kept: WordTable?

    init(capacity: Int, distinct: Bool) {
        self.capacity = max(capacity, 16)
        buffer = UnsafeMutablePointer.allocate(capacity: self.capacity)
        kept = distinct ? WordTable(expectedWords: capacity / 16) : nil
    }

    deinit { buffer.deallocate() }

    /// Adds one folded byte: a letter or digit to the current word, or 0x20, which ends it.
    mutating func append(_ byte: UInt8) {
        if byte == 0x20 {
            if wordStart >= 0 { endWord() }
            return
        }
        if wordStart < 0 {
            if count > 0 { write(0x20) }
            wordStart = count
            hash = 2_166_136_261
        }
        write(byte)
        hash = (hash ^ UInt32(byte)) &* 16_777_619
    }

    /// The bytes made.
    consuming func finish() -> [UInt8] {
        if wordStart >= 0 { endWord() }
        return Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    private mutating func write(_ byte: UInt8) {
        if count == capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        }
        buffer[count] = byte
        count += 1
    }

    /// Ends the current word: keeps it, or takes it back (and the space before it) when only
    /// distinct words are kept and it was met before.
    private mutating func endWord() {
        let start = wordStart
        wordStart = -1
        guard kept != nil else { return }
        let word = UnsafeBufferPointer(start: buffer + start, count: count - start)
        if kept?.contains(word, hash: hash, in: buffer) == true {
            count = max(start - 1, 0)
        } else {
            kept?.insert(start: start, length: word.count, hash: hash)
        }
    }
}

/// Words by hash, each slot a start and length in the folded bytes.
private struct WordTable {
    /// For each slot: 0 when empty, else the word's start plus one.
    private var starts: [Int32]
    private var lengths: [Int32]
    private var hashes: [UInt32]
    private var count = 0

    init(expectedWords: Int) {
        var slots = 64
        while slots < expectedWords * 2 { slots *= 2 }
        starts = Array(repeating: 0, count: slots)
        lengths = Array(repeating: 0, count: slots)
        hashes = Array(repeating: 0, count: slots)
    }

    /// Whether a word with these bytes is in the table; `bytes` holds the words kept.
    func contains(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32, in bytes: UnsafeMutablePointer<UInt8>)
        -> Bool
    {
        let mask = starts.count - 1
        var slot = Int(hash) & mask
        while starts[slot] != 0 {
            if hashes[slot] == hash, Int(lengths[slot]) == word.count {
                let start = Int(starts[slot]) - 1
                if (0..<word.count).allSatisfy({ bytes[start + $0] == word[$0] }) { return true }
            }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Adds a word known not to be in the table.
    mutating func insert(start: Int, length: Int, hash: UInt32) {
        if (count + 1) * 2 > starts.count { grow() }
        let mask = starts.count - 1
        var slot = Int(hash) & mask
        while starts[slot] != 0 { slot = (slot + 1) & mask }
        starts[slot] = Int32(start + 1)
        lengths[slot] = Int32(length)
        hashes[slot] = hash
        count += 1
    }

    /// Doubles the table, placing each word again by its hash.
    private mutating func grow() {
        let old = (starts, lengths, hashes)
        let size = starts.count * 2
        starts = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
        hashes = Array(repeating: 0, count: size)
        for index in 0..<old.0.count where old.0[index] != 0 {
            var slot = Int(old.2[index]) & (size - 1)
            while starts[slot] != 0 { slot = (slot + 1) & (size - 1) }
            starts[slot] = old.0[index]
            lengths[slot] = old.1[index]
            hashes[slot] = old.2[index]
        }
    }
}
