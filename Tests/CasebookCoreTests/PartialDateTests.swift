import Testing

@testable import CasebookCore

@Suite struct PartialDateTests {
    @Test func parsesYearMonthAndDay() {
        #expect(PartialDate(parsing: "2017") == PartialDate(year: 2017))
        #expect(PartialDate(parsing: "2017-11") == PartialDate(year: 2017, month: 11))
        #expect(PartialDate(parsing: "2017-11-09") == PartialDate(year: 2017, month: 11, day: 9))
    }

    @Test(arguments: ["2017-13-45", "2017-13", "2017-02-29", "17", "2017-1-1", "2017-11-09x", "", "２０１７"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    /// The ISO form is written digit by digit where the parts have their usual digits; it must
    /// read as the padded parts joined, whatever the parts (the record and every page use it).
    @Test func isoFormIsThePaddedPartsJoined() {
        func reference(_ date: PartialDate) -> String {
            var text = String.padded4(date.year)
            if let month = date.month { text += "-" + String.padded2(month) }
            if let day = date.day { text += "-" + String.padded2(day) }
            return text
        }
        #expect(PartialDate(year: 2017, month: 11, day: 9).description == "2017-11-09")
        #expect(PartialDate(year: 7, month: 1).description == "0007-01")
        #expect(PartialDate(year: 2017).description == "2017")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let year = Int.random(in: -50...12_000, using: &generator)
            let month = Bool.random(using: &generator) ? nil : Int.random(in: -5...120, using: &generator)
            let day = Bool.random(using: &generator) ? nil : Int.random(in: -5...120, using: &generator)
            let date = PartialDate(year: year, month: month, day: day)
            #expect(
                date.description == reference(date),
                "\(year) \(String(describing: month)) \(String(describing: day))")
        }
    }

    @Test func acceptsLeapDay() {
        #expect(PartialDate(parsing: "2016-02-29") != nil)
    }

    @Test func writesLongForm() {
        #expect(PartialDate(year: 2017, month: 8, day: 24).longForm == "24 August 2017")
        #expect(PartialDate(year: 2017, month: 8).longForm == "August 2017")
        #expect(PartialDate(year: 2017).longForm == "2017")
    }

    @Test func sortsPartialBeforeFull() {
        #expect(PartialDate(year: 2017) < PartialDate(year: 2017, month: 1))
        #expect(PartialDate(year: 2017, month: 1) < PartialDate(year: 2017, month: 1, day: 1))
    }

    @Test(arguments: [
        ("2019-10-15", "2018-03-02", true), ("2018-04", "2018-03-31", true),
        ("2018-03-03", "2018-03-02", true),
        ("2018-03-02", "2018-03-02", false), ("2018-03", "2018-03-02", false), ("2018", "2018-03-02", false),
        ("2018-03-02", "2018-03", false), ("2017-12-31", "2018", false), ("2018-03-01", "2018-03-02", false),
    ])
    func isCertainlyAfterOnlyWhenEveryDayItMayMeanIsLater(
        _ later: String, _ earlier: String, _ expected: Bool
    ) throws {
        let lhs = try #require(PartialDate(parsing: later))
        let rhs = try #require(PartialDate(parsing: earlier))
        #expect(lhs.isCertainlyAfter(rhs) == expected)
    }
}
