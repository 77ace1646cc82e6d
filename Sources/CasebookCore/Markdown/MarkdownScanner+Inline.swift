import Foundation

extension MarkdownScanner {
    /// Records `[^label]:` (and link reference definitions) at `start`; returns where the rest of
    /// the line begins.
    mutating func scanDefinition(_ line: Line, from start: Int, number: Int) -> Int? {
        guard start < line.count, line[start] == "[", let close = Self.closingBracket(in: line, after: start),
            close + 1 < line.count, line[close + 1] == ":"
        else { return nil }
        // `[^label]:` with an ASCII character after the caret, nearly every definition, is
        // read from its bytes: the caret is a character of its own then.
        if line[start + 1] == "^", close > start + 2, line[start + 2] < 0x80 {
            definitions.append(
                (
                    Self.normalizedLabel(Line(rebasing: line[(start + 2)..<close])),
                    Position(line: number, column: Self.column(at: start, in: line))
                ))
            return close + 2
        }
        let label = String(decoding: line[(start + 1)..<close], as: UTF8.self)
        if label.hasPrefix("^") && label.count > 1 {
            definitions.append(
                (
                    Self.normalized(String(label.dropFirst())),
                    Position(line: number, column: Self.column(at: start, in: line))
                ))
            return close + 2
        }
        // `[label]: destination` defines where reference links point.
        var index = close + 2
        while index < line.count && (line[index] == " " || line[index] == "\t") { index += 1 }
        guard index < line.count else { return nil }
        if let (destination, column, _) = Self.destination(in: line, from: index) {
            links.append(MarkdownLinkDestination(destination, line: number, column: column))
        }
        return line.count
    }

    mutating func scanInline(_ line: Line, from start: Int, number: Int) {
        var index = start
        while index < line.count {
            // Most bytes are plain text, skipped eight at a time.
            index = Self.nextInlineStart(in: line, from: index)
            guard index < line.count else { break }
            switch line[index] {
            case "\\":
                index += 2
            case "`":
                let run = Self.fenceRun(in: line, from: index, of: UInt8(ascii: "`"))
                index = Self.closingBackticks(in: line, after: index + run, length: run) ?? index + run
            case "<":
                index = scanAngleBracket(line, at: index, number: number)
            case "!" where index + 1 < line.count && line[index + 1] == "[":
                openBrackets.append(true)
                index += 2
            case "[":
                if index + 1 < line.count, line[index + 1] == "^",
                    let close = Self.closingBracket(in: line, after: index),
                    close > index + 2
                {
                    references.append(
                        (
                            Self.normalizedLabel(Line(rebasing: line[(index + 2)..<close])),
                            Position(line: number, column: Self.column(at: index, in: line))
                        ))
                    index = close + 1
                } else {
                    openBrackets.append(false)
                    index += 1
                }
            case "]":
                let isImage = openBrackets.popLast()
                index += 1
                if let isImage, index < line.count, line[index] == "(" {
                    var destinationStart = index + 1
                    while destinationStart < line.count
                        && (line[destinationStart] == " " || line[destinationStart] == "\t")
                    {
                        destinationStart += 1
                    }
                    if let (destination, column, end) = Self.destination(in: line, from: destinationStart) {
                        links.append(
                            MarkdownLinkDestination(
                                destination, isImage: isImage, line: number, column: column))
                        index = end
                    }
                }
            default:
                index += 1
            }
        }
    }

    /// True for the bytes `scanInline` acts on: backslash, backtick, `<`, `!`, `[` and `]`.
    @inline(__always)
    static func mayStartInline(_ byte: UInt8) -> Bool {
        // Bit n of the first mask is byte n (0-63), of the second byte 64 + n.
        let low: UInt64 = 1 << 0x21 | 1 << 0x3C
        let high: UInt64 = 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x60 - 64)
        if byte < 64 { return low >> UInt64(byte) & 1 != 0 }
        if byte < 128 { return high >> UInt64(byte - 64) & 1 != 0 }
        return false
    }

    /// The index of the first byte from `index` on that `mayStartInline`, or the line's end.
    static func nextInlineStart(in line: Line, from index: Int) -> Int {
        var index = index
        if let bytes = line.baseAddress {
            while index &+ 8 <= line.count {
                let found = inlineStarts(in: ByteWord.load(bytes + index))
                // The lowest byte marked is the first one acted on, and no byte before it is.
                if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < line.count && !mayStartInline(line[index]) { index += 1 }
        return index
    }

    /// The high bit of each byte of `word` that `mayStartInline`, and maybe of bytes above the
    /// first such byte, none below it. A byte of `word` equals `byte` when that byte of
    /// `word ^ byte * ones` is zero, and the test for a zero byte, `(x - ones) & ~x`, marks it
    /// exactly: a borrow starts at a zero byte and reaches only the bytes above it.
    @inline(__always)
    static func inlineStarts(in word: UInt64) -> UInt64 {
        func zeros(_ x: UInt64) -> UInt64 { (x &- ByteWord.ones) & ~x }
        func holds(_ byte: UInt64) -> UInt64 { zeros(word ^ (ByteWord.ones &* byte)) }
        // `\` (0x5C) and `]` (0x5D) differ in their lowest bit only: one test finds both.
        let backslashOrClose = zeros((word | ByteWord.ones) ^ (ByteWord.ones &* 0x5D))
        return (holds(0x21) | holds(0x3C) | holds(0x5B) | holds(0x60) | backslashOrClose) & ByteWord.highBits
    }

    /// Handles `<`: an autolink (a destination), an HTML comment (skipped) or a tag (raw HTML).
    private mutating func scanAngleBracket(_ line: Line, at start: Int, number: Int) -> Int {
        guard let base = line.baseAddress,
            let found = memchr(base + start, Int32(UInt8(ascii: ">")), line.count - start)
        else { return start + 1 }
        let close = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        // Tested on its bytes: a String is made only of an autolink's destination, which is kept.
        let inside = Line(rebasing: line[(start + 1)..<close])
        if Self.isAutolinkURL(bytes: inside) {
            links.append(
                MarkdownLinkDestination(
                    String(decoding: inside, as: UTF8.self), line: number,
                    column: Self.column(at: start + 1, in: line)))
            return close + 1
        }
        if let tag = Self.tagName(in: line, at: start) {
            htmlTags.append((tag, Position(line: number, column: Self.column(at: start, in: line))))
            return close + 1
        }
        return start + 1
    }

    /// Starts skipping an HTML block when the line opens one; reports it once.
    mutating func startHTMLBlock(_ line: Line, from start: Int, number: Int) -> Bool {
        let rest = String(decoding: line[start...], as: UTF8.self).lowercased()
        if rest.hasPrefix("<!--") {
            // Comments are dropped quietly: editors leave notes to each other in them.
            htmlBlockEnd = "-->"
            insideHTMLBlock = !rest.dropFirst(4).contains("-->")
            return true
        }
        guard let tag = Self.tagName(in: line, at: start) else { return false }
        htmlTags.append((tag, Position(line: number, column: Self.column(at: start, in: line))))
        let rawTextTags = ["script", "pre", "style", "textarea"]
        if rawTextTags.contains(tag) {
            htmlBlockEnd = "</" + tag
            insideHTMLBlock = !rest.dropFirst(tag.utf8.count + 1).contains("</" + tag)
        } else {
            htmlBlockEnd = nil
            insideHTMLBlock = true
        }
        return true
    }

    /// The lowercased name of an HTML tag opening (or closing) at `start`, if one does.
    static func tagName(in line: Line, at start: Int) -> String? {
        var index = start + 1
        if index < line.count && line[index] == "/" { index += 1 }
        let nameStart = index
        guard index < line.count, Self.isASCIILetter(line[index]) else { return nil }
        while index < line.count
            && (Self.isASCIILetter(line[index]) || isDigit(line[index]) || line[index] == "-")
        {
            index += 1
        }
        guard index == line.count || " \t/>".utf8.contains(line[index]) else { return nil }
        return String(decoding: line[nameStart..<index], as: UTF8.self).lowercased()
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8.contains(byte)
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Whether `<text>` is a URL autolink: a scheme of 2–32 characters, a colon, no spaces.
    static func isAutolinkURL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isAutolinkURL(bytes: $0) }
    }

    /// `isAutolinkURL` of text given as its UTF-8 bytes.
    static func isAutolinkURL(bytes: Line) -> Bool {
        // Read as UTF-8, as CommonMark defines the scheme: every byte it allows is ASCII.
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = bytes[..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.first, isASCIILetter(first),
            scheme.allSatisfy({
                isASCIILetter($0) || isDigit($0)
                    || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            })
        else { return false }
        return !bytes.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "<") || $0 < 0x20 }
    }

    /// The index of the `]` that closes the `[` at `start` on this line (no nesting, escapes skipped).
    static func closingBracket(in line: Line, after start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            switch line[index] {
            case "\\": index += 2
            case "[": return nil
            case "]": return index
            default: index += 1
            }
        }
        return nil
    }

    /// The index just after a closing backtick run of exactly `length`, if the line has one.
    static func closingBackticks(in line: Line, after start: Int, length: Int) -> Int? {
        var index = start
        while index < line.count {
            if line[index] == "`" {
                let run = fenceRun(in: line, from: index, of: UInt8(ascii: "`"))
                if run == length { return index + run }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// A link destination at `start`: `<…>` or a run without spaces and with balanced
    /// parentheses. Returns it unescaped, its 1-based column and the index after it.
    static func destination(in line: Line, from start: Int) -> (String, Int, Int)? {
        guard start < line.count else { return nil }
        var bytes: [UInt8] = []
        if line[start] == "<" {
            var index = start + 1
            while index < line.count && line[index] != ">" {
                if line[index] == "\\" && index + 1 < line.count && isASCIIPunctuation(line[index + 1]) {
                    index += 1
                }
                bytes.append(line[index])
                index += 1
            }
            return index < line.count
                ? (String(decoding: bytes, as: UTF8.self), column(at: start + 1, in: line), index + 1) : nil
        }
        var index = start
        var depth = 0
        while index < line.count {
            let byte = line[index]
            if byte == " " || byte == "\t" { break }
            if byte == "(" { depth += 1 }
            if byte == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            // A backslash escapes ASCII punctuation only; elsewhere it is literal.
            if byte == "\\" && index + 1 < line.count && isASCIIPunctuation(line[index + 1]) {
                index += 1
            }
            bytes.append(line[index])
            index += 1
        }
        return bytes.isEmpty
            ? nil : (String(decoding: bytes, as: UTF8.self), column(at: start, in: line), index)
    }

    /// Footnote labels match case-insensitively, as in cmark.
    static func normalized(_ label: String) -> String {
        label.lowercased()
    }

    /// `normalized` of a label given as its UTF-8 bytes. An ASCII label, nearly every one, is
    /// lowered byte by byte (`lowercased` changes only A to Z in ASCII) with no String made first.
    static func normalizedLabel(_ label: Line) -> String {
        guard label.allSatisfy({ $0 < 0x80 }) else {
            return normalized(String(decoding: label, as: UTF8.self))
        }
        return String(unsafeUninitializedCapacity: label.count) { buffer in
            for (offset, byte) in label.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return label.count
        }
    }

    func report() -> MarkdownLintReport {
        var findings: [MarkdownLintFinding] = []
        // Sized at once: a set grown insert by insert hashes its labels again at every step.
        var defined = Set<String>(minimumCapacity: definitions.count)
        for definition in definitions {
            if !defined.insert(definition.label).inserted {
                findings.append(finding(.duplicateFootnote(label: definition.label), at: definition.position))
            }
        }
        let referenced = Set(references.map(\.label))
        for reference in references where !defined.contains(reference.label) {
            findings.append(finding(.undefinedFootnote(label: reference.label), at: reference.position))
        }
        var reported: Set<String> = []
        for definition in definitions where !referenced.contains(definition.label) {
            if reported.insert(definition.label).inserted {
                findings.append(
                    finding(.unreferencedFootnote(label: definition.label), at: definition.position))
            }
        }
        for tag in htmlTags {
            findings.append(finding(.rawHTML(tag: tag.tag), at: tag.position))
        }
        findings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return MarkdownLintReport(findings: findings, links: links)
    }

    private func finding(_ kind: MarkdownLintFinding.Kind, at position: Position) -> MarkdownLintFinding {
        MarkdownLintFinding(kind, line: position.line, column: position.column)
    }
}
