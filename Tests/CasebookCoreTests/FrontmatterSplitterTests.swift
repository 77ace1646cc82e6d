import Foundation
import Testing

@testable import CasebookCore

@Suite struct FrontmatterSplitterTests {
    @Test func splitsFrontmatterAndBody() throws {
        let split = try FrontmatterSplitter.split("---\nname: A\ncountry: B\n---\nBody\nmore\n").get()
        #expect(split.frontmatter == "name: A\ncountry: B")
        #expect(split.frontmatterStartLine == 2)
        #expect(split.body == "Body\nmore\n")
        #expect(split.bodyStartLine == 5)
    }

    @Test func acceptsEmptyFrontmatterAndNoBody() throws {
        let split = try FrontmatterSplitter.split("---\n---").get()
        #expect(split.frontmatter == "")
        #expect(split.body == "")
        #expect(split.bodyStartLine == 3)
    }

    @Test func reportsEachProblem() {
        #expect(FrontmatterSplitter.split("") == .failure(.emptyFile))
        #expect(FrontmatterSplitter.split(" \n\n") == .failure(.emptyFile))
        #expect(FrontmatterSplitter.split("name: A\n---\n") == .failure(.missingFrontmatter))
        #expect(FrontmatterSplitter.split("--- \nname: A\n---\n") == .failure(.missingFrontmatter))
        #expect(FrontmatterSplitter.split("---\nname: A\n") == .failure(.unterminatedFrontmatter))
        #expect(FrontmatterSplitter.split("---\nname: A\n----\n") == .failure(.unterminatedFrontmatter))
    }

    @Test func dropsByteOrderMarkAndCarriageReturns() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("---\r\nname: A\r\n---\r\nBody\r\n".utf8)
        let text = try SourceText.decode(data).get()
        #expect(text == "---\nname: A\n---\nBody\n")
        let split = try FrontmatterSplitter.split(text).get()
        #expect(split.body == "Body\n")
        #expect(split.bodyStartLine == 4)
    }

    @Test func findsFirstInvalidByte() {
        let data = Data("---\nname: Zoë".utf8) + Data([0xFF]) + Data("\n---\n".utf8)
        #expect(SourceText.decode(data) == .failure(SourceText.InvalidByte(line: 2, column: 10)))
    }

    @Test func reportsUnterminatedFrontmatterAtLineOne() {
        let (_, errors) = CaseFileDecoder.decode("---\nname: A\n", path: "c.md", slug: "c")
        #expect(errors == [.unterminatedFrontmatter(at: SourceLocation(path: "c.md", line: 1, column: 1))])
    }
}
