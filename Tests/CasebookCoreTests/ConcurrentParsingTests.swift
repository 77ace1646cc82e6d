import Dispatch
import Foundation
import Testing

@testable import CasebookCore

/// Parsing on several threads must give exactly what parsing on one gives: builds render pages
/// in parallel and promise the same bytes whatever `--jobs` is.
@Suite struct ConcurrentParsingTests {
    static let body =
        (1...12).map { "Paragraph \($0), ~~struck~~, www.example.org/\($0) and a note.[^n\($0)]" }
        .joined(separator: "\n\n") + "\n\n"
        + (1...12).map { "[^n\($0)]: Source \($0). See https://example.org/source/\($0)." }.joined(
            separator: "\n")

    /// The build relies on parses running side by side; if cmark-gfm's calls stopped reaching
    /// CCmarkThreads (a linker change, say), parses would quietly take turns.
    @Test func parsesRunInParallel() {
        #expect(MarkdownParser.parsesInParallel)
    }

    @Test func concurrentParsesMatchASerialParse() {
        let expected = MarkdownParser.parse(Self.body)
        // Every trigger character must still work: 'w' and ':' for autolinks, '~' for strikethrough.
        let first = expected.blocks.first.flatMap { block -> [MarkdownInline]? in
            if case .paragraph(let inlines, _) = block { return inlines }
            return nil
        }
        let autolinks = (first ?? []).filter {
            if case .link(_, _, true, _) = $0 { return true }
            return false
        }
        #expect(autolinks.count == 1)
        #expect((first ?? []).contains { if case .strikethrough = $0 { return true } else { return false } })
        let results = ResultBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, MarkdownParser.parse(Self.body) == expected)
        }
        #expect(results.all, "some concurrent parses differ from the serial parse")
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Bool]
        init(count: Int) { values = Array(repeating: false, count: count) }
        func set(_ index: Int, _ value: Bool) { lock.withLock { values[index] = value } }
        var all: Bool { lock.withLock { values.allSatisfy { $0 } } }
    }
}
