import Foundation
import Testing

@testable import CasebookCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// feed.xml is well-formed Atom with what Atom requires; every sitemap URL is a file of the site.
@Suite struct FeedAndSitemapTests {
    /// Element names and texts of an XML document, in order.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String: [String]] = [:]
        private var current = ""
        private var stack: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append((name, attributes))
            stack.append(name)
            current = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            texts[stack.joined(separator: "/"), default: []].append(current)
            stack.removeLast()
            current = ""
        }
    }

    func build() throws -> String {
        let folder = try TestSupport.temporaryFolder("feed")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        // After the embargo: two public releases in the feed.
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
                outputFolder: folder + "/Output", now: Clock.parseInstant("2026-12-01T00:00:00Z") ?? Date(),
                jobs: 2))
        return folder + "/Output"
    }

    func parse(_ path: String) throws -> Collector {
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(path) is not well-formed XML")
        return collector
    }

    @Test func feedIsAtomWithRequiredElements() throws {
        let feed = try parse(try build() + "/feed.xml")
        #expect(feed.elements.first?.name == "feed")
        #expect(feed.elements.first?.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        for required in ["feed/id", "feed/title", "feed/updated", "feed/author/name"] {
            #expect(feed.texts[required]?.count == 1, "missing \(required)")
        }
        let ids = feed.texts["feed/entry/id"] ?? []
        #expect(ids.count == 3)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("https://example.org/cases/releases/") })
        #expect(feed.texts["feed/entry/title"]?.count == 3)
        #expect(feed.texts["feed/entry/updated"]?.allSatisfy { Clock.parseInstant($0) != nil } == true)
        // Newest first: the embargoed release (30 November) before those of 10 and 2 November.
        #expect(feed.texts["feed/entry/title"]?.first == "SECRET-EMBARGO headline")
        let links = feed.elements.filter { $0.name == "link" }.compactMap { $0.attributes["href"] }
        #expect(links.allSatisfy { $0.hasPrefix("https://example.org/cases/") })
    }

    @Test func everySitemapURLIsAFileOfTheSite() throws {
        let output = try build()
        let sitemap = try parse(output + "/sitemap.xml")
        let urls = sitemap.texts["urlset/url/loc"] ?? []
        // Home, release list, 2 cases, 3 releases, the tag index, 3 tags, 3 pages; in Russian the
        // same lists with one case and two releases translated; in Polish the lists alone.
        #expect(urls.count == 14 + 9 + 6)
        for url in urls {
            #expect(url.hasPrefix("https://example.org/cases/"))
            let path = String(url.dropFirst("https://example.org/cases/".count))
            let file = output + "/" + path + (path.isEmpty || path.hasSuffix("/") ? "index.html" : "")
            #expect(FileManager.default.fileExists(atPath: file), "\(url) has no file \(file)")
        }
    }
}
