import Testing

@testable import CasebookCore

@Suite struct SiteLinksTests {
    let links = SiteLinks(content: RenderingSample.publicContent(baseURL: "https://example.org/ngo/"))

    @Test func siteRootedLinksGetTheBasePath() {
        #expect(links.resolve("/cases/iskander-yerimbetov/") == "/ngo/cases/iskander-yerimbetov/")
        #expect(links.resolve("/cases/iskander-yerimbetov") == "/ngo/cases/iskander-yerimbetov")
        #expect(
            links.resolve("/releases/2017-08-24-statement/#demands")
                == "/ngo/releases/2017-08-24-statement/#demands")
        #expect(
            links.resolve("/releases/2017-08-24-statement.txt") == "/ngo/releases/2017-08-24-statement.txt")
        #expect(links.resolve("/assets/report.pdf") == "/ngo/assets/report.pdf")
        #expect(links.resolve("/") == "/ngo/")
        #expect(
            links.resolve("https://example.org/ngo/cases/mukhtar-dzhakishev/")
                == "/ngo/cases/mukhtar-dzhakishev/")
    }

    @Test func linksToPagesThatAreNotRenderedAreDropped() {
        #expect(links.resolve("/cases/secret-case/") == nil)
        #expect(links.resolve("/cases/secret-case") == nil)
        #expect(links.resolve("/releases/no-such-release/") == nil)
        #expect(links.resolve("/releases/no-such-release.txt") == nil)
        #expect(links.resolve("https://example.org/ngo/cases/secret-case/") == nil)
    }

    @Test func externalLinksStayAndUnsafeSchemesAreDropped() {
        #expect(links.resolve("https://www.ohchr.org/x?a=1&b=2") == "https://www.ohchr.org/x?a=1&b=2")
        #expect(links.resolve("mailto:a@example.org") == "mailto:a@example.org")
        #expect(links.resolve("#fn-1") == "#fn-1")
        #expect(links.resolve("//cdn.example.com/x") == "//cdn.example.com/x")
        #expect(links.resolve("JavaScript:alert(1)") == nil)
        #expect(links.resolve(" data:text/html,x") == nil)
        #expect(links.resolve("vbscript:x") == nil)
    }

    @Test func theResolverIsWhatHTMLRendererUses() {
        #expect(links.resolver.resolve("/cases/secret-case/") == nil)
        #expect(links.resolver.resolve("/cases/mukhtar-dzhakishev/") == "/ngo/cases/mukhtar-dzhakishev/")
    }
    /// Printable ASCII links are read as bytes; they must resolve as the character-by-character
    /// reading does, on links built from every piece that matters to it.
    @Test func theByteReadingAgreesWithTheCharacterReading() {
        let starts = [
            "", "/", "//", "#", "https://example.org/ngo/", "https://example.org/ngo", "HTTPS:", "Mailto:",
            "tel:", "ftp:", "java+script:", "1x:", "x.y-z:", "?", "/cases/", "/releases/", "cases/",
        ]
        let middles = [
            "", "iskander-yerimbetov", "secret-case", "2017-08-24-statement", "2017-08-24-statement.txt",
            "no-such-release.txt", "/", "//", ".txt", "cases", "releases", "donate", "about", "Cases",
            "iskander-yerimbetov?x/y", "secret-case#a/b", "2017-08-24-statement.tx",
        ]
        // A site whose draft page "donate" is withheld: links to it lose their link either way.
        var withheld = RenderingSample.publicContent(baseURL: "https://example.org/ngo/")
        withheld.withheldPageSlugs = ["donate"]
        let withheldLinks = SiteLinks(content: withheld)
        #expect(withheldLinks.resolvePrintableASCII("/donate/") == nil)
        #expect(withheldLinks.resolvePrintableASCII("https://example.org/ngo/donate#x") == nil)
        // A Russian edition where one case and one release are translated: links to them lead
        // to the translation, in its folder; links to the others stay with the original.
        let translatedLinks = SiteLinks(
            content: RenderingSample.publicContent(baseURL: "https://example.org/ngo/"), folder: "ru/",
            translatedCases: ["iskander-yerimbetov"], translatedReleases: ["2017-08-24-statement"])
        #expect(
            translatedLinks.resolvePrintableASCII("/cases/iskander-yerimbetov/")
                == "/ngo/ru/cases/iskander-yerimbetov/")
        #expect(
            translatedLinks.resolvePrintableASCII("/cases/mukhtar-dzhakishev/")
                == "/ngo/cases/mukhtar-dzhakishev/")
        let ends = ["", "/", "#facts", "?a=1", "/x", "//cases/secret-case", ":", "%20", "?", "#", "/donate/"]
        for start in starts {
            for middle in middles {
                for end in ends {
                    let url = start + middle + end
                    #expect(SiteLinks.isPrintableASCII(url))
                    for links in [links, withheldLinks, translatedLinks] {
                        let expected = links.resolveCharacters(url)
                        #expect(links.resolvePrintableASCII(url) == expected, "\(url)")
                        // The pieces the HTML writer writes spell the same URL.
                        let pieces = links.resolveInPieces(url)
                        #expect(pieces?.whole == expected, "\(url)")
                        if let pieces, let expected {
                            #expect(pieces.isSpelled(as: expected) && !pieces.isSpelled(as: expected + "/"))
                            #expect(pieces.isUnsafe == LinkResolver.isUnsafe(expected))
                        }
                    }
                }
            }
        }
        #expect(!SiteLinks.isPrintableASCII(" /cases/x/") && !SiteLinks.isPrintableASCII("/cases/é/"))
    }

    /// A URL in pieces is compared with link text as strings are compared: bytes where both are
    /// ASCII, canonical equivalence otherwise (the Kelvin sign is the letter K).
    @Test func aURLInPiecesIsSpelledAsItsWhole() {
        let url = ResolvedURL(head: "/ngo/", source: "https://example.org/ngo/cases/K/", tailStart: 24)
        #expect(url.whole == "/ngo/cases/K/")
        #expect(url.isSpelled(as: "/ngo/cases/K/"))
        #expect(url.isSpelled(as: "/ngo/cases/\u{212A}/"))
        #expect(
            !url.isSpelled(as: "/ngo/cases/k/") && !url.isSpelled(as: "/ngo/cases/K")
                && !url.isSpelled(as: ""))
        let unsafe = ResolvedURL(head: "java", source: "xscript:alert(1)", tailStart: 1)
        #expect(unsafe.whole == "javascript:alert(1)" && unsafe.isUnsafe)
        #expect(!ResolvedURL(head: "", source: "https://x/", tailStart: 5).isUnsafe)
        var written: [UInt8] = []
        written.appendHTMLEscapedURL(ResolvedURL(head: "/a b/", source: "x/c'd<e", tailStart: 2))
        #expect(String(decoding: written, as: UTF8.self) == "/a%20b/c&#39;d%3Ce")
    }
}
