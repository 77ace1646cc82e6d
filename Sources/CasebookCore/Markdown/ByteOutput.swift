import Glibc

/// Bytes appended piece by piece to one allocation of its own, for a writer that appends many
/// short pieces (a body's HTML: tags, text runs, escapes). Appending is a copy and a count;
/// an array's `append(contentsOf:)`, general over every sequence, took about a hundred
/// instructions a call, 3% of a build.
struct ByteOutput: ~Copyable, ByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    /// An empty output with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        if capacity &- count < length { grow(toHold: count + length) }
        (base + count).initialize(from: source, count: length)
        count &+= length
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count &+= 1
    }

    /// Takes back the last `length` bytes written.
    mutating func removeLast(_ length: Int) {
        precondition(length >= 0 && length <= count, "fewer bytes written than taken back")
        count -= length
    }

    /// Takes out the byte at `index`, moving the bytes after it down by one.
    mutating func remove(at index: Int) {
        precondition(index >= 0 && index < count, "no byte written at that index")
        memmove(base + index, base + index + 1, count - index - 1)
        count -= 1
    }

    /// The bytes written, as an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes written, as a string (they are UTF-8; anything else would be repaired).
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
