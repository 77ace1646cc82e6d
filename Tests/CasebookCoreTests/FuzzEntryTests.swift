import CasebookFuzzing
import Foundation
import Testing

@testable import CasebookCore

/// The fuzz target's entry point: its seeds must reach rendering, or the fuzzer would only ever
/// explore the loader's error paths.
@Suite struct FuzzEntryTests {
    static let golden = TestSupport.fixtures + "/golden/Content"
    static let example = TestSupport.packageRoot + "/Content"

    static func input(_ selector: Character, _ path: String) throws -> [UInt8] {
        Array(selector.utf8) + Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The originals (a translation, `slug.lang.md`, is not a case or release on its own).
    static func markdownFiles(in folder: String) -> [String] {
        TestSupport.files(under: folder).filter { $0.hasSuffix(".md") && $0.split(separator: ".").count == 2 }
            .map { folder + "/" + $0 }
    }

    @Test(arguments: markdownFiles(in: example + "/cases") + markdownFiles(in: golden + "/cases"))
    func caseSeedsRenderPages(path: String) throws {
        #expect(FuzzEntry.exercise(try Self.input("C", path)) > 0)
    }

    @Test(arguments: markdownFiles(in: example + "/releases") + markdownFiles(in: golden + "/releases"))
    func releaseSeedsRenderPages(path: String) throws {
        #expect(FuzzEntry.exercise(try Self.input("R", path)) > 0)
    }

    @Test(arguments: markdownFiles(in: example + "/pages") + markdownFiles(in: golden + "/pages"))
    func pageSeedsRenderPages(path: String) throws {
        #expect(FuzzEntry.exercise(try Self.input("P", path)) > 0)
    }

    @Test(arguments: [example + "/site.yaml", golden + "/site.yaml"])
    func siteSeedsRenderPages(path: String) throws {
        #expect(FuzzEntry.exercise(try Self.input("s", path)) > 0)
    }

    @Test func referencesGetStubsSoTheFileStillRenders() {
        let release = """
            r---
            title: T
            date: 2020-01-01
            cases: [someone]
            contacts: [nobody]
            read_also: [elsewhere, releases/earlier]
            ---
            See [the case](/cases/other/).
            """
        #expect(FuzzEntry.exercise(Array(release.utf8)) > 0)
    }

    @Test func brokenInputsStopBeforeRendering() {
        #expect(FuzzEntry.exercise([]) == 0)
        #expect(FuzzEntry.exercise(Array("c".utf8)) == 0)
        #expect(FuzzEntry.exercise([UInt8(ascii: "c"), 0xFF, 0xFE]) == 0)
        #expect(FuzzEntry.exercise(Array("s: [".utf8)) == 0)
        #expect(FuzzEntry.exercise(Array("c---\nname: X\n---\n".utf8)) == 0)
    }
}
