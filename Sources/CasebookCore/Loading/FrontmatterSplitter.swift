import Foundation

/// A content file cut in two: its YAML frontmatter and its Markdown body.
struct SplitFile: Hashable, Sendable {
    /// The frontmatter, without the `---` lines.
    var frontmatter: String
    /// The line of the file on which the frontmatter's first line is (always 2).
    var frontmatterStartLine: Int
    /// The Markdown body.
    var body: String
    /// The line of the file on which the body starts.
    var bodyStartLine: Int
}

/// Finds the frontmatter between a first line `---` and the next line `---`.
enum FrontmatterSplitter {
    /// Why a file could not be split.
    enum Problem: Error, Hashable, Sendable {
        /// The file has nothing in it.
        case emptyFile
        /// The first line is not `---`.
        case missingFrontmatter
        /// No line `---` closes the frontmatter.
        case unterminatedFrontmatter
    }

    /// Splits checked text, making a String of the frontmatter, and of the body when the text keeps it.
    static func split(_ text: ContentText) -> Result<SplitFile, Problem> {
        guard let found = text.withBytes(fences) else {
            // A file that does not split is rare: the String rules tell why.
            return split(text.string)
        }
        return .success(
            SplitFile(
                frontmatter: text.string(found.frontmatter), frontmatterStartLine: 2,
                body: text.keepsBody ? text.string(found.body) : "", bodyStartLine: found.bodyStartLine))
    }

    /// Where the body of `text` is, as byte offsets, when the file splits; nil when it does not
    /// (`split` then tells why).
    static func bodyOffsets(in text: ContentText) -> Range<Int>? {
        text.withBytes(fences)?.body
    }

    /// Where the frontmatter and body of a file that splits are, as byte offsets; the same
    /// search as `split(_: String)` on the bytes, with `memchr` finding each line's end.
    private static func fences(in bytes: UnsafeBufferPointer<UInt8>) -> (
        frontmatter: Range<Int>, body: Range<Int>, bodyStartLine: Int
    )? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        func endOfLine(from start: Int) -> Int {
            guard start < count, let found = memchr(base + start, 0x0A, count - start) else { return count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        func isFence(_ start: Int, _ end: Int) -> Bool {
            end - start == 3 && base[start] == UInt8(ascii: "-") && base[start + 1] == UInt8(ascii: "-")
                && base[start + 2] == UInt8(ascii: "-")
        }
        let firstEnd = endOfLine(from: 0)
        guard isFence(0, firstEnd), firstEnd < count else { return nil }
        let frontmatterStart = firstEnd + 1
        var start = frontmatterStart
        var line = 2
        while true {
            let end = endOfLine(from: start)
            if isFence(start, end) {
                let frontmatterEnd = start > frontmatterStart ? start - 1 : start
                let bodyStart = end < count ? end + 1 : count
                return (frontmatterStart..<frontmatterEnd, bodyStart..<count, line + 1)
            }
            guard end < count else { return nil }
            start = end + 1
            line += 1
        }
    }

    /// Splits normalized text (LF line endings, no byte-order mark).
    static func split(_ text: String) -> Result<SplitFile, Problem> {
        if text.allSatisfy(\.isWhitespace) { return .failure(.emptyFile) }
        // Scans UTF-8 bytes for the two `---` lines; bodies are long and need no splitting.
        let utf8 = text.utf8
        func endOfLine(from start: String.Index) -> String.Index {
            utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        }
        func isFence(_ start: String.Index, _ end: String.Index) -> Bool {
            utf8[start..<end].elementsEqual("---".utf8)
        }
        let firstEnd = endOfLine(from: utf8.startIndex)
        guard isFence(utf8.startIndex, firstEnd) else { return .failure(.missingFrontmatter) }
        guard firstEnd < utf8.endIndex else { return .failure(.unterminatedFrontmatter) }
        let frontmatterStart = utf8.index(after: firstEnd)
        var start = frontmatterStart
        var line = 2
        while true {
            let end = endOfLine(from: start)
            if isFence(start, end) {
                let frontmatterEnd = start > frontmatterStart ? utf8.index(before: start) : start
                let body = end < utf8.endIndex ? String(text[utf8.index(after: end)...]) : ""
                return .success(
                    SplitFile(
                        frontmatter: String(text[frontmatterStart..<frontmatterEnd]), frontmatterStartLine: 2,
                        body: body, bodyStartLine: line + 1))
            }
            guard end < utf8.endIndex else { return .failure(.unterminatedFrontmatter) }
            start = utf8.index(after: end)
            line += 1
        }
    }
}
