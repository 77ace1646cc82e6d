import Foundation

/// Dates and times in one language, from CLDR's data in Foundation's ICU: "2 March 2018",
/// "2 марта 2018 г.", "listopad 2017", "09:00 CET". Never a month table of our own.
///
/// Formatters are costly to make, so each language makes its few once; a build renders the same
/// dates on many pages, so each date's text is kept once made. Safe to share between threads.
final class DateFormatting: @unchecked Sendable {
    /// The locale's identifier (`en-GB`, `ru`): two formattings of one locale write every date alike.
    let locale: String
    private let lock = NSLock()
    private let fullDate: DateFormatter
    private let yearMonth: DateFormatter
    private let yearMonthAfterPreposition: DateFormatter
    private let year: DateFormatter
    private let clock: DateFormatter
    private let zoneName: DateFormatter
    private let zoneNames: Strings.ZoneNames
    private let calendar: Calendar
    private var dates: [PartialDate: String] = [:]
    private var datesAfterPreposition: [PartialDate: String] = [:]

    /// The formatting of `locale` (`en-GB`, `ru`), naming zones as `zoneNames` says.
    init(locale identifier: String, zoneNames: Strings.ZoneNames) {
        self.locale = identifier
        let locale = Locale(identifier: identifier)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        self.calendar = calendar
        func formatter(template: String? = nil, pattern: String? = nil) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = locale
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            if let template { formatter.setLocalizedDateFormatFromTemplate(template) }
            if let pattern { formatter.dateFormat = pattern }
            return formatter
        }
        fullDate = formatter(template: "yMMMMd")
        // The month's standalone form (`LLLL`): "listopad 2017", "ноябрь 2017", not the
        // genitive a full date uses ("9 listopada 2017").
        yearMonth = formatter(pattern: "LLLL y")
        // After a preposition ("since May 2009", "с мая 2009 г.", "od maja 2009") the month takes
        // its format-context form (`MMMM`, the genitive in Slavic languages) and the year its
        // mark, as CLDR's `yMMMM` skeleton lays them out; that skeleton asks for the standalone
        // month (`LLLL`), which belongs to a heading, so the pattern asks for the other form.
        let skeleton = DateFormatter.dateFormat(fromTemplate: "yMMMM", options: 0, locale: locale) ?? "MMMM y"
        yearMonthAfterPreposition = formatter(
            pattern: skeleton.replacingOccurrences(of: "LLLL", with: "MMMM"))
        year = formatter(template: "y")
        clock = formatter(template: "HHmm")
        zoneName = formatter(pattern: zoneNames == .name ? "zzzz" : "z")
        self.zoneNames = zoneNames
    }

    /// `9 November 2017`, `November 2017` or `2017` in the language, as a heading or a table
    /// cell shows it (ru "ноябрь 2017", pl "listopad 2017").
    func text(_ date: PartialDate) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = dates[date] { return known }
        let text = format(date, month: yearMonth)
        dates[date] = text
        return text
    }

    /// The date as it reads after a preposition such as "since": ru "мая 2009 г.", pl "maja
    /// 2009", uk "травня 2009 р.", en "May 2009". Full dates and years read as `text(_:)`.
    func textAfterPreposition(_ date: PartialDate) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = datesAfterPreposition[date] { return known }
        let text = format(date, month: yearMonthAfterPreposition)
        datesAfterPreposition[date] = text
        return text
    }

    /// The date by the full-date, `month` or year formatter, as precise as it is. Called locked.
    private func format(_ date: PartialDate, month: DateFormatter) -> String {
        let formatter = date.day != nil ? fullDate : date.month != nil ? month : year
        let components = DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1, hour: 12)
        return calendar.date(from: components).map(formatter.string) ?? date.description
    }

    /// An instant as its zone reads it, laid out by `format` (`{clock} {zone}, {date}`).
    func text(_ time: LocalTime, format: String) -> String {
        let date = text(time.date)
        lock.lock()
        defer { lock.unlock() }
        clock.timeZone = time.zone
        zoneName.timeZone = time.zone
        let clockText = clock.string(from: time.instant)
        var zone = zoneName.string(from: time.instant)
        // CLDR has short names for few zones in most languages and writes "GMT+1" for the rest;
        // the tz database's letters ("CET") are what journalists read there.
        if zoneNames == .abbreviation, zone.hasPrefix("GMT") || zone.hasPrefix("UTC") {
            zone = time.abbreviation
        }
        // UTC is read as such in every language ("Среднее по Гринвичу" says less).
        if ZoneAbbreviation.name(of: time.zone) == "UTC" { zone = "UTC" }
        return Strings.fill(format, ["clock": clockText, "zone": zone, "date": date])
    }
}
