import CCmarkArena
import Foundation
import Testing

@testable import CasebookCore

/// cmark-gfm allocates from an arena per thread (CCmarkArena): documents larger than its chunks,
/// buffers that grow past them, and parses on many threads at once must give the same trees as
/// ever, and each parse must give its memory back.
@Suite struct MarkdownArenaTests {
    /// A body whose paragraph, code block and table each outgrow the arena's 64 KB chunks.
    static func largeBody(words: Int) -> (text: String, paragraph: String, code: String) {
        let paragraph = (0..<words).map { "słowo\($0)" }.joined(separator: " ")
        let code = (0..<words).map { "let value\($0) = \($0)" }.joined(separator: "\n") + "\n"
        let rows = (0..<words / 10).map { "| \($0) | ячейка \($0) |" }.joined(separator: "\n")
        let text =
            "# Большой\n\n" + paragraph + "\n\n```\n" + code + "```\n\n| a | b |\n| - | - |\n" + rows + "\n"
        return (text, paragraph, code)
    }

    @Test func aBodyLargerThanAChunkParsesWhole() throws {
        let body = Self.largeBody(words: 20_000)
        let blocks = MarkdownParser.parse(body.text).blocks
        #expect(blocks.count == 4)
        guard case .paragraph(let inlines, _) = blocks[1] else {
            Issue.record("no paragraph: \(blocks[1])")
            return
        }
        #expect(inlines.plainText == body.paragraph)
        guard case .codeBlock(_, let code) = blocks[2] else {
            Issue.record("no code block: \(blocks[2])")
            return
        }
        #expect(code == body.code)
        guard case .table(_, _, let rows) = blocks[3] else {
            Issue.record("no table: \(blocks[3])")
            return
        }
        #expect(rows.count == 2_000)
    }

    @Test func eachParseGivesItsMemoryBack() {
        _ = MarkdownParser.parse(Self.largeBody(words: 20_000).text)
        #expect(casebook_cmark_arena_held() == 0)
        _ = MarkdownParser.parse("A short one.")
        #expect(casebook_cmark_arena_held() == 0)
    }

    /// cmark-gfm 0.29 tries each line that looks like a table's delimiter row against the whole
    /// paragraph above it, allocating a row and freeing it again every time: memory it frees
    /// must be reused within the parse, or a few kilobytes of such lines take gigabytes.
    @Test func blocksFreedDuringAParseAreReused() {
        let lines = "a\n" + String(repeating: "|-|-|\n|-|\n", count: 250)
        _ = casebook_cmark_arena_peak()
        let blocks = MarkdownParser.parse(lines).blocks
        #expect(!blocks.isEmpty)
        #expect(casebook_cmark_arena_peak() < 4 * 1024 * 1024)
    }

    @Test func parsesOnManyThreadsAgreeWithOneThread() {
        let bodies = (0..<400).map { index in
            Self.largeBody(words: 100 + index % 50 * 40).text
                + "\nSee https://example.org/\(index)[^n].\n\n[^n]: Note \(index).\n"
        }
        let alone = bodies.map { MarkdownParser.parse($0) }
        let together = Box(Array(repeating: MarkdownDocument(blocks: []), count: bodies.count))
        DispatchQueue.concurrentPerform(iterations: bodies.count) { index in
            let document = MarkdownParser.parse(bodies[index])
            together.lock.withLock { together.documents[index] = document }
        }
        #expect(together.documents == alone)
    }

    private final class Box: @unchecked Sendable {
        let lock = NSLock()
        var documents: [MarkdownDocument]
        init(_ documents: [MarkdownDocument]) { self.documents = documents }
    }
}
