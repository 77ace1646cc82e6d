import Foundation
import Testing

@testable import CasebookCore

/// Pages and text releases in another language than English: the frame's words, the dates,
/// the capitals and the counted phrases all follow the language asked for.
@Suite struct LocalizedRenderingTests {
    static let warsaw = TimeZone(identifier: "Europe/Warsaw") ?? .current
    static let beforeEmbargo = Clock.parseInstant("2026-11-29T12:00:00Z") ?? Date()
    static let nnbsp = "\u{202F}"
    /// Plain text writes CLDR's narrow no-break space as the no-break space mail programs show.
    static let nbsp = "\u{00A0}"

    /// A release as its Russian or Polish translation carries it: words in the language, facts
    /// (date, embargo, contacts, read also) the original's.
    static func release(title: String, place: String, body: String, embargoed: Bool = false) -> Release {
        var release = Release(
            slug: "2026-11-30-appeal", title: title, date: PartialDate(year: 2026, month: 11, day: 30),
            body: body,
            source: SourceFile(path: "Content/releases/2026-11-30-appeal.md", bodyStartLine: 5))
        release.place = place
        release.readAlso = [.caseFile("iskander-yerimbetov")]
        if embargoed {
            release.embargo = Embargo(
                instant: Clock.parseInstant("2026-11-30T08:00:00Z") ?? Date(), zoneIdentifier: "Europe/Warsaw"
            )
        }
        return release
    }

    static func text(_ release: Release, language: String?, site: Site? = nil) throws -> String {
        var site = site ?? RenderingSample.site()
        site.timeZone = warsaw
        let content = Content(
            site: site, cases: [RenderingSample.yerimbetov], releases: [release], root: "Content")
        let renderer = TextReleaseRenderer(
            links: SiteLinks(content: content), templates: try Theme.builtin.compile().textTemplates,
            rules: PublicationRules(now: beforeEmbargo, timeZone: warsaw))
        return renderer.text(
            of: release, document: MarkdownParser.parse(release.body), content: content, language: language)
    }

    @Test func aTextReleaseInRussian() throws {
        let release = Self.release(
            title: "Суд отклонил апелляцию Искандера Еримбетова", place: "Варшава",
            body:
                "Апелляционный суд Алматы оставил приговор в силе[^1].\n\n[^1]: Решение суда: <https://example.com/court>\n",
            embargoed: true)
        let expected = """
            ЭМБАРГО ДО 30 ноября 2026\(Self.nbsp)г., 09:00 (CET)

            ВАРШАВА, 30 ноября 2026\(Self.nbsp)г.

            СУД ОТКЛОНИЛ АПЕЛЛЯЦИЮ ИСКАНДЕРА ЕРИМБЕТОВА

            Апелляционный суд Алматы оставил приговор в силе[1].

            ПРИМЕЧАНИЯ

            [1] Решение суда: https://example.com/court

            Читайте также:

            - Iskander Yerimbetov
              https://example.org/cases/iskander-yerimbetov/

            Контакты для СМИ:

            Anna Kowalska, Press officer
            press@example.org
            +48 22 307 11 22

            ###

            """
        #expect(try Self.text(release, language: "ru") == expected)
        // The embargo line wraps at the site's width like every other line (Ukrainian names its
        // zone in words).
        let ukrainian = Self.release(title: "Т", place: "Варшава", body: "Б.\n", embargoed: true)
        #expect(
            try Self.text(ukrainian, language: "uk").hasPrefix(
                "ЕМБАРГО ДО 30 листопада 2026\(Self.nbsp)р., 09:00 за центральноєвропейським\nстандартним часом\n\n"
            ))
    }

    @Test func aTextReleaseInPolish() throws {
        let release = Self.release(
            title: "Sąd odrzucił apelację Iskandera Jerimbetowa", place: "Warszawa",
            body: "Sąd apelacyjny w Ałmaty utrzymał wyrok w mocy.\n")
        let expected = """
            INFORMACJA PRASOWA

            WARSZAWA, 30 listopada 2026

            SĄD ODRZUCIŁ APELACJĘ ISKANDERA JERIMBETOWA

            Sąd apelacyjny w Ałmaty utrzymał wyrok w mocy.

            Czytaj także:

            - Iskander Yerimbetov
              https://example.org/cases/iskander-yerimbetov/

            Kontakt dla mediów:

            Anna Kowalska, Press officer
            press@example.org
            +48 22 307 11 22

            ###

            """
        #expect(try Self.text(release, language: "pl") == expected)
        let embargoed = Self.release(title: "T", place: "Warszawa", body: "B.\n", embargoed: true)
        #expect(
            try Self.text(embargoed, language: "pl").hasPrefix(
                "EMBARGO DO 30 listopada 2026, godz. 09:00 CET\n\nWARSZAWA, 30 listopada 2026\n\nT\n"))
    }

    @Test func headlinesTakeTheirLanguagesCapitals() throws {
        // Turkish dotted and dotless i: a language whose capitals differ from English's.
        let release = Self.release(title: "istanbul", place: "izmir", body: "B.\n")
        #expect(try Self.text(release, language: "tr").contains("\nİSTANBUL\n"))
        #expect(try Self.text(release, language: "en").contains("\nISTANBUL\n"))
    }

    /// site.yaml's lines are the default language's; another language keeps its own, and a
    /// dropped release line stays dropped everywhere.
    @Test func siteLinesSpeakForTheDefaultLanguage() throws {
        var site = RenderingSample.site()
        site.embargoLine = "HOLD UNTIL {time}"
        site.draftLine = "NOT YET"
        let embargoed = Self.release(title: "T", place: "Warsaw", body: "B.\n", embargoed: true)
        #expect(try Self.text(embargoed, language: "en", site: site).hasPrefix("HOLD UNTIL 09:00 CET, "))
        #expect(try Self.text(embargoed, language: "ru", site: site).hasPrefix("ЭМБАРГО ДО 30 ноября"))
        site.releaseLine = nil
        let open = Self.release(title: "T", place: "Warszawa", body: "B.\n")
        #expect(try Self.text(open, language: "pl", site: site).hasPrefix("WARSZAWA, 30 listopada 2026\n"))
        // A Polish site's own line, unset in site.yaml, comes from the Polish strings.
        var polish = RenderingSample.site()
        polish.language = "pl"
        #expect(try Self.text(open, language: nil, site: polish).hasPrefix("INFORMACJA PRASOWA\n"))
    }

    @Test func pagesInRussian() throws {
        let content = RenderingSample.publicContent()
        let renderer = SiteRenderer(
            content: content, theme: try Theme.builtin.compile(), options: RenderOptions(), language: "ru")
        let index = renderer.renderIndexPage().text
        #expect(index.contains("<html lang=\"ru\">"))
        #expect(index.contains("<h1>Дела</h1>"))
        #expect(index.contains("<p class=\"lead\">3 дела</p>"))
        #expect(index.contains(">Перейти к основному содержимому</a>"))
        #expect(index.contains("aria-current=\"page\">Дела</a>"))
        #expect(index.contains("В заключении <span class=\"count\">(2)</span>"))
        #expect(
            index.contains(
                "под стражей с <time datetime=\"2017-11-09\" data-held>9 ноября 2017\(Self.nnbsp)г.</time>")
        )
        #expect(index.contains("<title>Political Prisoners</title>"))
        let casePage = renderer.renderCasePage(RenderingSample.yerimbetov).text
        #expect(
            casePage.contains(
                "<dt>Под стражей с</dt><dd><time datetime=\"2017-11-09\" data-held>9 ноября 2017"))
        #expect(casePage.contains("<time datetime=\"2018-10\">октябрь 2018</time>"))
        #expect(casePage.contains("<title>Iskander Yerimbetov — Political Prisoners</title>"))
        let releases = renderer.renderReleaseIndexPage().text
        #expect(releases.contains("<h1>Пресс-релизы</h1>"))
        let notFound = renderer.renderNotFoundPage().text
        #expect(notFound.contains("<h1>Страница не найдена</h1>"))
        // No English word of the built-in theme is left on a Russian page.
        for english in [
            "Cases", "Press releases", "Detained since", "Skip to content", "Published by", "Tags",
        ] {
            #expect(!index.contains(">\(english)<") && !casePage.contains(">\(english)<"), "\(english)")
        }
        // A Russian page that names the case as its native name does not repeat the name.
        #expect(casePage.contains("<dt>Имя в оригинале</dt><dd>Искандер Еримбетов</dd>"))
        var named = RenderingSample.yerimbetov
        named.name = "Искандер Еримбетов"
        #expect(!renderer.renderCasePage(named).text.contains("Имя в оригинале"))
        // The notes a body's Markdown ends in are named in the page's language, for screen readers.
        let withNote = Self.release(
            title: "Суд", place: "Варшава", body: "Приговор оставлен в силе[^1].\n\n[^1]: Решение суда.\n")
        let releasePage = renderer.renderReleasePage(withNote).text
        #expect(releasePage.contains("role=\"doc-endnotes\" aria-label=\"Примечания\">"))
        #expect(releasePage.contains("<h2 class=\"visually-hidden\">Примечания</h2>"))
        #expect(releasePage.contains("aria-label=\"Вернуться к сноске 1\">↩</a>"))
        #expect(!releasePage.contains("Back to reference") && !releasePage.contains(">Notes<"))
    }

    @Test func reviewBannersInPolish() throws {
        var release = RenderingSample.release2017
        release.embargo = Embargo(
            instant: Clock.parseInstant("2030-01-10T08:00:00Z") ?? Date(), zoneIdentifier: "Europe/Warsaw")
        let content = Content(
            site: RenderingSample.site(), cases: [RenderingSample.dzhakishev], releases: [release],
            root: "Content")
        let renderer = SiteRenderer(
            content: content, theme: try Theme.builtin.compile(),
            options: RenderOptions(review: RenderingSample.rules), language: "pl")
        let page = renderer.renderReleasePage(release).text
        #expect(page.contains("<strong>Embargo do 10 stycznia 2030, godz. 09:00 CET</strong>"))
        #expect(renderer.renderReleaseIndexPage().text.contains("<span class=\"badge\">Embargo</span>"))
    }
}
