/// One line of a cache file, its tab-separated fields read from the file's bytes only when
/// asked for. The render cache holds several lines per page, and splitting every line into an
/// array of strings, the kind letter and numbers included, was most of the cost of reading it
/// on a rebuild that changed one case.
struct CacheLine {
    /// The line's place in the file, counting from 0.
    let number: Int
    private let bytes: [UInt8]
    private let fields: [Range<Int>]

    /// How many fields the line has.
    var count: Int { fields.count }

    /// Field number `index` as text.
    subscript(index: Int) -> String {
        String(decoding: bytes[fields[index]], as: UTF8.self)
    }

    /// True when field number `index` is `text`, compared without making a string.
    func field(_ index: Int, is text: StaticString) -> Bool {
        let range = fields[index]
        guard range.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { expected in
            var position = range.lowerBound
            for byte in expected {
                guard bytes[position] == byte else { return false }
                position += 1
            }
            return true
        }
    }

    /// Field number `index` as a whole number in decimal digits with an optional `-`, as the
    /// cache writes numbers; nil for anything else, or a number too large.
    func integer(_ index: Int) -> Int64? {
        let range = fields[index]
        guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "-") else {
            return digits(in: range).flatMap { Int64(exactly: $0) }
        }
        guard let magnitude = digits(in: range.dropFirst()), magnitude <= UInt64(Int64.max) + 1 else {
            return nil
        }
        return Int64(truncatingIfNeeded: 0 &- magnitude)
    }

    /// Field number `index` as a whole number in decimal digits (an inode number may use all 64
    /// bits); nil for anything else, or a number too large.
    func unsigned(_ index: Int) -> UInt64? {
        digits(in: fields[index])
    }

    private func digits(in range: Range<Int>) -> UInt64? {
        guard !range.isEmpty else { return nil }
        var value: UInt64 = 0
        for position in range {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times10, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflowed, !carried else { return nil }
            value = sum
        }
        return value
    }

    /// Calls `body` with each whole line of the file at `path` (one not ended by a line break is
    /// not whole), until it returns false. False when the file cannot be read or `body` stopped.
    static func forEach(in path: String, _ body: (CacheLine) -> Bool) -> Bool {
        guard let bytes = FileSystem.read(path) else { return false }
        var fields: [Range<Int>] = []
        var start = 0
        var number = 0
        for index in bytes.indices where bytes[index] == 0x09 || bytes[index] == 0x0A {
            fields.append(start..<index)
            start = index + 1
            if bytes[index] == 0x0A {
                guard body(CacheLine(number: number, bytes: bytes, fields: fields)) else { return false }
                fields.removeAll(keepingCapacity: true)
                number += 1
            }
        }
        return true
    }
}
