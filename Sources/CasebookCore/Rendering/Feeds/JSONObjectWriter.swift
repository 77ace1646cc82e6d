/// Writes one JSON object member by member, straight into a file's bytes, laid out exactly as
/// `JSONValue.write(into:indent:)` lays out an object: a member on each line, two more spaces
/// than the object, a null member left out, `{}` for an object with no member. A `JSONValue`
/// sorts its keys for every object it writes, which cost more than the rest of cases.json: the
/// caller gives the members in sorted order instead, and a test holds the two to the same bytes.
struct JSONObjectWriter {
    /// The indentation of the object's opening line.
    let indent: Int
    private var members = 0

    /// An object whose lines are indented by `indent` spaces (its members by two more).
    init(indent: Int) {
        self.indent = indent
    }

    /// A string member; nothing when `value` is nil, as `JSONValue` leaves out a null.
    mutating func member(_ key: StaticString, _ value: String?, into output: inout [UInt8]) {
        guard let value else { return }
        writeKey(key, into: &output)
        JSONValue.writeString(value, into: &output)
    }

    /// A list of strings, `[]` when empty.
    mutating func member(_ key: StaticString, strings: [String], into output: inout [UInt8]) {
        writeKey(key, into: &output)
        writeArray(strings, into: &output) { string, _, output in JSONValue.writeString(string, into: &output)
        }
    }

    /// A list of objects, each written by `write` with the writer it is given, `[]` when empty.
    mutating func member<Item>(
        _ key: StaticString, objects: [Item],
        into output: inout [UInt8], _ write: (Item, inout JSONObjectWriter, inout [UInt8]) -> Void
    ) {
        writeKey(key, into: &output)
        writeArray(objects, into: &output) { item, indent, output in
            var object = JSONObjectWriter(indent: indent)
            write(item, &object, &output)
            object.finish(into: &output)
        }
    }

    /// Closes the object.
    func finish(into output: inout [UInt8]) {
        guard members > 0 else {
            output += "{}".utf8
            return
        }
        output.append(UInt8(ascii: "\n"))
        Self.writeIndent(indent, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// The separator before a member, its indentation and its key. Keys are written as they
    /// are given: the ones Casebook writes are plain ASCII words that need no escape. Byte by
    /// byte: appending a short String's UTF-8 view cost more than the key's value did.
    private mutating func writeKey(_ key: StaticString, into output: inout [UInt8]) {
        output.append(members == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
        output.append(UInt8(ascii: "\n"))
        members += 1
        Self.writeIndent(indent + 2, into: &output)
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
    }

    /// An array at the members' depth, each item on its own line two spaces further in.
    private func writeArray<Item>(
        _ items: [Item], into output: inout [UInt8], _ write: (Item, Int, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: "["))
        guard !items.isEmpty else {
            output.append(UInt8(ascii: "]"))
            return
        }
        output.append(UInt8(ascii: "\n"))
        for (index, item) in items.enumerated() {
            Self.writeIndent(indent + 4, into: &output)
            write(item, indent + 4, &output)
            if index < items.count - 1 { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "\n"))
        }
        Self.writeIndent(indent + 2, into: &output)
        output.append(UInt8(ascii: "]"))
    }

    private static func writeIndent(_ width: Int, into output: inout [UInt8]) {
        for _ in 0..<width { output.append(UInt8(ascii: " ")) }
    }
}
