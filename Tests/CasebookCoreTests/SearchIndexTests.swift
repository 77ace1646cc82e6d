import Foundation
import Testing

@testable import CasebookCore

/// search.json: names folded so that any spelling finds the person, and nothing hidden in it.
@Suite struct SearchIndexTests {
    @Test func spellingsOfANameFoldToTheSameWords() {
        #expect(SearchFolding.fold("Искандер Еримбетов") == "iskander erimbetov")
        #expect(SearchFolding.fold("ЕРИМБЕТОВ") == "erimbetov")
        #expect(SearchFolding.fold("Erimbetov") == "erimbetov")
        #expect(SearchFolding.fold("Yerimbetov").contains("erimbetov"))
        #expect(SearchFolding.fold("Łukasz Żółć-Nowak") == "lukasz zolc nowak")
        #expect(SearchFolding.fold("Мұхтар Жакишев, ст. 190!") == "mukhtar zhakishev st 190")
        // A decomposed й (и + combining breve) folds as the composed one.
        #expect(SearchFolding.fold("Сергей") == SearchFolding.fold("Серге\u{0438}\u{0306}"))
        #expect(SearchFolding.fold("  --  ") == "")
    }

    /// The byte-level folding decodes two-, three- and four-byte characters as the scalars they
    /// are: it gives what folding each scalar on its own and joining the words gives.
    @Test func foldingBytesAgreesWithFoldingEachCharacter() {
        let letters: String =
            "aZ09 ,.-–—«»йЙиёЁщӘәҚқҢңӨөҰұҮүҺһІіЇїЄєҐґŁłŻżÓóĆćŚśÉéÑñß" + "\u{0306}\u{0301}"
            + "漢字😀𝔄ﬁ①½İ\u{00A0}\u{2003}"
        let pool = Array(letters.unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                text.append(pool.randomElement(using: &generator) ?? "a")
            }
            let string = String(text)
            var bytes: [UInt8] = []
            for scalar in string.unicodeScalars { bytes += SearchFolding.folding(of: scalar) }
            let expected = String(decoding: bytes, as: UTF8.self).split(separator: " ").joined(separator: " ")
            #expect(SearchFolding.fold(string) == expected, "\(string.unicodeScalars.map { $0.value })")
        }
        #expect(SearchFolding.folding(of: "\u{0306}") == [], "a combining accent folds to nothing")
        #expect(SearchFolding.folding(of: "щ") == Array("shch".utf8))
        #expect(SearchFolding.folding(of: "漢") == Array("漢".utf8))
        #expect(SearchFolding.folding(of: "—") == [0x20])
    }

    /// Each word once, in the order of its first use, whatever the number of words.
    @Test func distinctWordsKeepTheFirstOfEach() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = (0..<6000).map { "w\($0 * 7919 % 10007)x" } + ["a", "ab", "ba", "abc"]
        let words = (0..<30000).map { _ in vocabulary.randomElement(using: &generator) ?? "a" }
        var seen: Set<String> = []
        let expected = words.filter { seen.insert($0).inserted }.joined(separator: " ")
        #expect(SearchFolding.distinctWords(words.joined(separator: ", ")) == expected)
        #expect(SearchFolding.distinctWords("") == "")
        #expect(SearchFolding.distinctWords("-- B a b; AB a ba, Ба ба --") == "b a ab ba")
    }

    @Test func theIndexHoldsEveryPublicItemAndNoHiddenOne() throws {
        let text = TestSupport.read(TestSupport.fixtures + "/golden/expected-public/search.json")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: String]])
        #expect(
            Set(entries.compactMap { $0["url"] }) == [
                "/cases/cases/aliya-test/", "/cases/cases/bolat-test/",
                "/cases/releases/2026-11-02-public/", "/cases/releases/2026-11-10-embargo-lifted/",
                "/cases/about/", "/cases/imprint/", "/cases/methods/",
            ])
        let aliya = try #require(entries.first { $0["url"] == "/cases/cases/aliya-test/" })
        #expect(aliya["names"] == "aliya testova aliia testova aliya testowa a testova")
        #expect(aliya["text"]?.contains("colony la 155 14 zarechny") == true)
        let words = (aliya["text"] ?? "").split(separator: " ")
        #expect(
            words.contains("authorities") && words.contains("aneurysm")
                && words.contains("аневризма") == false)
        #expect(words.contains("anevrizma"), "Cyrillic in a body is folded too")
        #expect(Set(words).count == words.count, "each word once")
        #expect((json["letters"] as? [String: String])?["щ"] == "shch")
        #expect(!text.lowercased().contains("secret"))
    }

    /// search.json is written in one pass: each entry, whether kept from the last build or made
    /// now, lies in the file at the range given for it, with the bytes it has on its own, and
    /// the items are let go as they are written.
    @Test func theIndexIsWrittenFromItsEntriesInOnePass() throws {
        let made = SearchEntry(
            kind: "case", title: "Aliya \"Testova\"", detail: "Kazakhstan · Imprisoned", url: "/cases/aliya/",
            names: "aliya testova", text: String(repeating: "word ", count: 3000))
        var alone: [UInt8] = []
        SearchIndexRenderer.write(made, into: &alone)
        // Written directly, the entry is the JSON object `JSONValue` writes, escapes included.
        for entry in [
            made,
            SearchEntry(kind: "", title: "a\\b\tc\u{1}", detail: "«»", url: "\n", names: "", text: "\r"),
        ] {
            var direct: [UInt8] = []
            SearchIndexRenderer.write(entry, into: &direct)
            var object: [UInt8] = []
            JSONValue.object([
                "kind": .string(entry.kind), "title": .string(entry.title), "detail": .string(entry.detail),
                "url": .string(entry.url), "names": .string(entry.names), "text": .string(entry.text),
            ]).write(into: &object, indent: 0)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: object, as: UTF8.self))
        }
        let kept = Array(#"{"kind": "page"}"#.utf8)[...]
        var items: [SearchIndexRenderer.Item] = [.written(kept), .made(made), .written(kept)]
        let (file, ranges) = SearchIndexRenderer().render(&items)
        #expect(ranges.count == 3)
        #expect(ranges.map { Array(file.contents[$0]) } == [Array(kept), alone, Array(kept)])
        #expect(ranges[0].upperBound < ranges[1].lowerBound && ranges[1].upperBound < ranges[2].lowerBound)
        for item in items {
            guard case .written(let bytes) = item else { Issue.record("an item was kept whole"); continue }
            #expect(bytes.isEmpty)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.contents)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: String]])
        #expect(entries.map { $0["kind"] } == ["page", "case", "page"])
        #expect(entries[1]["title"] == "Aliya \"Testova\"")
    }

    /// The entries kept for the next build are the bytes of search.json at each file's range,
    /// saved and read back by path and content hash, while the context is the same.
    @Test func entriesAreKeptAsPartsOfTheFile() throws {
        let folder = try TestSupport.temporaryFolder("search-entries")
        let hashes = ["cases/a.md": "1111", "cases/b.md": "2222"]
        let (head, a, b) = (
            Array("{\n\"entries\": [\n".utf8), Array(#"{"a": 1}"#.utf8), Array(#"{"b": 2}"#.utf8)
        )
        let file = head + a + Array(",\n".utf8) + b + Array("\n]}".utf8)
        let rangeOfA = head.count..<(head.count + a.count)
        let rangeOfB = (rangeOfA.upperBound + 2)..<(rangeOfA.upperBound + 2 + b.count)
        let cache = SearchWordsCache(fileHashes: hashes)
        cache.keep(
            entriesOf: file,
            at: [("cases/a.md", rangeOfA), ("cases/b.md", rangeOfB), ("unhashed.md", 0..<1)],
            context: "/ true")
        cache.save(to: folder)
        let read = SearchWordsCache(folder: folder, fileHashes: hashes)
        #expect(read.writtenEntry(at: "cases/a.md", context: "/ true").map(Array.init) == a)
        #expect(read.writtenEntry(at: "cases/b.md", context: "/ true").map(Array.init) == b)
        #expect(read.writtenEntry(at: "cases/a.md", context: "/blog/ true") == nil, "another base path")
        #expect(read.writtenEntry(at: "unhashed.md", context: "/ true") == nil)
        let changed = SearchWordsCache(folder: folder, fileHashes: ["cases/a.md": "3333"])
        #expect(changed.writtenEntry(at: "cases/a.md", context: "/ true") == nil, "the file changed")
    }
}
