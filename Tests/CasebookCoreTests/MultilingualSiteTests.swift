import Foundation
import Testing

@testable import CasebookCore

/// A site in three languages, built as a user would: where each language's files go, and how
/// every page names its language, its translations and the language of what it links to.
@Suite struct MultilingualSiteTests {
    static let files: [String: String] = [
        "Content/site.yaml": """
        title: Cases
        organisation: Foundation
        base_url: https://example.org/sub/
        place: Warsaw
        contacts:
          - id: press
            name: Press Office
        languages:
          ru:
            title: Дела
            place: Варшава
            contacts:
              press: { name: Пресс-служба }
          pl:
            title: Sprawy
        """,
        "Content/cases/anna.md":
            "---\nname: Anna\ncountry: K\nstatus: imprisoned\ntags: [health]\n---\nEnglish body.\n",
        "Content/cases/anna.ru.md": "---\nname: Анна\n---\nРусский текст.\n",
        "Templates/i18n/ru.yaml": "tag_names:\n  health: Здоровье\n",
        "Content/cases/bolat.md": "---\nname: Bolat\ncountry: K\nstatus: released\n---\nBody.\n",
        "Content/releases/2026-01-05-news.md":
            "---\ntitle: News about Anna\ndate: 2026-01-05\ncases: [anna, bolat]\nread_also: [anna, bolat]\n---\nSee [Anna](/cases/anna/).\n",
        "Content/releases/2026-01-05-news.ru.md":
            "---\ntitle: Новости об Анне\n---\nСм. [дело](/cases/anna/).\n",
    ]

    func built() throws -> (root: String, read: (String) -> String) {
        let root = try TestSupport.temporaryFolder("multilingual")
        try TestSupport.write(Self.files, under: root)
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: root + "/Content", templatesFolder: root + "/Templates",
                outputFolder: root + "/Output", now: Date(timeIntervalSince1970: 1_800_000_000), jobs: 1))
        return (root, { TestSupport.read(root + "/Output/" + $0) })
    }

    @Test func eachLanguageHasItsListsAndOnlyItsTranslatedPages() throws {
        let (root, _) = try built()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = Set(TestSupport.files(under: root + "/Output"))
        for language in ["ru/", "pl/"] {
            for list in [
                "index.html", "releases/index.html", "tags/index.html", "tags/health/index.html", "feed.xml",
            ] {
                #expect(files.contains(language + list), "\(language)\(list) is missing")
            }
        }
        #expect(files.contains("ru/cases/anna/index.html"))
        #expect(files.contains("ru/releases/2026-01-05-news/index.html"))
        #expect(files.contains("ru/releases/2026-01-05-news.txt"))
        #expect(!files.contains("ru/cases/bolat/index.html"))
        #expect(!files.contains { $0.hasPrefix("pl/cases/") || $0.hasPrefix("pl/releases/2026") })
        #expect(!files.contains("ru/404.html"))
    }

    @Test func pagesNameTheirLanguageTheirTranslationsAndXDefault() throws {
        let (root, read) = try built()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let russian = read("ru/cases/anna/index.html")
        #expect(russian.contains("<html lang=\"ru\">"))
        #expect(russian.contains("<link rel=\"canonical\" href=\"https://example.org/sub/ru/cases/anna/\">"))
        #expect(
            russian.contains(
                "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/sub/cases/anna/\">"))
        #expect(
            russian.contains(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/sub/cases/anna/\">"
            ))
        // The switcher names only the languages the page exists in, each in itself.
        #expect(russian.contains("<nav class=\"languages\" aria-label=\"Языки\">"))
        #expect(
            russian.contains(
                "<a href=\"/sub/ru/cases/anna/\" hreflang=\"ru\" lang=\"ru\" aria-current=\"page\">Русский</a>"
            ))
        #expect(russian.contains("<a href=\"/sub/cases/anna/\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(!russian.contains("hreflang=\"pl\""))
        #expect(russian.contains("Русский текст.") && !russian.contains("English body."))
        let english = read("cases/anna/index.html")
        #expect(english.contains("<html lang=\"en\">"))
        #expect(
            english.contains(
                "<link rel=\"alternate\" hreflang=\"ru\" href=\"https://example.org/sub/ru/cases/anna/\">"))
        // A page in one language only has no alternates and no switcher.
        let bolat = read("cases/bolat/index.html")
        #expect(!bolat.contains("hreflang") && !bolat.contains("class=\"languages\""))
        // Lists exist in every language.
        let polish = read("pl/index.html")
        #expect(
            polish.contains("<html lang=\"pl\">")
                && polish.contains("hreflang=\"pl\" lang=\"pl\" aria-current=\"page\">Polski</a>"))
    }

    @Test func listsLinkUntranslatedItemsToTheOriginalMarkedWithItsLanguage() throws {
        let (root, read) = try built()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let index = read("ru/index.html")
        #expect(index.contains("<a href=\"/sub/ru/cases/anna/\">Анна</a>"))
        #expect(
            index.contains(
                "<a href=\"/sub/cases/bolat/\" hreflang=\"en\" lang=\"en\">Bolat</a> <span class=\"language\">язык: английский</span>"
            ))
        let polish = read("pl/releases/index.html")
        #expect(
            polish.contains(
                "<a href=\"/sub/releases/2026-01-05-news/\" hreflang=\"en\" lang=\"en\">News about Anna</a>"))
        // Links in a translated body lead to the page in the same language where there is one.
        #expect(
            read("ru/releases/2026-01-05-news/index.html").contains(
                "<a href=\"/sub/ru/cases/anna/\">дело</a>"))
        #expect(read("ru/feed.xml").contains("xml:lang=\"ru\""))
        #expect(read("pl/feed.xml").contains("<entry xml:lang=\"en\">"))
    }

    @Test func tagsAreShownByTheirNameInTheLanguage() throws {
        let (root, read) = try built()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let russian = read("ru/tags/health/index.html")
        #expect(russian.contains("<h1>Тема «Здоровье»</h1>") && !russian.contains("«health»"))
        #expect(read("ru/tags/index.html").contains(">Здоровье</a>"))
        #expect(
            read("ru/cases/anna/index.html").contains(
                "<a href=\"/sub/ru/tags/health/\" rel=\"tag\">Здоровье</a>"))
        // Languages without a name for the tag keep showing the tag.
        #expect(read("tags/health/index.html").contains("“health”"))
        #expect(read("pl/tags/health/index.html").contains("„health”"))
    }

    @Test func sitemapAndCasesJSONGiveTheTranslations() throws {
        let (root, read) = try built()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let sitemap = read("sitemap.xml")
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<url><loc>https://example.org/sub/ru/cases/anna/</loc>"))
        #expect(
            sitemap.contains(
                "<xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"https://example.org/sub/ru/cases/anna/\"/>"
            ))
        #expect(!sitemap.contains("pl/cases/"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(read("cases.json").utf8)) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        let anna = try #require(cases.first { $0["slug"] as? String == "anna" })
        let translations = try #require(anna["translations"] as? [[String: String]])
        #expect(
            translations == [
                ["language": "ru", "url": "https://example.org/sub/ru/cases/anna/", "name": "Анна"]
            ])
    }

    @Test func theTextReleaseOfATranslationUsesTheLanguagesPlaceAndContacts() throws {
        let (root, read) = try built()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let text = read("ru/releases/2026-01-05-news.txt")
        #expect(text.contains("ВАРШАВА, "))
        #expect(text.contains("НОВОСТИ ОБ АННЕ"))
        #expect(text.contains("Пресс-служба"))
        // "Read also" marks the page that has no Russian translation, as the HTML page does.
        #expect(
            text.contains(
                "- Анна\n  https://example.org/sub/ru/cases/anna/\n- Bolat (язык: английский)\n  https://example.org/sub/cases/bolat/\n"
            ))
        #expect(
            read("releases/2026-01-05-news.txt").contains("- Bolat\n  https://example.org/sub/cases/bolat/\n")
        )
        let printed = try SiteBuilder.release(
            slug: "2026-01-05-news", format: .text, language: "ru", contentFolder: root + "/Content",
            templatesFolder: root + "/Templates", now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(printed == text)
        let mailHTML = try SiteBuilder.release(
            slug: "2026-01-05-news", format: .html, language: "ru", contentFolder: root + "/Content",
            templatesFolder: root + "/Templates", now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(mailHTML.contains(">Bolat (язык: английский)</a>") && mailHTML.contains(">Анна</a>"))
        for (language, expected) in [
            ("pl", "release '2026-01-05-news' has no translation into 'pl'"),
            ("de", "'de' is not one of the site's languages (en, ru, pl)"),
        ] {
            #expect {
                try SiteBuilder.release(
                    slug: "2026-01-05-news", format: .text, language: language,
                    contentFolder: root + "/Content",
                    templatesFolder: root + "/Templates", now: Date(timeIntervalSince1970: 1_800_000_000))
            } throws: { error in
                (error as? DiagnosticsError)?.diagnostics.map(\.message) == [expected]
            }
        }
    }
}
