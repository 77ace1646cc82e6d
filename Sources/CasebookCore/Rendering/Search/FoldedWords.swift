import Foundation

/// Folded text as it is written, one word after another with single spaces between; when
/// asked for distinct words, a word met before is taken back as soon as it ends, so each word is
/// kept once, in the order it first came.
///
/// Text is added piece by piece (a body's text runs, straight from the parsed document), and a
/// word may go on from one piece to the next, exactly as if the pieces had been joined first.
///
/// A body of a few thousand words repeats most of them. Each word is hashed once as it ends,
/// eight bytes at a time, and kept in a table of open addressing: a fraction of the cost of a
/// `Set` of byte slices and a second pass over the text. ASCII letters and digits, most of any
/// body, are folded and copied eight at a time too. The loop over the bytes is a method of this
/// type so that adding a byte is inlined into it: a call per byte cost more than folding.
struct FoldedWords: ~Copyable, PlainTextSink {
    private var buffer: UnsafeMutablePointer<UInt8>
    /// The bytes `buffer` holds, less `slack`.
    private var capacity: Int
    private var count = 0
    /// Where the word being written starts, or -1 between words.
    private var wordStart = -1
    private let distinct: Bool
    /// The words kept, when only distinct ones are (empty and unused otherwise).
    private var kept: WordTable
    /// The folding of each character below `SearchFolding.tableEnd`, held here so that a
    /// non-ASCII character costs a lookup rather than a visit to the shared table's lazy global.
    private let table = SearchFolding.table

    /// Bytes past `capacity` that the eight-byte reads of a word's end may touch, and no more.
    private static let slack = 8

    /// `text` (valid UTF-8) folded by `SearchFolding`, with each word once when `distinct`.
    static func fold(_ text: UnsafeBufferPointer<UInt8>, distinct: Bool) -> [UInt8] {
        var words = FoldedWords(capacity: text.count, distinct: distinct)
        words.add(text)
        return words.finishBytes()
    }

    /// An empty fold, with room for about `capacity` bytes before it grows.
    init(capacity: Int = 4096, distinct: Bool) {
        self.capacity = max(capacity, 16)
        buffer = UnsafeMutablePointer.allocate(capacity: self.capacity + Self.slack)
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

    /// Adds UTF-8 `text` folded. ASCII, nearly all of a body, is folded in this loop; other
    /// characters are decoded and looked up.
    ///
    /// Before the loop, and again after each other character, there is room for as many bytes
    /// as `text` has left plus one: an ASCII byte writes at most one byte, except the first
    /// letter of a word, which writes the space before it too, and then a separator (which
    /// writes nothing) came before it in `text`, or it is the first word of `text` (the one).
    /// So the ASCII path writes without checking for room: eight bytes at once while eight are
    /// left in `text`, all within that room.
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
                addFolding(of: scalar)
                reserve(end - index + 1)
                continue
            }
            guard SearchFolding.foldASCII(byte) != 0x20 else {
                endWordIfAny()
                index += 1
                continue
            }
            if wordStart < 0 { startWord() }
            // The run of ASCII letters and digits that starts here, the bulk of any body, is
            // folded eight bytes at a time and written in a local, stored once the run ends: the
            // compiler cannot keep the field in a register while bytes are stored through `buffer`.
            // Eight bytes are stored even where fewer belong to the run: eight are left in `text`,
            // so they fall within the room reserved for it, and later bytes overwrite them.
            var written = count
            while index < end {
                if index &+ 8 <= end {
                    let eight = ByteWord.load(bytes + index)
                    let (length, folded) = Self.leadingLettersAndDigits(eight)
                    UnsafeMutableRawPointer(buffer + written).storeBytes(
                        of: folded.littleEndian, as: UInt64.self)
                    written &+= length
                    index &+= length
                    if length == 8 { continue }
                    break
                }
                let next = bytes[index]
                guard next < 0x80 else { break }
                let folded = SearchFolding.foldASCII(next)
                guard folded != 0x20 else { break }
                assert(written < capacity, "the room reserved for the text ran out")
                buffer[written] = folded
                written &+= 1
                index &+= 1
            }
            count = written
            // An ASCII byte that ends the run is a separator: the word ends here, without a turn
            // of the loop to find that out again.
            if index < end, bytes[index] < 0x80 {
                endWord()
                index &+= 1
            }
        }
    }

    /// How many of the eight bytes of `eight` (read little-endian), from the first, are ASCII
    /// letters or digits, and the eight bytes with those letters in lower case (what
    /// `SearchFolding.foldASCII` makes of them): one test for eight bytes, capitals included.
    @inline(__always)
    private static func leadingLettersAndDigits(_ eight: UInt64) -> (Int, UInt64) {
        let (ones, high) = (ByteWord.ones, ByteWord.highBits)
        // With each byte's high bit set first, subtracting borrows from no other byte; the high
        // bit stays set where the low seven bits are at least the number subtracted. A byte whose
        // own high bit is set (part of a non-ASCII character) is neither a letter nor a digit.
        let ascii = ~eight & high
        let lowered = eight | ones &* 0x20 | high
        let letters = (lowered &- ones &* 0x61) & ~(lowered &- ones &* 0x7B) & ascii
        let raised = eight | high
        let digits = (raised &- ones &* 0x30) & ~(raised &- ones &* 0x3A) & ascii
        let others = ~(letters | digits) & high
        let length = others == 0 ? 8 : others.trailingZeroBitCount &>> 3
        // A letter's high bit, moved down two places, is the bit that makes it lower case.
        return (length, eight | letters &>> 2)
    }

    /// Adds what a non-ASCII character folds to.
    private mutating func addFolding(of scalar: Unicode.Scalar) {
        guard let folded = table.folding(of: scalar) else {
            for byte in SearchFolding.folding(of: scalar) {
                reserve(2)
                append(byte)
            }
            return
        }
        reserve(folded.count + 1)
        for byte in folded { append(byte) }
    }

    /// Starts a word, after a space unless it is the first; there must be room for the space.
    @inline(__always)
    private mutating func startWord() {
        if count > 0 {
            buffer[count] = 0x20
            count += 1
        }
        wordStart = count
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
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger + Self.slack)
        moved.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = larger
    }

    /// Ends the current word: keeps it, or takes it back (and the space before it) when only
    /// distinct words are kept and it was met before. Inlined into the loop over bytes: as a
    /// call, saving and restoring its registers cost about a sixth of it, once a word.
    @inline(__always)
    private mutating func endWord() {
        let start = wordStart
        wordStart = -1
        guard distinct else { return }
        let length = count - start
        let (head, hash) = Self.headAndHash(buffer + start, length: length)
        if !kept.insert(start: start, length: length, head: head, hash: hash, in: buffer) {
            count = max(start - 1, 0)
        }
    }

    /// The first eight bytes of the `length` bytes at `word` (fewer, zero-filled, for a shorter
    /// word), which tell most words apart without comparing them byte by byte, and a hash of
    /// them all. Words are read eight bytes at a time: the last read may reach into the slack,
    /// and the bytes past the word are masked off.
    @inline(__always)
    private static func headAndHash(_ word: UnsafeMutablePointer<UInt8>, length: Int) -> (UInt64, UInt32) {
        var head: UInt64 = 0
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(length)
        var offset = 0
        while offset < length {
            var eight = UnsafeRawPointer(word + offset).loadUnaligned(as: UInt64.self)
            let left = length - offset
            if left < 8 { eight &= (1 << (UInt64(left) << 3)) &- 1 }
            if offset == 0 { head = eight }
            hash = (hash ^ eight) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        return (head, UInt32(truncatingIfNeeded: hash ^ (hash >> 32)))
    }
}

/// Words by hash, each slot a start and length in the folded bytes, in one allocation.
private struct WordTable: ~Copyable {
    private struct Slot {
        /// 0 when the slot is empty, else the word's start plus one.
        var start: Int32
        var length: Int32
        var hash: UInt32
        /// The word's first eight bytes, zero-filled: a word of eight bytes or fewer is equal to
        /// another when these and the lengths are.
        var head: UInt64
    }

    private var slots: UnsafeMutablePointer<Slot>
    /// A power of two, so that a hash is reduced to a slot by a mask.
    private var size: Int
    private var count = 0

    init(expectedWords: Int) {
        size = 64
        while size < expectedWords * 2 { size *= 2 }
        slots = UnsafeMutablePointer.allocate(capacity: size)
        slots.initialize(repeating: Slot(start: 0, length: 0, hash: 0, head: 0), count: size)
    }

    deinit { slots.deallocate() }

    /// Adds the word at `start` of `bytes`, whose first eight bytes are `head`; false, leaving
    /// the table as it was, when the table holds it already.
    mutating func insert(
        start: Int, length: Int, head: UInt64, hash: UInt32, in bytes: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        let mask = size - 1
        var slot = Int(hash) & mask
        while slots[slot].start != 0 {
            let other = slots[slot]
            if other.hash == hash, other.head == head, Int(other.length) == length,
                length <= 8
                    || ByteWord.equal(bytes + Int(other.start) + 7, bytes + start + 8, count: length - 8)
            {
                return false
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(start: Int32(start + 1), length: Int32(length), hash: hash, head: head)
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
        slots.initialize(repeating: Slot(start: 0, length: 0, hash: 0, head: 0), count: size)
        let mask = size - 1
        for index in 0..<oldSize where old[index].start != 0 {
            var slot = Int(old[index].hash) & mask
            while slots[slot].start != 0 { slot = (slot + 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }
}
