import Foundation

/// Folded text as it is written, one word after another with single spaces between; when
/// asked for distinct words, a word met before is taken back as soon as it ends, so each word is
/// kept once, in the order it first came.
///
/// Text is added piece by piece (a body's text runs, straight from the parsed document), and a
/// word may go on from one piece to the next, exactly as if the pieces had been joined first.
///
/// A body of a few thousand words repeats most of them. Hashing each word once as it is
/// written (FNV-1a) and keeping the words in a table of open addressing costs a fraction of a
/// `Set` of byte slices and a second pass over the text. The loop over the bytes is a method of
/// this type so that adding a byte is inlined into it: a call per byte cost more than folding.
struct FoldedWords: ~Copyable, PlainTextSink {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Where the word being written starts, or -1 between words.
    private var wordStart = -1
    private var hash: UInt32 = 0
    private let distinct: Bool
    /// The words kept, when only distinct ones are (empty and unused otherwise).
    private var kept: WordTable

    /// `text` (valid UTF-8) folded by `SearchFolding`, with each word once when `distinct`.
    static func fold(_ text: UnsafeBufferPointer<UInt8>, distinct: Bool) -> [UInt8] {
        var words = FoldedWords(capacity: text.count, distinct: distinct)
        words.add(text)
        return words.finishBytes()
    }

    /// An empty fold, with room for about `capacity` bytes before it grows.
    init(capacity: Int = 4096, distinct: Bool) {
        self.capacity = max(capacity, 16)
        buffer = UnsafeMutablePointer.allocate(capacity: self.capacity)
        self.distinct = distinct
        kept = WordTable(expectedWords: distinct ? capacity / 16 : 0)
    }

    deinit { buffer.deallocate() }

    /// Adds `text` folded; a word it ends with goes on in the next text added.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    /// The folded words, as a string.
    consuming func finish() -> String {
        endWordIfAny()
        return String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self)
    }

    private consuming func finishBytes() -> [UInt8] {
        endWordIfAny()
        return Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// Adds UTF-8 `text` folded. ASCII, nearly all of a body, is folded byte by byte in this
    /// loop; other characters are decoded and looked up.
    ///
    /// Before the loop, and again after each other character, there is room for as many bytes
    /// as `text` has left plus one: an ASCII byte writes at most one byte, except the first
    /// letter of a word, which writes the space before it too, and then a separator (which
    /// writes nothing) came before it in `text`, or it is the first word of `text` (the one).
    /// So the ASCII path writes without checking for room.
    private mutating func add(_ text: UnsafeBufferPointer<UInt8>) {
        guard let bytes = text.baseAddress else { return }
        let end = text.count
        reserve(end + 1)
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 {
                let (scalar, length) = SearchFolding.decodeScalar(text, at: index)
                index += length
                for folded in SearchFolding.folding(of: scalar) {
                    reserve(2)
                    append(folded)
                }
                reserve(end - index + 1)
                continue
            }
            var folded = SearchFolding.foldASCII(byte)
            guard folded != 0x20 else {
                endWordIfAny()
                index += 1
                continue
            }
            if wordStart < 0 { startWord() }
            // The run of ASCII letters and digits that starts here, the bulk of any body, is
            // written and hashed in locals and stored once it ends: the compiler cannot keep the
            // fields in registers while bytes are stored through `buffer`.
            var written = count
            var hash = self.hash
            repeat {
                assert(written < capacity, "the room reserved for the text ran out")
                buffer[written] = folded
                written &+= 1
                hash = (hash ^ UInt32(folded)) &* 16_777_619
                index &+= 1
                guard index < end else { break }
                let next = bytes[index]
                // Most bytes are lower-case letters, which fold to themselves.
                if next &- 0x61 < 26 {
                    folded = next
                    continue
                }
                guard next < 0x80 else { break }
                folded = SearchFolding.foldASCII(next)
            } while folded != 0x20
            count = written
            self.hash = hash
        }
    }

    /// Starts a word, after a space unless it is the first; there must be room for the space.
    @inline(__always)
    private mutating func startWord() {
        if count > 0 {
            buffer[count] = 0x20
            count += 1
        }
        wordStart = count
        hash = 2_166_136_261
    }

    /// Adds one folded byte: a letter or digit to the current word (with the space before the
    /// word when it is the first; there must be room for both), or 0x20, which ends the word.
    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if byte == 0x20 {
            endWordIfAny()
            return
        }
        if wordStart < 0 { startWord() }
        assert(count < capacity, "the room reserved for the text ran out")
        buffer[count] = byte
        count += 1
        hash = (hash ^ UInt32(byte)) &* 16_777_619
    }

    @inline(__always)
    private mutating func endWordIfAny() {
        if wordStart >= 0 { endWord() }
    }

    /// Makes room for `bytes` more bytes.
    @inline(__always)
    private mutating func reserve(_ bytes: Int) {
        if capacity - count < bytes { grow(toHold: count + bytes) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = larger
    }

    /// Ends the current word: keeps it, or takes it back (and the space before it) when only
    /// distinct words are kept and it was met before. Once a word, so kept out of `append`.
    @inline(never)
    private mutating func endWord() {
        let start = wordStart
        wordStart = -1
        guard distinct else { return }
        if !kept.insert(start: start, length: count - start, hash: hash, in: buffer) {
            count = max(start - 1, 0)
        }
    }
}

/// Words by hash, each slot a start and length in the folded bytes, in one allocation.
private struct WordTable: ~Copyable {
    private struct Slot {
        /// 0 when the slot is empty, else the word's start plus one.
        var start: Int32
        var length: Int32
        var hash: UInt32
    }

    private var slots: UnsafeMutablePointer<Slot>
    /// A power of two, so that a hash is reduced to a slot by a mask.
    private var size: Int
    private var count = 0

    init(expectedWords: Int) {
        size = 64
        while size < expectedWords * 2 { size *= 2 }
        slots = UnsafeMutablePointer.allocate(capacity: size)
        slots.initialize(repeating: Slot(start: 0, length: 0, hash: 0), count: size)
    }

    deinit { slots.deallocate() }

    /// Adds the word at `start` of `bytes`; false, leaving the table as it was, when the table
    /// holds it already.
    mutating func insert(start: Int, length: Int, hash: UInt32, in bytes: UnsafeMutablePointer<UInt8>)
        -> Bool
    {
        let mask = size - 1
        var slot = Int(hash) & mask
        while slots[slot].start != 0 {
            let other = slots[slot]
            if other.hash == hash, Int(other.length) == length,
                memcmp(bytes + Int(other.start) - 1, bytes + start, length) == 0
            {
                return false
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(start: Int32(start + 1), length: Int32(length), hash: hash)
        count += 1
        if count * 2 > size { grow() }
        return true
    }

    /// Doubles the table, placing each word again by its hash.
    private mutating func grow() {
        let old = slots
        let oldSize = size
        size *= 2
        slots = UnsafeMutablePointer.allocate(capacity: size)
        slots.initialize(repeating: Slot(start: 0, length: 0, hash: 0), count: size)
        let mask = size - 1
        for index in 0..<oldSize where old[index].start != 0 {
            var slot = Int(old[index].hash) & mask
            while slots[slot].start != 0 { slot = (slot + 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }
}
