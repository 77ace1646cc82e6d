import Testing

@testable import CasebookCore

/// A date on a page is formatted only when the page shows it; until then the date, its form and
/// its language stand for its text, in comparisons and in fingerprints. They may stand for it
/// only if two dates alike by them read alike, and two that read differently differ by them.
@Suite struct DateTextTests {
    static let dates = [
        PartialDate(year: 2009, month: 5, day: 12), PartialDate(year: 2009, month: 5, day: 13),
        PartialDate(year: 2009, month: 5), PartialDate(year: 2009, month: 6), PartialDate(year: 2009),
        PartialDate(year: 2010),
    ]

    /// Every date in both forms in four languages, two of them from separate formattings of
    /// one language (as two builds, or two editions, would make them).
    static func texts() -> [DateText] {
        var formattings = ["en", "ru", "pl", "uk"].map { LocalizationTests.localization($0).dates }
        formattings.append(DateFormatting(locale: formattings[1].locale, zoneNames: .abbreviation))
        return formattings.flatMap { formatting in
            dates.flatMap { date in
                [false, true].map { DateText(date, afterPreposition: $0, formatting: formatting) }
            }
        }
    }

    static func fingerprint(_ date: DateText) -> UInt64 {
        var hash = StableHash()
        date.combine(into: &hash)
        return hash.value
    }

    @Test func datesAlikeReadAlikeAndDatesThatReadDifferentlyDiffer() {
        let texts = Self.texts()
        for first in texts {
            for second in texts {
                let readAlike = first.text == second.text && first.iso == second.iso
                if first == second {
                    #expect(readAlike, "\(first.iso) \(first.text) / \(second.text)")
                    #expect(first.hashValue == second.hashValue)
                    #expect(Self.fingerprint(first) == Self.fingerprint(second))
                }
                if !readAlike {
                    #expect(first != second, "\(first.iso) \(first.text) / \(second.text)")
                    #expect(
                        Self.fingerprint(first) != Self.fingerprint(second), "\(first.text) / \(second.text)")
                }
            }
        }
    }

    /// The form after a preposition is the genitive in Russian ("мая"), and the text is the
    /// formatting's own.
    @Test func theTextIsTheFormattingsText() {
        let ru = LocalizationTests.localization("ru")
        let may = PartialDate(year: 2009, month: 5)
        #expect(
            DateText(may, afterPreposition: true, formatting: ru.dates).text == ru.dateAfterPreposition(may))
        #expect(DateText(may, formatting: ru.dates).text == ru.date(may))
        #expect(DateText(may, formatting: ru.dates).iso == "2009-05")
    }
}
