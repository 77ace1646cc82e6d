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

    /// Over the string's bytes, copying each run that needs no escape at once: search.json
    /// holds the words of every body, and walking a String's UTF-8 view index by index cost
    /// most of a rebuild that changed one case.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                default:
                    let hex = String(byte, radix: 16)
                    output += ("\\u00" + (hex.count == 1 ? "0" + hex : hex)).utf8
                }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
