import Testing

@testable import CasebookCore

/// Dates and slugs are read on UTF-8 bytes; they must accept exactly what the rules written on
/// characters accept (kept here as the reference), including text that only looks like a date.
@Suite struct ByteReadingTests {
    /// The rule on characters: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
    static func referenceDate(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0])
        else { return nil }
        var date = PartialDate(year: year)
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            date.month = month
        }
        if parts.count == 3, let month = date.month {
            guard let day = Int(parts[2]), (1...PartialDate.daysIn(month: month, year: year)).contains(day)
            else { return nil }
            date.day = day
        }
        return date
    }

    /// The rule on scalars: parts of a–z and 0–9 joined by single hyphens.
    static func referenceSlug(_ text: String) -> Bool {
        text.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    static let pieces = [
        "0", "1", "2", "9", "12", "2017", "2024", "1900", "2000", "-", "--", "02", "29", "30", "31", "13",
        "00", "a", "z", "ab", "x1", "٣", "７", "9\u{301}", "é", "A", " ", "\n", "", "99999999999999999999",
    ]

    @Test func readsDatesAndSlugsAsTheCharacterRulesDo() {
        var generator = NoLeakPropertyTests.SplitMix(state: 2024)
        for _ in 0..<30_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(PartialDate(parsing: text) == Self.referenceDate(text), "\(text.debugDescription)")
            #expect(Slug.isValid(text) == Self.referenceSlug(text), "\(text.debugDescription)")
        }
    }

    @Test func readsEveryDayOfLeapAndCommonYears() {
        for year in [1900, 2000, 2023, 2024] {
            for month in 0...13 {
                for day in 0...32 {
                    let text = String.padded4(year) + "-" + String.padded2(month) + "-" + String.padded2(day)
                    #expect(PartialDate(parsing: text) == Self.referenceDate(text), "\(text)")
                }
            }
        }
    }
}
