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
}
