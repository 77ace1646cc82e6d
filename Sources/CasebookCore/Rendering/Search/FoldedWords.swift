/// Folded text as it is written, one word after another with single spaces between; when
/// asked for distinct words, a word met before is taken back as soon as it ends, so each word is
/// kept once, in the order it first came.
///
/// A body of a few thousand words repeats most of them. Hashing each word once as it is
/// written (FNV-1a) and keeping the words in a table of open addressing costs a fraction of a
/// `Set` of byte slices and a second pass over the text. The loop over the bytes is a method of
/// this type so that adding a byte is inlined into it: a call per byte cost more than folding.
struct FoldedWords: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Where the word being written starts, or -1 between words.
    private var wordStart = -1
    private var hash: UInt32 = 0
    /// The words kept, when only distinct ones are.
    private var kept: WordTable?

    /// `text` (valid UTF-8) folded by `SearchFolding`, with each word once when `distinct`.
    static func fold(_ text: UnsafeBufferPointer<UInt8>, distinct: Bool) -> [UInt8] {
        var words = FoldedWords(capacity: text.count, distinct: distinct)
        words.add(text)
        return words.finish()
    }

    private init(capacity: Int, distinct: Bool) {
        self.capacity = max(capacity, 16)
        buffer = UnsafeMutablePointer.allocate(capacity: self.capacity)
        kept = distinct ? WordTable(expectedWords: capacity / 16) : nil
    }

    deinit { buffer.deallocate() }

    private mutating func add(_ text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                index += 1
                append(SearchFolding.foldASCII(byte))
                continue
            }
            let (scalar, length) = SearchFolding.decodeScalar(text, at: index)
            index += length
            for folded in SearchFolding.folding(of: scalar) { append(folded) }
        }
        if wordStart >= 0 { endWord() }
    }

    /// Adds one folded byte: a letter or digit to the current word, or 0x20, which ends it.
    @inline(__always)
    private mutating func append(_ byte: UInt8) {
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

    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        if count == capacity { grow() }
        buffer[count] = byte
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }

    /// Ends the current word: keeps it, or takes it back (and the space before it) when only
    /// distinct words are kept and it was met before. Once a word, so kept out of `append`.
    @inline(never)
    private mutating func endWord() {
        let start = wordStart
        wordStart = -1
        guard kept != nil else { return }
        let length = count - start
        if kept?.contains(start: start, length: length, hash: hash, in: buffer) == true {
            count = max(start - 1, 0)
        } else {
            kept?.insert(start: start, length: length, hash: hash)
        }
    }

    private consuming func finish() -> [UInt8] {
        Array(UnsafeBufferPointer(start: buffer, count: count))
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

    /// Whether the word at `start` of `bytes` is in the table already.
    func contains(start: Int, length: Int, hash: UInt32, in bytes: UnsafeMutablePointer<UInt8>) -> Bool {
        let mask = starts.count - 1
        var slot = Int(hash) & mask
        while starts[slot] != 0 {
            if hashes[slot] == hash, Int(lengths[slot]) == length {
                let kept = Int(starts[slot]) - 1
                if (0..<length).allSatisfy({ bytes[kept + $0] == bytes[start + $0] }) { return true }
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
