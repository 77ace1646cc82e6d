import Foundation

/// Dates and times in one language, from CLDR's data in Foundation's ICU: "2 March 2018",
/// "2 марта 2018 г.", "listopad 2017", "09:00 CET". Never a month table of our own.
///
/// Formatters are costly to make, so each language makes its few once; a build renders the same
/// dates on many pages, so each date's text is kept once made. Safe to share between threads.
final class DateFormatting: @unchecked Sendable {
    private let lock = NSLock()
    private let fullDate: DateFormatter
    private let yearMonth: DateFormatter
    private let year: DateFormatter
    private let clock: DateFormatter
    private let zoneName: DateFormatter
    private let zoneNames: Strings.ZoneNames
    private let calendar: Calendar
    private var dates: [PartialDate: String] = [:]

    /// The formatting of `locale` (`en-GB`, `ru`), naming zones as `zoneNames` says.
    init(locale identifier: String, zoneNames: Strings.ZoneNames) {
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
        year = formatter(template: "y")
        clock = formatter(template: "HHmm")
        zoneName = formatter(pattern: zoneNames == .name ? "zzzz" : "z")
        self.zoneNames = zoneNames
    }

    /// `9 November 2017`, `November 2017` or `2017` in the language.
    func text(_ date: PartialDate) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = dates[date] { return known }
        let formatter = date.day != nil ? fullDate : date.month != nil ? yearMonth : year
        let components = DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1, hour: 12)
        let text = calendar.date(from: components).map(formatter.string) ?? date.description
        dates[date] = text
        return text
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
