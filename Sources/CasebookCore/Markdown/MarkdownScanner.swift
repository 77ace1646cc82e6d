import Foundation

/// The line scanner behind `MarkdownLint`: it follows code blocks, HTML blocks and containers
/// well enough to know which text is Markdown, then hands each line to the inline scanner.
///
/// It works on UTF-8 bytes: every character it looks for is ASCII, and no byte of a multi-byte
/// character is, so no decoding is needed; positions are turned into scalar columns when one is
/// recorded.
struct MarkdownScanner {
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    var references: [(label: String, position: Position)] = []
    var definitions: [(label: String, position: Position)] = []
    var htmlTags: [(tag: String, position: Position)] = []
    var links: [MarkdownLinkDestination] = []
    /// Open `[` (and `![`) of the current paragraph: whether each is an image's.
    var openBrackets: [Bool] = []

    private var fence: (character: UInt8, length: Int)?
    var htmlBlockEnd: String?
    var insideHTMLBlock = false
    private var previousWasBlank = true
    private var previousWasCode = false
    /// In a list item or footnote definition, where indented lines continue the container.
    private var insideContainer = false

    /// A line's bytes, without its line ending, indexed from 0.
    typealias Line = UnsafeBufferPointer<UInt8>

    mutating func scan(_ body: String) {
        var body = body
        body.withUTF8 { scan(bytes: $0) }
    }

    /// Scans a body given as its UTF-8 bytes (valid UTF-8).
    mutating func scan(bytes: UnsafeBufferPointer<UInt8>) {
        // The body's own UTF-8 bytes, cut at "\n" (always a boundary) into views of them: no
        // line is copied, and reading a buffer is not bounds-checked in a release build.
        var start = 0
        var number = 1
        while start <= bytes.count {
            // libc's memchr finds the line feed many bytes at a time.
            var end = bytes.count
            if let base = bytes.baseAddress, start < bytes.count,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            {
                end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            scanLine(Line(rebasing: bytes[start..<lineEnd]), number: number)
            start = end + 1
            number += 1
        }
    }

    private mutating func scanLine(_ line: Line, number: Int) {
        let (indent, start) = Self.indentation(of: line)
        let isBlank = start == line.count
        defer { previousWasBlank = isBlank }

        if let open = fence {
            if indent <= 3 || insideContainer,
                Self.fenceRun(in: line, from: start, of: open.character) >= open.length,
                line[(start + Self.fenceRun(in: line, from: start, of: open.character))...].allSatisfy({
                    $0 == " " || $0 == "\t"
                })
            {
                fence = nil
            }
            return
        }
        if insideHTMLBlock {
            if let end = htmlBlockEnd {
                if String(decoding: line, as: UTF8.self).lowercased().contains(end) {
                    insideHTMLBlock = false
                }
            } else if isBlank {
                insideHTMLBlock = false
            }
            return
        }
        if isBlank {
            openBrackets.removeAll()
            return
        }
        if indent >= 4 && !insideContainer && (previousWasBlank || previousWasCode) {
            previousWasCode = true
            return
        }
        previousWasCode = false
        if indent <= 3 || insideContainer, let opened = Self.openingFence(in: line, from: start) {
            fence = opened
            return
        }
        if indent <= 3, line[start] == "<", startHTMLBlock(line, from: start, number: number) {
            return
        }
        var position = start
        if indent <= 3, let afterMarker = Self.listMarkerEnd(in: line, from: start) {
            insideContainer = true
            position = afterMarker
        } else if indent == 0 && previousWasBlank {
            insideContainer = false
        }
        if indent <= 3, let afterDefinition = scanDefinition(line, from: position, number: number) {
            insideContainer = true
            position = afterDefinition
        }
        scanInline(line, from: position, number: number)
    }

    static func indentation(of line: Line) -> (columns: Int, start: Int) {
        var columns = 0
        var index = 0
        while index < line.count {
            if line[index] == " " {
                columns += 1
            } else if line[index] == "\t" {
                columns += 4 - columns % 4
            } else {
                break
            }
            index += 1
        }
        return (columns, index)
    }

    static func fenceRun(in line: Line, from start: Int, of character: UInt8) -> Int {
        var end = start
        while end < line.count && line[end] == character { end += 1 }
        return end - start
    }

    static func openingFence(in line: Line, from start: Int) -> (
        character: UInt8, length: Int
    )? {
        guard start < line.count, line[start] == "`" || line[start] == "~" else { return nil }
        let character = line[start]
        let length = fenceRun(in: line, from: start, of: character)
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not hold a backtick (that would be a code span).
        if character == "`" && line[(start + length)...].contains(UInt8(ascii: "`")) { return nil }
        return (character, length)
    }

    /// The index after a list marker and its space (`- `, `* `, `+ `, `1. `, `1) `), if any.
    static func listMarkerEnd(in line: Line, from start: Int) -> Int? {
        var index = start
        if line[index] == "-" || line[index] == "*" || line[index] == "+" {
            index += 1
        } else {
            while index < line.count && index - start < 9 && isDigit(line[index]) { index += 1 }
            guard index > start, index < line.count, line[index] == "." || line[index] == ")" else {
                return nil
            }
            index += 1
        }
        guard index == line.count || line[index] == " " || line[index] == "\t" else { return nil }
        return index
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The 1-based column, in Unicode scalars, of the byte at `index`: bytes that continue a
    /// multi-byte character (0b10xxxxxx) do not start a column.
    static func column(at index: Int, in line: Line) -> Int {
        let end = min(index, line.count)
        var continuing = 0
        var offset = 0
        // Footnote references sit at the ends of long paragraph lines: the bytes before one are
        // counted eight at a time. A continuation byte has its high bit set and the next clear.
        if let bytes = line.baseAddress {
            while offset &+ 8 <= end {
                let word = ByteWord.load(bytes + offset)
                continuing &+= (word & ~(word << 1) & ByteWord.highBits).nonzeroBitCount
                offset &+= 8
            }
        }
        while offset < end {
            if line[offset] & 0xC0 == 0x80 { continuing += 1 }
            offset += 1
        }
        return 1 + end - continuing
    }
}

// The scanner compares bytes with ASCII character literals: `byte == "["`, `case "[":`.
extension UInt8 {
    static func == (byte: UInt8, character: Unicode.Scalar) -> Bool { UInt32(byte) == character.value }
    static func != (byte: UInt8, character: Unicode.Scalar) -> Bool { UInt32(byte) != character.value }
    static func ~= (character: Unicode.Scalar, byte: UInt8) -> Bool { UInt32(byte) == character.value }
}
