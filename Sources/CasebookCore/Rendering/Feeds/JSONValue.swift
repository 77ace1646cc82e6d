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
        var output = ""
        write(into: &output, indent: 0)
        return output + "\n"
    }

    /// Appends the value, its nested lines indented by `indent` spaces and two more per level.
    func write(into output: inout String, indent: Int) {
        switch self {
        case .string(let text): Self.writeString(text, into: &output)
        case .number(let number): output += String(number)
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                item.write(into: &output, indent: indent + 2)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            let present = members.filter { $0.value != .null }.sorted { $0.key < $1.key }
            guard !present.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in present.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                Self.writeString(member.key, into: &output)
                output += ": "
                member.value.write(into: &output, indent: indent + 2)
                output += index == present.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        var start = text.utf8.startIndex
        for index in text.utf8.indices {
            let byte = text.utf8[index]
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
            output += text[start..<index]
            output += escape
            start = text.utf8.index(after: index)
        }
        output += text[start...]
        output += "\""
    }
}
