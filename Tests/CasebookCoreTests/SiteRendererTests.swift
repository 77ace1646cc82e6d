import Foundation
import Testing

@testable import CasebookCore

@Suite struct SiteRendererTests {
    func page(_ files: [OutputFile], _ path: String) -> String {
        files.first { $0.path == path }?.text ?? ""
    }

    @Test func escapesFrontmatterValues() throws {
        var hostile = RenderingSample.caseFile("hostile", "<script>alert(1)</script>")
        hostile.facility = "\"><img src=x onerror=alert(1)>"
        hostile.tags = ["health"]
        let content = Content(site: RenderingSample.site(), cases: [hostile], releases: [], root: "Content")
        let files = try RenderingSample.siteFiles(content)
        for path in ["cases/hostile/index.html", "index.html", "tags/health/index.html"] {
            let html = page(files, path)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
        }
    }

    @Test func linksStartWithTheBasePathOfASubPathSite() throws {
        let content = RenderingSample.publicContent(baseURL: "https://example.org/ngo/")
        let renderer = try RenderingSample.renderer(content)
        let html = renderer.renderCasePage(RenderingSample.yerimbetov).text
        #expect(
            html.contains(
                #"<link rel="canonical" href="https://example.org/ngo/cases/iskander-yerimbetov/">"#))
        #expect(html.contains(#"href="https://example.org/ngo/feed.xml""#))
        #expect(html.contains(#"href="/ngo/assets/style.css""#))
        #expect(html.contains(#"<a class="site-title" href="/ngo/">"#))
        #expect(html.contains(#"href="/ngo/releases/""#))
        #expect(html.contains(#"href="/ngo/cases/mukhtar-dzhakishev/""#))
        #expect(html.contains(#"href="/ngo/tags/torture/""#))
        #expect(html.contains(#"href="/ngo/releases/2019-10-15-health-critical/""#))
        let hrefs = html.components(separatedBy: "href=\"/").dropFirst()
        #expect(hrefs.allSatisfy { $0.hasPrefix("ngo/") })
    }

    @Test func nothingLinksToADraftCase() throws {
        let files = try RenderingSample.siteFiles(RenderingSample.publicContent())
        #expect(!files.contains { $0.path.contains("secret-case") })
        for file in files {
            #expect(!file.text.contains("secret-case"), "\(file.path)")
            #expect(!file.text.contains("Secret Person"), "\(file.path)")
        }
    }

    @Test func unknownSlugsAreNotLinkedEvenInUnfilteredContent() throws {
        var release = RenderingSample.release2019
        release.readAlso = [.release("no-such-release"), .caseFile("no-such-case")]
        release.cases = ["no-such-case"]
        let content = Content(site: RenderingSample.site(), cases: [], releases: [release], root: "Content")
        let html = try RenderingSample.renderer(content).renderReleasePage(release).text
        #expect(!html.contains("no-such"))
        #expect(!html.contains("Read also"))
    }

    @Test func factBoxShowsEveryField() throws {
        let renderer = try RenderingSample.renderer(RenderingSample.publicContent())
        let html = renderer.renderCasePage(RenderingSample.yerimbetov).text
        for expected in [
            "<h1>Iskander Yerimbetov</h1>", "<dd>Искандер Еримбетов</dd>",
            "<dd>Iskander Erimbetov, Iskandar Yerimbetov</dd>", "<dd>Kazakhstan</dd>",
            #"<span class="status status-imprisoned">Imprisoned</span>"#,
            #"<time datetime="2017-11-09">9 November 2017</time>"#,
            "<dd>Correctional colony LA 155/14, Zarechny</dd>",
            "<li>Fraud (Article 190 of the Criminal Code)</li>", "<dd>7 years</dd>",
            #"<a href="https://www.ohchr.org/opinion-67-2018">UN Working Group on Arbitrary Detention</a>, Opinion No. 67/2018, <time datetime="2018-11">November 2018</time>"#,
            #"<a href="/tags/torture/" rel="tag">torture</a>"#,
            #"<a href="/cases/mukhtar-dzhakishev/">Mukhtar Dzhakishev</a>"#,
            #"<time datetime="2019-10-01">1 October 2019</time>"#,
            #"<time datetime="2018-10">October 2018</time>"#,
            #"<a class="source" href="https://example.com/arrest">(source)</a>"#,
            "<p>About Iskander Yerimbetov.</p>",
            #"<a href="/releases/2019-10-15-health-critical/">Yerimbetov’s health critical</a>"#,
        ] {
            #expect(html.contains(expected), "\(expected)")
        }
        #expect(!html.contains("Secret Person"))
    }

    @Test func casePageListsItsReleasesNewestFirst() throws {
        var older = RenderingSample.release2017
        older.cases = ["iskander-yerimbetov"]
        let content = Content(
            site: RenderingSample.site(), cases: [RenderingSample.yerimbetov],
            releases: [older, RenderingSample.release2019], root: "Content")
        let html = try RenderingSample.renderer(content).renderCasePage(RenderingSample.yerimbetov).text
        let newer = try #require(html.range(of: "2019-10-15-health-critical/"))
        let older2017 = try #require(html.range(of: "2017-08-24-statement/"))
        #expect(newer.lowerBound < older2017.lowerBound)
    }

    @Test func releasePageHasDatelineContactsAndReadAlso() throws {
        let renderer = try RenderingSample.renderer(RenderingSample.publicContent())
        let html = renderer.renderReleasePage(RenderingSample.release2017).text
        #expect(
            html.contains(
                #"<p class="dateline">Warsaw, <time datetime="2017-08-24">24 August 2017</time></p>"#))
        #expect(html.contains("<h1>Statement on the arrests</h1>"))
        #expect(html.contains(#"<p class="standfirst">The foundation calls for release.</p>"#))
        #expect(html.contains("For more information, please contact:"))
        #expect(html.contains(#"<p class="contact-name">Anna Kowalska</p>"#))
        #expect(html.contains("<p>Press officer</p>"))
        #expect(html.contains(#"<a href="mailto:press@example.org">press@example.org</a>"#))
        #expect(html.contains(#"<a href="tel:+48223071122">+48 22 307 11 22</a>"#))
        #expect(!html.contains("Jan Nowak"))
        #expect(html.contains(#"<a href="/releases/2017-08-24-statement.txt" type="text/plain">"#))
        #expect(html.contains(#"data-copy-from="/releases/2017-08-24-statement.txt""#))
        #expect(html.contains(#"<script src="/assets/copy.js" defer></script>"#))
        #expect(html.contains(#"<a href="/cases/mukhtar-dzhakishev/">Mukhtar Dzhakishev</a>"#))

        let other = renderer.renderReleasePage(RenderingSample.release2019).text
        #expect(other.contains("<h2 id=\"read-also-title\">Read also</h2>"))
        #expect(other.contains(#"<li><a href="/cases/mukhtar-dzhakishev/">Mukhtar Dzhakishev</a></li>"#))
        #expect(
            other.contains(
                #"<li><a href="/releases/2017-08-24-statement/">Statement on the arrests</a></li>"#))
        #expect(other.contains(#"<li><a href="https://nhc.no/report">NHC report</a></li>"#))
        #expect(!other.contains("javascript:"))
        #expect(!other.contains("Bad link"))
    }

    @Test func releaseWithItsOwnPlaceAndContacts() throws {
        var release = RenderingSample.release2017
        release.place = "Brussels"
        release.contactIDs = ["other"]
        let content = Content(site: RenderingSample.site(), cases: [], releases: [release], root: "Content")
        let html = try RenderingSample.renderer(content).renderReleasePage(release).text
        #expect(html.contains(#"<p class="dateline">Brussels, <time"#))
        #expect(html.contains("Jan Nowak"))
        #expect(!html.contains("Anna Kowalska"))
        #expect(!html.contains("mailto:"))
    }

    @Test func indexGroupsCasesByStatusWithCounts() throws {
        let html = try RenderingSample.renderer(RenderingSample.content()).renderIndexPage().text
        #expect(html.contains("<p class=\"lead\">4 cases</p>"))
        #expect(html.contains(#"Pre-trial detention <span class="count">(1)</span>"#))
        #expect(html.contains(#"Imprisoned <span class="count">(2)</span>"#))
        #expect(html.contains(#"Released <span class="count">(1)</span>"#))
        #expect(!html.contains("House arrest"))
        let order = ["status-pre-trial-detention\"", "status-imprisoned\"", "status-released\""].map {
            html.range(of: "id=\"" + $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(
            html.contains(#"detained since <time datetime="2017-11-09" data-held>9 November 2017</time>"#))
        #expect(html.contains("<p>Businessman held as leverage against his sister.</p>"))
    }

    @Test func releaseListIsNewestFirstByYear() throws {
        let html = try RenderingSample.renderer(RenderingSample.publicContent()).renderReleaseIndexPage().text
        let year2019 = try #require(html.range(of: "<h2 id=\"year-2019\">"))
        let year2017 = try #require(html.range(of: "<h2 id=\"year-2017\">"))
        #expect(year2019.lowerBound < year2017.lowerBound)
        #expect(html.contains("<p>The foundation calls for release.</p>"))
        #expect(html.contains(#"aria-current="page">Press releases</a>"#))
    }

    @Test func tagPagesListCasesAndReleases() throws {
        let renderer = try RenderingSample.renderer(RenderingSample.publicContent())
        #expect(renderer.tags == ["health", "torture"])
        let html = renderer.renderTagPage("health").text
        #expect(html.contains(#"Cases <span class="count">(2)</span>"#))
        #expect(html.contains(#"Press releases <span class="count">(1)</span>"#))
        #expect(html.contains("Kazakhstan · Imprisoned"))
    }

    @Test func reviewBuildMarksDraftsAndIsNotIndexed() throws {
        let options = RenderOptions(review: RenderingSample.rules)
        let renderer = try RenderingSample.renderer(RenderingSample.content(), options: options)
        let draft = renderer.renderCasePage(RenderingSample.secret).text
        #expect(draft.contains(#"<p class="banner"><strong>Draft: not published</strong></p>"#))
        #expect(draft.contains(#"<meta name="robots" content="noindex">"#))
        let published = renderer.renderCasePage(RenderingSample.dzhakishev).text
        #expect(!published.contains("class=\"banner\""))
        #expect(renderer.renderIndexPage().text.contains(#"<span class="badge">Draft</span>"#))

        var embargoed = RenderingSample.release2019
        embargoed.embargo = Embargo(
            instant: Date(timeIntervalSince1970: 1_900_000_000), zoneIdentifier: "Europe/Warsaw")
        let html = renderer.renderReleasePage(embargoed).text
        #expect(html.contains("Embargoed until 18:46 CET, 17 March 2030"))

        let publicPage = try RenderingSample.renderer(RenderingSample.publicContent()).renderIndexPage().text
        #expect(!publicPage.contains("noindex"))
    }

    @Test func notFoundPageHasNoCanonicalURL() throws {
        let html = try RenderingSample.renderer(RenderingSample.publicContent()).renderNotFoundPage().text
        #expect(!html.contains("canonical"))
        #expect(html.contains("noindex"))
        #expect(html.contains("<h1>Page not found</h1>"))
    }

    @Test func thePlanListsEveryFileOfTheSite() throws {
        let paths = Set(try RenderingSample.siteFiles(RenderingSample.publicContent()).map(\.path))
        #expect(
            paths == [
                "index.html", "404.html", "releases/index.html", "cases/iskander-yerimbetov/index.html",
                "cases/mukhtar-dzhakishev/index.html", "cases/free-person/index.html",
                "releases/2017-08-24-statement/index.html", "releases/2019-10-15-health-critical/index.html",
                "releases/2017-08-24-statement.txt", "releases/2019-10-15-health-critical.txt",
                "tags/index.html", "tags/health/index.html", "tags/torture/index.html", "feed.xml",
                "sitemap.xml",
                "cases.json", "search.json", "assets/style.css", "assets/copy.js", "assets/detention.js",
                "assets/search.js",
            ])
    }

    @Test func tagIndexCountsEachTagAndIsInTheNavigation() throws {
        let renderer = try RenderingSample.renderer(RenderingSample.publicContent())
        let html = renderer.renderTagIndexPage().text
        // Two cases and one release carry "health", one case "torture".
        #expect(
            html.contains(
                #"<li><a href="/tags/health/" rel="tag">health</a> <span class="count">(3)</span></li>"#))
        #expect(
            html.contains(
                #"<li><a href="/tags/torture/" rel="tag">torture</a> <span class="count">(1)</span></li>"#))
        #expect(html.contains(#"<li><a href="/tags/" aria-current="page">Tags</a></li>"#))
        #expect(renderer.renderIndexPage().text.contains(#"<li><a href="/tags/">Tags</a></li>"#))
    }

    @Test func pagesMakeNoRequestToAnotherHost() throws {
        let files = try RenderingSample.siteFiles(RenderingSample.publicContent())
        for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".css") {
            #expect(!file.text.contains("src=\"http"), "\(file.path)")
            #expect(!file.text.contains("stylesheet\" href=\"http"), "\(file.path)")
            #expect(!file.text.contains("@import"), "\(file.path)")
            #expect(!file.text.contains("url("), "\(file.path)")
        }
    }
}
