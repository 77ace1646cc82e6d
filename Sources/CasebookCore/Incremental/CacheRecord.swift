import Foundation

/// A compact binary form for the decoded-file cache: integers as LEB128 varints, strings as a
/// length and their UTF-8 bytes, optionals and lists with a leading flag or count. Reading it
/// back is many times faster than decoding YAML or JSON, which is the point of the cache.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// A writer whose buffer holds `capacity` bytes before it grows.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Empties the writer, keeping its buffer (after a `CacheFileStream` took what it held).
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func blob(_ value: ArraySlice<UInt8>) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout RecordWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func list<Value>(_ values: [Value], _ write: (inout RecordWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }
}

/// Reads what `RecordWriter` wrote; any malformed or short record reads as nil.
struct RecordReader {
    private let storage: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.storage = bytes
        self.index = bytes.startIndex
    }

    var isAtEnd: Bool { index == storage.endIndex }

    /// Where the next read starts, as an index into the bytes it was given.
    var position: Int { index }

    mutating func int() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < storage.endIndex, shift < 64 {
            let byte = storage[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        return nil
    }

    mutating func bool() -> Bool? {
        guard index < storage.endIndex, storage[index] <= 1 else { return nil }
        defer { index += 1 }
        return storage[index] == 1
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, count <= storage.endIndex - index else { return nil }
        defer { index += count }
        return String(decoding: storage[index..<(index + count)], as: UTF8.self)
    }

    mutating func blob() -> ArraySlice<UInt8>? {
        guard let count = int(), count >= 0, count <= storage.endIndex - index else { return nil }
        defer { index += count }
        return storage[index..<(index + count)]
    }

    /// A value that may be absent: `.some(nil)` when absent, nil when the record is malformed.
    mutating func optional<Value>(_ read: (inout RecordReader) -> Value?) -> Value?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = read(&self) else { return nil }
        return .some(value)
    }

    mutating func list<Value>(_ read: (inout RecordReader) -> Value?) -> [Value]? {
        guard let count = int(), count >= 0, count <= storage.endIndex - index else { return nil }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }

    mutating func strings() -> [String]? { list { $0.string() } }
}
