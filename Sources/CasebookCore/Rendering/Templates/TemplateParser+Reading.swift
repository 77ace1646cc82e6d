/// The low-level reads of `TemplateParser`: text, names, delimiters, line ends.
extension TemplateParser {
    /// The bytes a name may hold, one flag per byte value: a table costs a load per byte where a
    /// `Set` hashed every byte of every name.
    static let nameBytes = byteTable("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")
    static let partialNameBytes = byteTable(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()/")

    private static func byteTable(_ allowed: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in allowed.utf8 { table[Int(byte)] = true }
        return table
    }

    /// The length of the line break at `index` (CR LF counts as one), or nil.
    func newlineLength(at index: Int) -> Int? {
        Self.newlineLength(in: bytes, at: index)
    }

    static func newlineLength(in bytes: [UInt8], at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C: return 1
        default: return nil
        }
    }

    /// The offsets where the lines of `bytes` start: 0, and the byte after each line break.
    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var cursor = 0
        while cursor < bytes.count {
            if let length = newlineLength(in: bytes, at: cursor) {
                cursor += length
                starts.append(cursor)
            } else {
                cursor += 1
            }
        }
        return starts
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return bytes[start..<position]
    }

    mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    /// Text up to a line break (left unread) or a tag's opening delimiter (read).
    mutating func readTextUntilTagOrNewline(_ open: [UInt8]) -> [UInt8] {
        var text: [UInt8] = []
        while position < bytes.count {
            if newlineLength(at: position) != nil { break }
            if bytes[position] == open[0], matches(open, at: position) {
                position += open.count
                break
            }
            text.append(bytes[position])
            position += 1
        }
        return text
    }

    func matches(_ needle: [UInt8], at index: Int) -> Bool {
        index + needle.count <= bytes.count && bytes[index..<index + needle.count].elementsEqual(needle)
    }

    func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if matches(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// True when only spaces or tabs remain on the line; reads them and the line break if so.
    mutating func lineFinishes() -> Bool {
        if position >= bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard let newline = newlineLength(at: index) else { return false }
        position = index + newline
        return true
    }

    /// The 1-based line and column of byte `index` (columns count characters).
    func location(of index: Int) -> (line: Int, column: Int) {
        // The last line that starts at or before `index` (a line break that ends the text
        // starts a line of its own, as when counting the breaks one by one).
        let end = min(index, bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= end { low = middle } else { high = middle - 1 }
        }
        let line = low + 1
        let lineStart = lineStarts[low]
        let column = String(
            decoding: bytes[lineStart..<min(max(index, lineStart), bytes.count)], as: UTF8.self
        ).count
        return (line, column + 1)
    }

    func error(at place: (line: Int, column: Int), _ message: String) -> TemplateError {
        .syntax(path: path, line: place.line, column: place.column, message: message)
    }

    private mutating func readRawName(
        _ allowed: [Bool], close: [UInt8], at place: (line: Int, column: Int)
    )
        throws -> String
    {
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed[Int(bytes[position])] { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(close, at: position) else { throw error(at: place, "unfinished tag name") }
        position += close.count
        return name
    }

    /// A variable, section or block name and the closing delimiter after it.
    mutating func readName(_ close: [UInt8], at place: (line: Int, column: Int)) throws -> TemplateName {
        let name = try readRawName(Self.nameBytes, close: close, at: place)
        // The name holds only the ASCII bytes of `nameBytes`, so it is checked byte by byte:
        // Foundation's substring search cost more than the rest of the parse.
        let bytes = name.utf8
        if bytes.isEmpty { throw error(at: place, "a tag needs a name") }
        if bytes.contains(UInt8(ascii: "(")) || bytes.contains(UInt8(ascii: ")")) {
            throw error(at: place, "transforms such as \(name) are not supported")
        }
        let dot = UInt8(ascii: ".")
        let doubleDot = zip(bytes, bytes.dropFirst()).contains { $0 == dot && $1 == dot }
        if name != ".", bytes.first == dot || bytes.last == dot || doubleDot {
            throw error(at: place, "\(name) is not a valid name")
        }
        if bytes.contains(UInt8(ascii: "*")) { throw error(at: place, "\(name) is not a valid name") }
        return TemplateName(name, line: place.line, column: place.column)
    }

    /// A partial's name and the closing delimiter after it.
    mutating func readPartialName(_ close: [UInt8], at place: (line: Int, column: Int)) throws -> String {
        skipWhitespace()
        let name = try readRawName(Self.partialNameBytes, close: close, at: place)
        if name.isEmpty { throw error(at: place, "a partial needs a name") }
        if name.utf8.contains(UInt8(ascii: "*")) || name.utf8.contains(UInt8(ascii: "(")) {
            throw error(at: place, "dynamic partials such as \(name) are not supported")
        }
        return name
    }

    /// `{{=<% %>=}}`: new opening and closing delimiters.
    mutating func readDelimiters(
        _ open: inout [UInt8], _ close: inout [UInt8], at place: (line: Int, column: Int)
    )
        throws
    {
        skipWhitespace()
        var start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]) { position += 1 }
        let newOpen = Array(bytes[start..<position])
        skipWhitespace()
        start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]),
            bytes[position] != UInt8(ascii: "=")
        {
            position += 1
        }
        let newClose = Array(bytes[start..<position])
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "="), matches(close, at: position + 1),
            !newOpen.isEmpty, !newClose.isEmpty
        else { throw error(at: place, "invalid set-delimiter tag") }
        position += 1 + close.count
        open = newOpen
        close = newClose
    }
}
