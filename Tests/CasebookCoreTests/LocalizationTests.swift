import Foundation
import Testing

@testable import CasebookCore

/// Counted phrases by CLDR's plural rules and dates by CLDR's formats, in each shipped language.
@Suite struct LocalizationTests {
    static let catalog = StringCatalog.builtin

    static func localization(_ language: String) -> Localization {
        catalog.localization(for: language, defaultLanguage: "en")
    }

    // CLDR's plural rules (common/supplemental/plurals.xml) with their sample integers; ICU
    // (the copy inside Foundation) decides, and these numbers check that it decides as CLDR writes:
    //   en  one: i = 1 and v = 0                                       @integer 1
    //   ru, uk  one: v = 0 and i % 10 = 1 and i % 100 != 11            @integer 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001
    //           few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14    @integer 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002
    //           many: v = 0 and i % 10 = 0 or … i % 10 = 5..9 or … i % 100 = 11..14
    //                                                                  @integer 0, 5~19, 100, 1000, 10000, 100000, 1000000
    //   pl  one: i = 1 and v = 0                                       @integer 1
    //       few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14        @integer 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002
    //       many: v = 0 and i != 1 and i % 10 = 0..1 or … i % 10 = 5..9 or … i % 100 = 12..14
    //                                                                  @integer 0, 5~19, 100, 1000, 10000, 100000, 1000000
    // and `other` for the decimals (@decimal 0.0~1.5 …).
    static let few = [2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 102, 1002]
    static let many = [0] + Array(5...19) + [100, 1000, 10000, 100_000, 1_000_000]

    @Test func pluralCategoriesAtCLDRsSampleNumbers() {
        let english = PluralRules(locale: "en-GB")
        #expect(english.category(of: 1) == .one)
        for number in [0] + Array(2...16) + [100, 1000, 10000, 100_000, 1_000_000] {
            #expect(english.category(of: number) == .other, "en \(number)")
        }
        for language in ["ru", "uk"] {
            let rules = PluralRules(locale: language)
            for number in [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001] {
                #expect(rules.category(of: number) == .one, "\(language) \(number)")
            }
            for number in Self.few { #expect(rules.category(of: number) == .few, "\(language) \(number)") }
            for number in Self.many { #expect(rules.category(of: number) == .many, "\(language) \(number)") }
            for number in [0.5, 1.5, 2.5] {
                #expect(rules.category(of: number) == .other, "\(language) \(number)")
            }
        }
        let polish = PluralRules(locale: "pl")
        #expect(polish.category(of: 1) == .one)
        for number in Self.few { #expect(polish.category(of: number) == .few, "pl \(number)") }
        // 21 and 101 are "many" in Polish (i % 10 = 0..1 and i != 1), "one" in Russian.
        for number in Self.many + [21, 101, 112] {
            #expect(polish.category(of: number) == .many, "pl \(number)")
        }
        #expect(polish.category(of: 1.5) == .other)
    }

    @Test func countedPhrasesTakeTheFormOfTheirNumber() {
        func counts(_ language: String, _ key: CountedKey, _ numbers: [Int]) -> [String] {
            numbers.map { Self.localization(language).count(key, $0) }
        }
        #expect(counts("en", .cases, [1, 3, 21]) == ["1 case", "3 cases", "21 cases"])
        #expect(
            counts("ru", .cases, [1, 3, 5, 21, 11, 112]) == [
                "1 дело", "3 дела", "5 дел", "21 дело", "11 дел", "112 дел",
            ])
        #expect(
            counts("pl", .cases, [1, 2, 5, 22, 21]) == [
                "1 sprawa", "2 sprawy", "5 spraw", "22 sprawy", "21 spraw",
            ])
        #expect(counts("uk", .cases, [1, 3, 5, 21]) == ["1 справа", "3 справи", "5 справ", "21 справа"])
        #expect(
            counts("ru", .releases, [1, 2, 7]) == ["1 пресс-релиз", "2 пресс-релиза", "7 пресс-релизов"])
        #expect(
            counts("pl", .releases, [1, 4, 5])
                == ["1 komunikat prasowy", "4 komunikaty prasowe", "5 komunikatów prasowych"])
    }

    // CLDR writes a narrow no-break space between the year and its abbreviation (ru "г.", uk "р.").
    static let nnbsp = "\u{202F}"

    @Test func datesInEveryLanguage() {
        let full = PartialDate(year: 2018, month: 3, day: 2)
        let month = PartialDate(year: 2017, month: 11)
        let year = PartialDate(year: 2017)
        func dates(_ language: String) -> [String] {
            let localization = Self.localization(language)
            return [full, month, year].map(localization.date)
        }
        // English stays as Casebook always wrote it: day, month, year.
        #expect(dates("en") == ["2 March 2018", "November 2017", "2017"])
        // A full date takes the month's genitive, a month alone its standalone form.
        #expect(dates("ru") == ["2 марта 2018\(Self.nnbsp)г.", "ноябрь 2017", "2017"])
        #expect(dates("pl") == ["2 marca 2018", "listopad 2017", "2017"])
        #expect(dates("uk") == ["2 березня 2018\(Self.nnbsp)р.", "листопад 2017", "2017"])
    }

    @Test func datesAfterSinceTakeTheMonthsFormatContextForm() {
        let month = PartialDate(year: 2009, month: 5)
        let full = PartialDate(year: 2018, month: 3, day: 2)
        let year = PartialDate(year: 2017)
        func dates(_ language: String) -> [String] {
            let localization = Self.localization(language)
            return [month, full, year].map(localization.dateAfterPreposition)
        }
        // ICU's own output for `MMMM y` and the year's mark: "с мая 2009 г.", "od maja 2009".
        #expect(dates("en") == ["May 2009", "2 March 2018", "2017"])
        #expect(dates("ru") == ["мая 2009\(Self.nnbsp)г.", "2 марта 2018\(Self.nnbsp)г.", "2017"])
        #expect(dates("pl") == ["maja 2009", "2 marca 2018", "2017"])
        #expect(dates("uk") == ["травня 2009\(Self.nnbsp)р.", "2 березня 2018\(Self.nnbsp)р.", "2017"])
        // The standalone form stays where a month is read alone, as a timeline heading.
        #expect(Self.localization("ru").date(month) == "май 2009")
        #expect(Self.localization("pl").date(month) == "maj 2009")
        let pl = Self.localization("pl")
        #expect(
            pl[.detainedSinceInline] + " " + pl.dateAfterPreposition(month)
                == "pozbawienie wolności od maja 2009")
    }

    @Test func timesNameTheirZoneInTheReadersLanguage() throws {
        let warsaw = try #require(TimeZone(identifier: "Europe/Warsaw"))
        let winter = LocalTime(try #require(Clock.parseInstant("2026-11-30T08:00:00Z")), in: warsaw)
        let summer = LocalTime(try #require(Clock.parseInstant("2026-07-01T07:00:00Z")), in: warsaw)
        let utc = LocalTime(winter.instant, in: try #require(TimeZone(identifier: "UTC")))
        #expect(Self.localization("en").time(winter) == "09:00 CET, 30 November 2026")
        #expect(Self.localization("en").time(summer) == "09:00 CEST, 1 July 2026")
        #expect(Self.localization("en").time(utc) == "08:00 UTC, 30 November 2026")
        // Russian press offices write the zone's letters; CLDR's Russian zone name is bureaucratic.
        #expect(Self.localization("ru").time(winter) == "30 ноября 2026\(Self.nnbsp)г., 09:00 (CET)")
        #expect(Self.localization("ru").time(summer) == "1 июля 2026\(Self.nnbsp)г., 09:00 (CEST)")
        #expect(Self.localization("pl").time(winter) == "30 listopada 2026, godz. 09:00 CET")
        #expect(Self.localization("pl").time(summer) == "1 lipca 2026, godz. 09:00 CEST")
        #expect(
            Self.localization("uk").time(winter)
                == "30 листопада 2026\(Self.nnbsp)р., 09:00 за центральноєвропейським стандартним часом")
        #expect(Self.localization("ru").time(utc) == "30 ноября 2026\(Self.nnbsp)г., 08:00 (UTC)")
    }

    @Test func formattingIsSharedSafelyBetweenThreads() async {
        let localization = Self.localization("ru")
        let dates = (1...12).map { PartialDate(year: 2017, month: $0, day: 9) }
        let expected = dates.map(localization.date)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { dates.map(localization.date) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected[10] == "9 ноября 2017\(Self.nnbsp)г.")
    }

    @Test func languagesAreNamedByCLDR() {
        #expect(Self.localization("en").originalLanguageMark("ru") == "in Russian")
        #expect(Self.localization("ru").originalLanguageMark("en") == "язык: английский")
        #expect(Self.localization("pl").originalLanguageMark("uk") == "język: ukraiński")
        #expect(Self.localization("uk").originalLanguageMark("pl") == "мова: польська")
        #expect(
            ["en", "ru", "pl", "uk"].map(Localization.autonym) == [
                "English", "Русский", "Polski", "Українська",
            ])
    }

    @Test func placeholdersAreFilledByName() {
        #expect(Strings.fill("{page} — {site}", ["page": "Дело", "site": "Сайт"]) == "Дело — Сайт")
        #expect(Strings.fill("Tagged “{tag}”", ["tag": "x{tag}"]) == "Tagged “x{tag}”")
        #expect(Strings.fill("{unknown} and {", ["page": "p"]) == "{unknown} and {")
        #expect(Strings.fill("no braces", [:]) == "no braces")
    }
}
