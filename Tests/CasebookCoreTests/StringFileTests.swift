import Foundation
import Testing

@testable import CasebookCore

/// The theme's string files: the built-in ones complete, a site's file laid over them key by
/// key, fallback to the default language with one warning per key, errors at their line.
@Suite struct StringFileTests {
    static let languages = ["en", "ru", "pl", "uk"]

    /// The built-in theme with the site's files under Templates/.
    static func theme(_ files: [String: String]) throws -> CompiledTheme {
        let site = Theme(
            files: files.reduce(into: [:]) { theme, file in
                theme[file.key] = Theme.File(
                    contents: Array(file.value.utf8), sourcePath: "Templates/" + file.key)
            })
        return try Theme.builtin.overlaid(with: site).compile()
    }

    static func errors(_ files: [String: String]) -> [Diagnostic] {
        do {
            _ = try theme(files)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return []
        }
    }

    @Test func everyBuiltinLanguageHasEveryKey() throws {
        let catalog = try Theme.builtin.compile().strings
        for language in Self.languages {
            let table = try #require(catalog.table(for: language))
            #expect(Set(table.texts.keys) == Set(StringKey.allCases), "\(language)")
            #expect(Set(table.counted.keys) == Set(CountedKey.allCases), "\(language)")
            #expect(table.locale != nil && table.zoneNames != nil, "\(language)")
        }
        let location = SourceLocation(path: "site.yaml")
        #expect(catalog.problems(languages: Self.languages, defaultLanguage: "en", at: location) == [])
        #expect(catalog.problems(languages: Self.languages, defaultLanguage: "pl", at: location) == [])
    }

    /// A build reads a built-in file only when its language is asked for, and reports nothing
    /// about it: each must read cleanly.
    @Test func everyBuiltinFileReadsWithoutAProblem() throws {
        let paths = Theme.builtin.files.keys.filter { StringCatalog.language(ofPath: $0) != nil }
        #expect(Set(paths.compactMap(StringCatalog.language(ofPath:))) == Set(Self.languages))
        for path in paths {
            let file = try #require(Theme.builtin.files[path])
            let text = try #require(String(validating: file.contents, as: UTF8.self), "\(path)")
            let (_, problems) = StringsDecoder.decode(text, path: file.sourcePath)
            #expect(problems == [], "\(path)")
        }
    }

    @Test func theLanguagesSpeakTheirOwnWords() throws {
        let catalog = try Theme.builtin.compile().strings
        func word(_ key: StringKey, _ language: String) -> String {
            catalog.strings(for: language, defaultLanguage: "en")[key]
        }
        #expect(word(.navCases, "ru") == "Дела" && word(.navReleases, "ru") == "Пресс-релизы")
        #expect(word(.detainedSince, "ru") == "Под стражей с")
        #expect(word(.releaseLine, "ru") == "ПРЕСС-РЕЛИЗ")
        #expect(word(.embargoLine, "ru") == "ЭМБАРГО ДО {time}")
        #expect(word(.navCases, "pl") == "Sprawy" && word(.navReleases, "pl") == "Komunikaty prasowe")
        #expect(word(.navCases, "uk") == "Справи" && word(.navReleases, "uk") == "Прес-релізи")
        // Nothing is left in English by accident; a few keys are rightly the same (Polish
        // "Status" and "E-mail:", the page title's layout, the comma between years and months).
        let english = catalog.strings(for: "en", defaultLanguage: "en")
        for language in ["ru", "pl", "uk"] {
            let strings = catalog.strings(for: language, defaultLanguage: "en")
            let untranslated = StringKey.allCases.filter {
                strings[$0] == english[$0]
                    && ![.email, .status, .pageTitle, .timeFormat, .detentionSeparator].contains($0)
            }
            #expect(untranslated == [], "\(language) still says English for \(untranslated)")
        }
    }

    @Test func aSiteFileOverridesKeyByKey() throws {
        let theme = try Self.theme([
            "i18n/ru.yaml":
                "nav_cases: Досье\ncases_count:\n  one: \"{count} досье\"\n  other: \"{count} досье\"\n"
        ])
        let strings = theme.strings.strings(for: "ru", defaultLanguage: "en")
        #expect(strings[.navCases] == "Досье")
        #expect(strings[.navReleases] == "Пресс-релизы")
        #expect(strings.locale == "ru" && strings.zoneNames == .abbreviation)
        let localization = theme.strings.localization(for: "ru", defaultLanguage: "en")
        #expect(localization.count(.cases, 5) == "5 досье")
        #expect(localization.count(.releases, 5) == "5 пресс-релизов")
        // The override is read from the site's file; the built-in file is untouched.
        let builtin = try Theme.builtin.compile().strings.strings(for: "ru", defaultLanguage: "en")
        #expect(builtin[.navCases] == "Дела")
        #expect(theme.strings.problems(languages: ["ru"], defaultLanguage: "en", at: .init(path: "s")) == [])
    }

    @Test func aMissingKeyFallsBackToTheDefaultLanguageWithOneWarningPerKey() throws {
        let path = "Templates/i18n/de.yaml"
        let theme = try Self.theme(["i18n/de.yaml": "locale: de\nnav_cases: Fälle\n"])
        let strings = theme.strings.strings(for: "de", defaultLanguage: "pl")
        #expect(strings[.navCases] == "Fälle")
        #expect(strings[.navReleases] == "Komunikaty prasowe")
        #expect(strings.locale == "de")
        let warnings = theme.strings.problems(
            languages: ["pl", "de"], defaultLanguage: "pl", at: SourceLocation(path: "site.yaml"))
        let expected =
            StringKey.allCases.filter { $0 != .navCases }.map(\.rawValue)
            + CountedKey.allCases.map(\.rawValue)
        #expect(warnings.count == expected.count)
        #expect(
            warnings
                == expected.map {
                    StringsError.missingString(
                        key: $0, language: "de", fallback: "pl", at: SourceLocation(path: path)
                    ).diagnostic
                })
        #expect(warnings.allSatisfy { $0.severity == .warning })
        // Without a default-language word the English one stands in.
        #expect(theme.strings.strings(for: "de", defaultLanguage: "de")[.navReleases] == "Press releases")
    }

    @Test func aLanguageWithoutAFileWarnsOnce() throws {
        let catalog = try Theme.builtin.compile().strings
        let location = SourceLocation(path: "Content/site.yaml", line: 4, column: 11)
        #expect(
            catalog.problems(languages: ["de"], defaultLanguage: "en", at: location) == [
                StringsError.missingFile(language: "de", fallback: "en", at: location).diagnostic
            ])
        // Its dates still follow its own locale; its words are English.
        let german = catalog.localization(for: "de", defaultLanguage: "en")
        #expect(german.date(PartialDate(year: 2018, month: 3, day: 2)) == "2. März 2018")
        #expect(german[.navCases] == "Cases")
    }

    @Test func anUnknownKeyIsAnErrorAtItsLineWithASuggestion() {
        let path = "Templates/i18n/ru.yaml"
        #expect(
            Self.errors(["i18n/ru.yaml": "nav_cases: Досье\nnav_relases: Релизы\n"]) == [
                LoadError.unknownKey("nav_relases", suggestion: "nav_releases", at: at(2, 1, in: path))
                    .diagnostic
            ])
    }

    @Test func badValuesAreErrorsAtTheirPlace() {
        let path = "Templates/i18n/pl.yaml"
        #expect(
            Self.errors(["i18n/pl.yaml": "zone_names: names\n"]) == [
                StringsError.unknownChoice(
                    key: "zone_names", value: "names", choices: ["abbreviation", "name"], suggestion: "name",
                    at: at(1, 13, in: path)
                ).diagnostic
            ])
        #expect(
            Self.errors(["i18n/pl.yaml": "cases_count:\n  one: \"{count} sprawa\"\n  few: sprawy\n"]) == [
                LoadError.missingKey("cases_count.other", at: at(2, 3, in: path)).diagnostic,
                StringsError.missingCount(key: "cases_count.few", at: at(3, 8, in: path)).diagnostic,
            ])
        #expect(
            Self.errors(["i18n/pl.yaml": "nav_cases:\n  - Sprawy\n"]) == [
                LoadError.wrongType(key: "nav_cases", expected: .text, found: .list, at: at(2, 3, in: path))
                    .diagnostic
            ])
        #expect(
            Self.errors(["i18n/pl.yaml": "nav_cases: [\n"]).map(\.location.path) == [path])
    }

    @Test func tagNamesAreAMapOfTextsCheckedAtTheirPlace() throws {
        let path = "Templates/i18n/pl.yaml"
        #expect(
            Self.errors(["i18n/pl.yaml": "tag_names: Zdrowie\n"]) == [
                LoadError.wrongType(
                    key: "tag_names", expected: .mapping, found: .text, at: at(1, 12, in: path)
                )
                .diagnostic
            ])
        #expect(
            Self.errors(["i18n/pl.yaml": "tag_names:\n  health: [Zdrowie]\n  torture: Tortury\n  health: Z\n"]
            ) == [
                LoadError.wrongType(
                    key: "tag_names.health", expected: .text, found: .list, at: at(2, 11, in: path)
                ).diagnostic,
                LoadError.duplicateKey("health", firstLine: 2, at: at(4, 3, in: path)).diagnostic,
            ])
        let theme = try Self.theme([
            "i18n/pl.yaml": "tag_names:\n  health: Zdrowie\n",
            "i18n/en.yaml": "tag_names:\n  torture: Torture\n",
        ])
        let polish = theme.strings.strings(for: "pl", defaultLanguage: "en")
        #expect(polish.tagName("health") == "Zdrowie")
        // A tag the language does not name takes the default language's name, else itself.
        #expect(polish.tagName("torture") == "Torture")
        #expect(polish.tagName("pardon") == "pardon")
        #expect(theme.strings.strings(for: "en", defaultLanguage: "en").tagName("health") == "health")
    }

    /// `casebook check` on a site whose language has a partial file: warnings only, each key once.
    @Test func checkWarnsOncePerMissingKeyAndTheBuildSucceeds() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TestSupport.write(
            [
                "Content/site.yaml":
                    "title: Sprawy\norganisation: Fundacja\nbase_url: https://example.org/\nlanguage: de\n",
                "Templates/i18n/de.yaml": "locale: de\nnav_cases: Fälle\nnav_tags: Themen\n",
            ], under: folder)
        let diagnostics = SiteBuilder.check(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates")
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        let missing = diagnostics.filter { $0.location.path.hasSuffix("i18n/de.yaml") }
        #expect(missing.count == StringKey.allCases.count - 2 + CountedKey.allCases.count)
        #expect(Set(missing.map(\.message)).count == missing.count)
        let output = folder + "/Output"
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
                outputFolder: output,
                now: Date(), jobs: 1))
        let index = TestSupport.read(output + "/index.html")
        #expect(index.contains("<html lang=\"de\">"))
        #expect(index.contains(">Fälle</a>") && index.contains(">Press releases</a>"))
    }

    /// docs/themes.md lists every key of the string files with its English words.
    @Test func docsListEveryKeyWithItsEnglishWords() throws {
        let doc = try String(contentsOfFile: TestSupport.packageRoot + "/docs/themes.md", encoding: .utf8)
        let english = StringCatalog.builtin.strings(for: "en", defaultLanguage: "en")
        for key in StringKey.allCases {
            let words = english[key].replacingOccurrences(of: "|", with: "\\|")
            #expect(doc.contains("| `\(key.rawValue)` | \(words) |"), "\(key.rawValue)")
        }
        for key in CountedKey.allCases.map(\.rawValue) + StringSetting.allCases.map(\.rawValue) {
            #expect(doc.contains("| `\(key)` | "), "\(key)")
        }
    }
}
