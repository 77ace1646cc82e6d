import CasebookCore
import Foundation
import Testing

/// `casebook new`: slugs from names in any script, and files that pass `casebook check`.
@Suite struct ScaffoldTests {
    @Test(arguments: [
        ("Айдос Кемелбаев", "aidos-kemelbaev"),
        ("Мухтар Джакишев", "mukhtar-dzhakishev"),
        ("Искандер Еримбетов", "iskander-erimbetov"),
        ("Жанболат Мамай", "zhanbolat-mamai"),
        ("Олег Сенцов", "oleg-sentsov"),
        ("Максим Щербаков-Юрьев", "maksim-shcherbakov-iurev"),
        ("Әлия Тұрсынқызы", "aliia-tursynkyzy"),
        ("Tomáš Łukasz Ørsted", "tomas-lukasz-orsted"),
        ("  Iskander   Yerimbetov ", "iskander-yerimbetov"),
    ])
    func slugsAreASCIIFromAnyScript(name: String, slug: String) {
        #expect(Transliteration.slug(from: name) == slug)
    }

    @Test func otherScriptsBecomeASCIIToo() throws {
        let greek = try #require(Transliteration.slug(from: "Γιώργος Παπαδόπουλος"))
        #expect(Slug.isValid(greek))
        #expect(greek.hasPrefix("g"))
        let georgian = try #require(Transliteration.slug(from: "ნიკა მელია"))
        #expect(Slug.isValid(georgian))
    }

    @Test func aNameWithoutLettersHasNoSlug() {
        #expect(Transliteration.slug(from: "!!! ???") == nil)
    }

    @Test func longTopicsAreCutBetweenWords() throws {
        let slug = try #require(
            Transliteration.slug(
                from:
                    "Kazakhstan must release the political prisoner at once and stop the torture in colonies",
                limit: 40))
        #expect(slug.count <= 40)
        #expect(slug == "kazakhstan-must-release-the-political")
    }

    @Test func newCaseWritesADraftWithTheLatinNameAndNeverOverwrites() throws {
        let folder = try Self.siteWithExampleContent()
        let path = try Scaffold.newCase(named: "Айдос Кемелбаев", contentFolder: folder + "/Content")
        #expect(path == folder + "/Content/cases/aidos-kemelbaev.md")
        let text = TestSupport.read(path)
        #expect(text.contains("name: \"Aidos Kemelbaev\"\n"))
        #expect(text.contains("native_name: \"Айдос Кемелбаев\"\n"))
        #expect(text.contains("country: \"Kazakhstan\"\n"))
        #expect(text.contains("\ndraft: true\n"))
        for key in [
            "aliases", "status", "detained", "facility", "charges", "sentence", "un_decisions", "related",
            "tags",
            "summary", "timeline", "updated",
        ] {
            #expect(text.contains("\(key):"), "the stub lists \(key)")
        }
        try Self.expectNoErrors(in: folder + "/Content")

        try "edited by hand\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticsError.self) {
            try Scaffold.newCase(named: "Aidos Kemelbaev", contentFolder: folder + "/Content")
        }
        #expect(TestSupport.read(path) == "edited by hand\n")
    }

    @Test func newReleaseIsDraftedFromTheCasesFacts() throws {
        let folder = try Self.siteWithExampleContent()
        let path = try Scaffold.newRelease(
            topic: "Yerimbetov and Dzhakishev: \"free them\"",
            cases: ["iskander-yerimbetov", "mukhtar-dzhakishev"],
            date: PartialDate(year: 2026, month: 11, day: 30), contentFolder: folder + "/Content", now: Date()
        )
        #expect(path == folder + "/Content/releases/2026-11-30-yerimbetov-and-dzhakishev-free-them.md")
        let text = TestSupport.read(path)
        #expect(
            text.hasPrefix("---\ntitle: \"Yerimbetov and Dzhakishev: \\\"free them\\\"\"\ndate: 2026-11-30\n")
        )
        #expect(text.contains("cases:\n  - iskander-yerimbetov\n  - mukhtar-dzhakishev\n"))
        #expect(text.contains("read_also:\n  - iskander-yerimbetov\n  - mukhtar-dzhakishev\n"))
        #expect(text.contains("contacts: [kozlovska]\n"))
        #expect(text.contains("\ndraft: true\n---\n"))
        // Who, held where and since when, sentence.
        #expect(
            text.contains(
                "Iskander Yerimbetov (Искандер Еримбетов) is imprisoned in Kazakhstan, detained in November 2017, "
                    + "held in Correctional colony LA 155/14, Zarechny (near Almaty), sentenced to 7 years."
            ))
        #expect(text.contains("sentenced to 14 years, charges: Embezzlement of entrusted property; "))
        // Each person's timeline under their name, sourced events with a note.
        #expect(
            text.contains(
                "## Background\n\n### Iskander Yerimbetov\n\n- November 2017: Arrested. "))
        #expect(text.contains("\n\n### Mukhtar Dzhakishev\n\n- 2009: "))
        #expect(
            text.contains(
                "- 14 March 2019: A European Parliament resolution on the human rights situation in Kazakhstan calls for his **immediate release** and full rehabilitation.[^iskander-yerimbetov-source-3]\n"
            ))
        // Every UN decision and every timeline source is a note with its URL.
        #expect(
            text.contains(
                "[^iskander-yerimbetov-un-1]: UN Working Group on Arbitrary Detention, Opinion No. 67/2018, 2018: "
                    + "<https://www.perseus-strategies.com/wp-content/uploads/2018/12/WGAD-Opinion-67-2018-Iskander-Yerimbetov.pdf>"
            ))
        #expect(text.contains("<https://www.europarl.europa.eu/doceo/document/TA-8-2019-0203_EN.pdf>"))
        let notes = text.split(separator: "\n").filter { $0.hasPrefix("[^") }
        let cases = try Self.exampleCases(folder)
        let sources = cases.flatMap { file in
            file.unDecisions.compactMap(\.url) + file.timeline.compactMap(\.source)
        }
        // One note per UN decision (with its URL when it has one) and per sourced event.
        let decisions = cases.map(\.unDecisions.count).reduce(0, +)
        let sourcedEvents = cases.map { $0.timeline.filter { $0.source != nil }.count }.reduce(0, +)
        #expect(notes.count == decisions + sourcedEvents)
        for url in sources { #expect(text.contains("<\(url)>"), "a note for \(url)") }
        #expect(
            text.contains(
                "## Demands\n\nOpen Dialogue Foundation calls on the authorities of Kazakhstan to:\n\n- "))
        try Self.expectNoErrors(in: folder + "/Content")
    }

    @Test func newReleaseSuggestsTheNearestCase() throws {
        let folder = try Self.siteWithExampleContent()
        do {
            _ = try Scaffold.newRelease(
                topic: "Topic", cases: ["iskander-yerimbetow"], date: nil, contentFolder: folder + "/Content",
                now: Date())
            Issue.record("an unknown case must be an error")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "there is no case 'iskander-yerimbetow'; did you mean 'iskander-yerimbetov'?"
                ])
        }
        let originals = TestSupport.files(under: folder + "/Content/releases").filter {
            $0.split(separator: ".").count == 2
        }
        #expect(originals.count == 2)
    }

    @Test func newReleaseWithoutCasesUsesTodayInTheSiteZone() throws {
        let folder = try Self.siteWithExampleContent()
        // 23:30 UTC on 30 November is already 1 December in Warsaw.
        let now = try #require(Clock.parseInstant("2026-11-30T23:30:00Z"))
        let path = try Scaffold.newRelease(
            topic: "Статья о Казахстане", cases: [], date: nil, contentFolder: folder + "/Content", now: now)
        #expect(path == folder + "/Content/releases/2026-12-01-statia-o-kazakhstane.md")
        try Self.expectNoErrors(in: folder + "/Content")
    }

    @Test func newSitePassesCheckAndBuilds() throws {
        let folder = try TestSupport.temporaryFolder("new-site") + "/press"
        let paths = try Scaffold.newSite(in: folder, today: PartialDate(year: 2026, month: 11, day: 30))
        #expect(
            paths == [
                folder + "/Content/site.yaml", folder + "/Content/cases/example-person.md",
                folder + "/Content/releases/2026-11-30-example-release.md",
                folder + "/Content/pages/about.md", folder + "/.gitignore",
                folder + "/Content/assets/",
            ])
        #expect(FileManager.default.fileExists(atPath: folder + "/Content/assets"))
        let site = TestSupport.read(folder + "/Content/site.yaml")
        for key in [
            "title", "organisation", "base_url", "language", "time_zone", "place", "text_width", "end_mark",
            "contacts", "default_contacts", "description",
        ] {
            #expect(site.contains("\n\(key):"), "site.yaml has \(key)")
        }
        #expect(
            SiteBuilder.check(contentFolder: folder + "/Content", templatesFolder: folder + "/Templates")
                .isEmpty)
        let report = try SiteBuilder.build(
            BuildOptions(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
                outputFolder: folder + "/Output",
                now: try #require(Clock.parseInstant("2026-12-01T12:00:00Z"))))
        #expect(report.files > 5)
        #expect(
            TestSupport.read(folder + "/Output/cases/example-person/index.html").contains("Example Person"))
        #expect(TestSupport.read(folder + "/Output/about/index.html").contains("<h1>About</h1>"))
        #expect(throws: DiagnosticsError.self) {
            try Scaffold.newSite(in: folder, today: PartialDate(year: 2026, month: 11, day: 30))
        }
    }

    // A copy of the example content of the repository.
    static func siteWithExampleContent() throws -> String {
        let folder = try TestSupport.temporaryFolder("scaffold")
        try FileManager.default.copyItem(
            atPath: TestSupport.packageRoot + "/Content", toPath: folder + "/Content")
        return folder
    }

    static func exampleCases(_ folder: String) throws -> [CaseFile] {
        try ContentLoader().load(from: folder + "/Content").validContent().cases
    }

    static func expectNoErrors(in content: String) throws {
        let errors = SiteBuilder.check(contentFolder: content, templatesFolder: content + "/../Templates")
            .filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }
}
