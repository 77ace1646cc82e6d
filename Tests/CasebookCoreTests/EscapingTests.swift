import Foundation
import Testing

@testable import CasebookCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// No value breaks out of its context. Each character that HTML or XML gives a meaning is tried
/// alone (a value holding only one of them must still be escaped) in each context: HTML text,
/// HTML attributes, URLs, the Atom feed and cases.json. The first tests call the escapers; the
/// site tests build whole sites around a hostile value and read every file they write.
@Suite struct EscapingTests {
    /// A character and how HTML text and attributes, and a URL attribute, must write it.
    struct Rule: CustomTestStringConvertible, Sendable {
        var character: String
        var html: String
        var url: String
        var testDescription: String { "'\(character)'" }
    }

    static let rules = [
        Rule(character: "&", html: "&amp;", url: "&amp;"),
        Rule(character: "<", html: "&lt;", url: "%3C"),
        Rule(character: ">", html: "&gt;", url: "%3E"),
        Rule(character: "\"", html: "&quot;", url: "%22"),
        Rule(character: "'", html: "&#39;", url: "&#39;"),
    ]

    /// The value a hostile editor writes: holding `character` and nothing else to escape.
    static func hostile(_ character: String) -> String {
        "Free them\(character) onmouseover=\(character)alert(1)"
    }

    // MARK: The escapers

    /// The escaper skips eight bytes at a time where none is escaped: text of every length,
    /// with the characters to escape anywhere in it, is escaped as one character at a time is.
    @Test func escapingWordsAtATimeEscapesEveryCharacter() {
        let pool = ["a", "b", " ", "&", "<", ">", "\"", "'", "é", "ж", "“", "😀", "\n", "x"]
        var generator = SeededGenerator(seed: 38)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0
                    ? pool[Int.random(in: 0..<pool.count, using: &generator)] : "plain"
            }.joined()
            let expected = text.map { character -> String in
                Self.rules.first { $0.character == String(character) }?.html ?? String(character)
            }.joined()
            var escaped: [UInt8] = []
            escaped.appendHTMLEscaped(text)
            #expect(String(decoding: escaped, as: UTF8.self) == expected, "\(text.debugDescription)")
        }
    }

    @Test(arguments: rules)
    func templateEscaperEscapesTheCharacterAlone(rule: Rule) {
        var escaped: [UInt8] = []
        TemplateRenderer.appendEscaped(Self.hostile(rule.character), to: &escaped)
        #expect(String(decoding: escaped, as: UTF8.self) == Self.hostile(rule.html))
        #expect(Self.hostile(rule.character).htmlEscaped == Self.hostile(rule.html))
    }

    @Test(arguments: rules)
    func urlEscaperEncodesTheCharacterAlone(rule: Rule) {
        var written: [UInt8] = []
        written.appendHTMLEscapedURL("https://example.org/a\(rule.character)b c")
        #expect(String(decoding: written, as: UTF8.self) == "https://example.org/a\(rule.url)b%20c")
    }

    @Test(arguments: rules)
    func feedEscapesTheCharacterAlone(rule: Rule) {
        let site = Site(
            title: Self.hostile(rule.character), organisation: "O", baseURL: "https://example.org/")
        let entry = FeedEntry(
            title: Self.hostile(rule.character), url: "https://example.org/releases/r/",
            published: Date(timeIntervalSince1970: 0), summary: Self.hostile(rule.character))
        let feed = AtomFeedRenderer().render(site: site, entries: [entry]).text
        #expect(!feed.contains(Self.hostile(rule.character)))
        #expect(feed.contains("<title>\(Self.hostile(rule.html))</title>"))
        #expect(feed.contains("<summary>\(Self.hostile(rule.html))</summary>"))
    }

    @Test(arguments: ["\"", "\\", "\n", "\t", "\r", "\u{01}", "\u{1F}"])
    func jsonEscapesTheCharacterAlone(character: String) throws {
        let text = "a\(character)b"
        let written = JSONValue.object(["t": .string(text)]).pretty
        let expected: [String: String] = [
            "\"": #"\""#, "\\": #"\\"#, "\n": #"\n"#, "\t": #"\t"#, "\r": #"\r"#, "\u{01}": #"\u0001"#,
            "\u{1F}": #"\u001f"#,
        ]
        #expect(written == "{\n  \"t\": \"a\(expected[character] ?? "?")b\"\n}\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: String]
        #expect(parsed?["t"] == text)
    }

    // MARK: Whole sites

    /// A YAML double-quoted scalar holding `text`.
    static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t") + "\""
    }

    /// Builds a site whose site title, case name, summary and timeline event, release title and
    /// subtitle all hold `value`, with a body link whose URL holds `character`.
    static func buildSite(value: String, character: String) throws -> String {
        let root = try TestSupport.temporaryFolder("escaping")
        let value = quoted(value)
        try TestSupport.write(
            [
                // Typographic quotes would turn `"` and `'` into characters with nothing to
                // escape; the escapers are tested on the characters as typed.
                "Content/site.yaml": """
                title: \(value)
                organisation: \(value)
                base_url: https://example.org/
                place: \(value)
                smart_punctuation: false
                """,
                "Content/cases/anna.md": """
                ---
                name: \(value)
                country: \(value)
                status: imprisoned
                summary: \(value)
                facility: \(value)
                timeline:
                  - date: 2020
                    event: \(value)
                ---
                See [the report](<https://example.net/a\\\(character)b>).

                """,
                "Content/releases/2026-01-01-r.md": """
                ---
                title: \(value)
                date: 2026-01-01
                subtitle: \(value)
                cases: [anna]
                read_also:
                  - title: \(value)
                    url: https://example.org/report
                ---
                Body.

                """,
            ], under: root)
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: root + "/Content", templatesFolder: root + "/Templates",
                outputFolder: root + "/Output", now: Date(timeIntervalSince1970: 1_800_000_000), jobs: 1))
        return root + "/Output"
    }

    @Test(arguments: rules)
    func noPageLetsTheCharacterOut(rule: Rule) throws {
        let output = try Self.buildSite(value: Self.hostile(rule.character), character: rule.character)
        defer { try? FileManager.default.removeItem(atPath: output + "/..") }
        let raw = Self.hostile(rule.character)
        let escaped = Self.hostile(rule.html)
        let pages = TestSupport.files(under: output).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 5)
        for page in pages {
            let text = TestSupport.read(output + "/" + page)
            #expect(!text.contains(raw), "\(page) holds the value unescaped")
            // Attribute context: the site title in the feed link of every page.
            #expect(text.contains("title=\"\(escaped): press releases\""), "\(page)")
        }
        // Text context: headings and lists.
        let casePage = TestSupport.read(output + "/cases/anna/index.html")
        let releasePage = TestSupport.read(output + "/releases/2026-01-01-r/index.html")
        #expect(casePage.contains("<h1>\(escaped)</h1>"))
        #expect(releasePage.contains("<h1>\(escaped)</h1>"))
        #expect(releasePage.contains(">\(escaped)</a>"))
        // URL context: a link in the body.
        #expect(casePage.contains("href=\"https://example.net/a\(rule.url)b\""))
        // The plain-text release is not HTML: it holds the value as written.
        #expect(TestSupport.read(output + "/releases/2026-01-01-r.txt").contains(raw))
    }

    @Test(arguments: rules)
    func theFeedAndCasesJSONCarryTheValueExactly(rule: Rule) throws {
        let output = try Self.buildSite(value: Self.hostile(rule.character), character: rule.character)
        defer { try? FileManager.default.removeItem(atPath: output + "/..") }
        let raw = Self.hostile(rule.character)

        let feedText = TestSupport.read(output + "/feed.xml")
        #expect(!feedText.contains(raw), "feed.xml holds the value unescaped")
        let parser = XMLParser(data: Data(feedText.utf8))
        let collector = FeedAndSitemapTests.Collector()
        parser.delegate = collector
        #expect(parser.parse(), "feed.xml is not well-formed")
        #expect(collector.texts["feed/title"] == [raw])
        #expect(collector.texts["feed/entry/title"] == [raw])

        let json = try #require(FileManager.default.contents(atPath: output + "/cases.json"))
        let cases = try Self.cases(json)
        #expect(cases.first?["name"] as? String == raw)
        #expect(cases.first?["summary"] as? String == raw)
    }

    /// The case objects of cases.json.
    static func cases(_ json: Data) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return try #require(document["cases"] as? [[String: Any]])
    }

    @Test(arguments: ["\"", "\\", "\t"])
    func casesJSONCarriesWhatJSONMustEscape(character: String) throws {
        let value = "Free them\(character) now"
        let output = try Self.buildSite(value: value, character: "&")
        defer { try? FileManager.default.removeItem(atPath: output + "/..") }
        let text = TestSupport.read(output + "/cases.json")
        #expect(!text.contains(value), "cases.json holds the value unescaped")
        let cases = try Self.cases(Data(text.utf8))
        #expect(cases.first?["name"] as? String == value)
        #expect(cases.first?["country"] as? String == value)
    }
}
