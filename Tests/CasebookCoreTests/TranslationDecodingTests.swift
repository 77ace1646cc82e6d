import Foundation
import Testing

@testable import CasebookCore

/// site.yaml's `languages` and translation files: each mistake an error at its line and column.
@Suite struct TranslationDecodingTests {
    static let site =
        "title: T\norganisation: O\nbase_url: https://example.org/\ncontacts:\n  - id: press\n    name: P\n"

    func siteYAML(_ languages: String) -> (Site, [LoadError]) {
        SiteDecoder.decode(Self.site + "languages:\n" + languages, path: "site.yaml")
    }

    @Test func readsEachLanguageWithWhatDiffersInIt() {
        let (site, errors) = siteYAML(
            "  ru:\n    title: Сайт\n    place: Варшава\n    contacts:\n      press: { name: Пресс-служба }\n  pl:\n"
        )
        #expect(errors.isEmpty)
        #expect(site.languageTags == ["en", "ru", "pl"])
        let russian = site.localized(to: "ru")
        #expect(russian.title == "Сайт" && russian.organisation == "O" && russian.place == "Варшава")
        #expect(russian.contacts.map(\.name) == ["Пресс-служба"])
        #expect(site.localized(to: "pl").title == "T")
    }

    @Test func reportsBadLanguagesAtTheirKeys() {
        let (site, errors) = siteYAML(
            "  RU: {}\n  en: {}\n  assets: {}\n  x_y: {}\n  uk:\n    titel: Сайт\n    contacts:\n      pres: { name: P }\n"
        )
        let file = "site.yaml"
        #expect(
            errors == [
                .languageTagNotLowerCase("RU", at: at(8, 3, in: file)),
                .defaultLanguageListed("en", at: at(9, 3, in: file)),
                .reservedLanguageTag("assets", at: at(10, 3, in: file)),
                .invalidLanguageTag("x_y", at: at(11, 3, in: file)),
                .unknownKey("titel", suggestion: "title", at: at(13, 5, in: file)),
                .unknownLanguageContact("pres", suggestion: "press", at: at(15, 7, in: file)),
            ])
        #expect(site.languageTags == ["en", "uk"])
    }

    func caseTranslation(_ frontmatter: String) -> (CaseTranslation, [LoadError]) {
        TranslationDecoder.decodeCase(
            "---\n" + frontmatter + "---\nТекст\n", path: "c.ru.md", slug: "c", language: "ru")
    }

    func releaseTranslation(_ frontmatter: String) -> (ReleaseTranslation, [LoadError]) {
        TranslationDecoder.decodeRelease(
            "---\n" + frontmatter + "---\nТекст\n", path: "c.ru.md", slug: "r", language: "ru")
    }

    @Test func aCaseTranslationSetsWordsOnly() {
        let (translation, errors) = caseTranslation(
            """
            name: Алия
            status: released
            timeline:
              - event: Арест
                date: 2017
              - event: Приговор
            un_decisions:
              - body: РГПЗ
                url: https://example.org/
            tags: [x]
            sumary: Кратко

            """)
        let original = "cases/c.md"
        #expect(
            errors == [
                .factInTranslation(key: "status", original: original, at: at(3, 1, in: "c.ru.md")),
                .factInTranslation(key: "tags", original: original, at: at(11, 1, in: "c.ru.md")),
                .unknownKey("sumary", suggestion: "summary", at: at(12, 1, in: "c.ru.md")),
                .factInTranslation(key: "date", original: original, at: at(6, 5, in: "c.ru.md")),
                .factInTranslation(key: "url", original: original, at: at(10, 5, in: "c.ru.md")),
            ])
        #expect(translation.name == "Алия")
        #expect(translation.timelineEvents == ["Арест", "Приговор"])
        #expect(translation.unDecisions == [CaseTranslation.DecisionWords(body: "РГПЗ")])
        #expect(translation.body == "Текст\n")
    }

    @Test func aReleaseTranslationSetsWordsOnly() {
        let (translation, errors) = releaseTranslation(
            "title: Заголовок\nembargo: 2019-10-15 09:00\ncases: [a]\nplace: Варшава\ndraft: true\n")
        let original = "releases/r.md"
        #expect(
            errors == [
                .factInTranslation(key: "embargo", original: original, at: at(3, 1, in: "c.ru.md")),
                .factInTranslation(key: "cases", original: original, at: at(4, 1, in: "c.ru.md")),
            ])
        #expect(translation.title == "Заголовок" && translation.place == "Варшава" && translation.draft)
    }

    @Test func aTranslationMayBeOnlyABody() {
        let (translation, errors) = TranslationDecoder.decodeCase(
            "---\n---\nТолько текст\n", path: "c.ru.md", slug: "c", language: "ru")
        #expect(errors.isEmpty)
        #expect(translation.name == nil && translation.body == "Только текст\n")
    }

    /// Loads a content folder of `files` and gives the problems of loading and checking it.
    func problems(_ files: [String: String]) throws -> [Diagnostic] {
        let root = try TestSupport.temporaryFolder("translations")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try TestSupport.write(files, under: root)
        let loaded = ContentLoader().load(from: root)
        return (loaded.problems.map(\.diagnostic) + ContentChecker().check(loaded.content)).map {
            var diagnostic = $0
            diagnostic.location.path = String($0.location.path.dropFirst(root.count + 1))
            return diagnostic
        }.sorted()
    }

    @Test func reportsTranslationsWithoutALanguageAnOriginalOrTheSameEntries() throws {
        let found = try problems([
            "site.yaml": Self.site + "languages:\n  ru: {}\n",
            "cases/a.md":
                "---\nname: A\ncountry: K\nstatus: imprisoned\ntimeline:\n  - {date: 2017, event: E}\n---\n",
            "cases/a.ru.md": "---\ntimeline:\n  - event: Один\n  - event: Два\n---\n",
            "cases/a.de.md": "---\nname: A\n---\n",
            "cases/a.RU.md": "---\nname: A\n---\n",
            "releases/gone.ru.md": "---\ntitle: T\n---\n",
        ])
        #expect(
            found.map { "\($0.location) \($0.severity)" } == [
                "cases/a.RU.md:1:1 error", "cases/a.de.md:1:1 error", "cases/a.ru.md:3:3 error",
                "releases/gone.ru.md:1:1 error",
            ])
        #expect(found[0].message.hasSuffix("did you mean 'ru'?"))
        #expect(
            found[2].message
                == "'timeline' has 2 entries but cases/a.md has 1; a translation gives one for each, in the same order"
        )
        #expect(found[3].message.hasPrefix("a translation of releases/gone.md, which does not exist"))
    }
}
