import Foundation
import Testing

@testable import CasebookCore

/// The meta description and Open Graph tags, as a page shared on social media shows them.
@Suite struct LinkPreviewTests {
    @Test func descriptionsAreCutAtAWord() {
        #expect(LinkPreview.shortened("Short  text\non two lines.", limit: 160) == "Short text on two lines.")
        let words = Array(repeating: "word", count: 50).joined(separator: " ")
        let cut = LinkPreview.shortened(words, limit: 160)
        #expect(cut.count <= 160 && cut.hasSuffix("word…"))
        #expect(LinkPreview.shortened("Ends here, and " + words, limit: 12) == "Ends here…")
        #expect(LinkPreview.shortened(String(repeating: "x", count: 200), limit: 10) == "xxxxxxxxx…")
    }

    /// Text of letters that stand alone is cut as bytes; the cut must be the one measuring it in
    /// characters, word by word, gives.
    @Test func theCutIsTheOneMeasuringEachCandidateGives() {
        let pieces = [
            "word", "Ерімбетов", "e\u{301}", "\u{301}", "👨‍👩‍👧", "🇰🇿", "a,", "end.", "–", " ", "\n", "\t", "\r\n",
            "\u{200D}", "\u{0600}", "한국어", "x",
        ]
        // Most summaries are of letters that stand alone, cut as bytes: two texts in three are.
        let simple = [
            "word", "a,", "end.", "-", " ", "\n", "\t", "x", "ab;", "longerword", "1:", "Ерімбетов", "\u{E9}",
            "–", "—", "«ż»", "“x”",
        ]
        var generator = SeededGenerator(seed: 160)
        for round in 0..<6_000 {
            let choices = round % 3 == 2 ? pieces : simple
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                choices[Int.random(in: 0..<choices.count, using: &generator)]
            }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let limit = Int.random(in: 2...30, using: &generator)
            #expect(
                LinkPreview.shortened(text, limit: limit)
                    == LinkPreview.shortenedByCharacters(text, limit: limit),
                "\(text.debugDescription) \(limit)")
        }
    }

    @Test func localesAreWrittenAsOpenGraphWritesThem() {
        #expect(LinkPreview.locale(of: "en") == "en")
        #expect(LinkPreview.locale(of: "pt-br") == "pt_BR")
        #expect(LinkPreview.locale(of: "ru") == "ru")
    }

    /// Every page of the golden public build is a valid Open Graph object: the required properties,
    /// absolute URLs, and an image that is in the built site.
    @Test func everyPublicPageValidatesAsOpenGraph() throws {
        let output = TestSupport.fixtures + "/golden/expected-public"
        let site = "https://example.org/cases/"
        let pages = TestSupport.files(under: output).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(pages.count > 10)
        for path in pages {
            let html = TestSupport.read(output + "/" + path)
            let properties = Self.meta(in: html)
            for required in [
                "og:title", "og:type", "og:image", "og:url", "og:description", "og:site_name", "og:locale",
                "description", "twitter:card",
            ] {
                #expect(properties[required]?.count == 1, "\(path): \(required)")
            }
            let url = properties["og:url"]?.first ?? ""
            #expect(url == site + String(path.dropLast("index.html".count)), "\(path): og:url \(url)")
            let image = properties["og:image"]?.first ?? ""
            #expect(image.hasPrefix(site), "\(path): og:image \(image) is not absolute")
            #expect(FileManager.default.fileExists(atPath: output + "/" + image.dropFirst(site.count)))
            #expect(properties["twitter:card"] == ["summary_large_image"])
            let description = properties["description"]?.first ?? ""
            #expect(
                !description.isEmpty && description.count <= 160
                    && description == properties["og:description"]?.first)
            // A page in another language is the same kind of page under its language's folder.
            let path =
                ["ru/", "pl/"].first(where: path.hasPrefix).map { String(path.dropFirst($0.count)) } ?? path
            let isArticle =
                path.hasPrefix("cases/") || path.hasPrefix("releases/") && path != "releases/index.html"
                || ["about/index.html", "methods/index.html", "imprint/index.html"].contains(path)
            #expect(properties["og:type"] == [isArticle ? "article" : "website"], "\(path)")
            let published = properties["article:published_time"]
            if path.hasPrefix("releases/") && path != "releases/index.html" {
                let time = published?.first ?? ""
                #expect(time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil, "\(path): \(time)")
            } else {
                #expect(published == nil, "\(path)")
            }
        }
        let release = Self.meta(
            in: TestSupport.read(output + "/releases/2026-11-10-embargo-lifted/index.html"))
        #expect(release["article:published_time"]?.first?.hasPrefix("2026-11-") == true)
    }

    @Test func aReviewBuildHasNoPreviews() {
        let output = TestSupport.fixtures + "/golden/expected-review"
        for path in TestSupport.files(under: output) where path.hasSuffix(".html") {
            let html = TestSupport.read(output + "/" + path)
            #expect(!html.contains("og:") && !html.contains("name=\"description\""), "\(path)")
        }
    }

    /// The `content` of each `<meta property|name=… content=…>`, by property or name.
    static func meta(in html: String) -> [String: [String]] {
        var found: [String: [String]] = [:]
        for match in html.matches(of: /<meta (?:property|name)="([^"]+)" content="([^"]*)">/) {
            found[String(match.1), default: []].append(String(match.2))
        }
        return found
    }
}
