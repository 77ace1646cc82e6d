/// The line scanner behind `MarkdownLint`: it follows code blocks, HTML blocks and containers
/// well enough to know which text is Markdown, then hands each line to the inline scanner.
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

    private var fence: (character: Unicode.Scalar, length: Int)?
    var htmlBlockEnd: String?
    var insideHTMLBlock = false
    private var previousWasBlank = true
    private var previousWasCode = false
    /// In a list item or footnote definition, where indented lines continue the container.
    private var insideContainer = false

    mutating func scan(_ body: String) {
        // Splitting the UTF-8 bytes avoids grapheme breaking; "\n" is always a boundary.
        let rawLines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, rawLine) in rawLines.enumerated() {
            var line = Array(Substring(rawLine).unicodeScalars)
            if line.last == "\r" { line.removeLast() }
            scanLine(line, number: index + 1)
        }
    }

    private mutating func scanLine(_ line: [Unicode.Scalar], number: Int) {
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
                if String(String.UnicodeScalarView(line)).lowercased().contains(end) {
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

    static func indentation(of line: [Unicode.Scalar]) -> (columns: Int, start: Int) {
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

    static func fenceRun(in line: [Unicode.Scalar], from start: Int, of character: Unicode.Scalar) -> Int {
        var end = start
        while end < line.count && line[end] == character { end += 1 }
        return end - start
    }

    static func openingFence(in line: [Unicode.Scalar], from start: Int) -> (
        character: Unicode.Scalar, length: Int
    )? {
        guard start < line.count, line[start] == "`" || line[start] == "~" else { return nil }
        let character = line[start]
        let length = fenceRun(in: line, from: start, of: character)
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not hold a backtick (that would be a code span).
        if character == "`" && line[(start + length)...].contains("`") { return nil }
        return (character, length)
    }

    /// The index after a list marker and its space (`- `, `* `, `+ `, `1. `, `1) `), if any.
    static func listMarkerEnd(in line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        if line[index] == "-" || line[index] == "*" || line[index] == "+" {
            index += 1
        } else {
            while index < line.count && index - start < 9 && ("0"..."9").contains(line[index]) { index += 1 }
            guard index > start, index < line.count, line[index] == "." || line[index] == ")" else {
                return nil
            }
            index += 1
        }
        guard index == line.count || line[index] == " " || line[index] == "\t" else { return nil }
        return index
    }
}
