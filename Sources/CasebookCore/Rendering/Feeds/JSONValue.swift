/// A JSON value with object keys kept sorted, written by hand: Foundation's JSONEncoder was a
/// tenth of a rebuild, and its key order and spacing are not ours to keep stable.
enum JSONValue: Equatable, Sendable {
    case string(String)
    case number(Int)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    /// A string, or null when absent.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Pretty-printed JSON with two-space indentation and sorted keys, ending with a newline.
    var pretty: String {
        var output: [UInt8] = []
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value as UTF-8, its nested lines indented by `indent` spaces and two more per
    /// level. Bytes, not a String: cases.json is the largest file of a build, and a String would
    /// have to be copied once more into the file's bytes.
    func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.writeString(text, into: &output)
        case .number(let number): output += String(number).utf8
        case .null: output += "null".utf8
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]".utf8
                return
            }
            output += "[\n".utf8
            for (index, item) in items.enumerated() {
                Self.writeIndent(indent + 2, into: &output)
                item.write(into: &output, indent: indent + 2)
                output += (index == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.writeIndent(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            let present = members.filter { $0.value != .null }.sorted { $0.key < $1.key }
            guard !present.isEmpty else {
                output += "{}".utf8
                return
            }
            output += "{\n".utf8
            for (index, member) in present.enumerated() {
                Self.writeIndent(indent + 2, into: &output)
                Self.writeString(member.key, into: &output)
                output += ": ".utf8
                member.value.write(into: &output, indent: indent + 2)
                output += (index == present.count - 1 ? "\n" : ",\n").utf8
            }
            Self.writeIndent(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeIndent(_ width: Int, into output: inout [UInt8]) {
        output += repeatElement(UInt8(ascii: " "), count: width)
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        var start = utf8.startIndex
        for index in utf8.indices {
            let byte = utf8[index]
            let escape: String
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                escape = "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            default: continue
            }
            output += utf8[start..<index]
            output += escape.utf8
            start = utf8.index(after: index)
        }
        output += utf8[start...]
        output.append(UInt8(ascii: "\""))
    }
}
