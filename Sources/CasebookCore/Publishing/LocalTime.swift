import Foundation

/// An instant as people in a zone read it: "09:00 CET, 30 November 2026".
struct LocalTime: Hashable, Sendable {
    /// The instant.
    var instant: Date
    /// The zone it is shown in.
    var zone: TimeZone

    /// Creates a local time.
    init(_ instant: Date, in zone: TimeZone) {
        self.instant = instant
        self.zone = zone
    }

    private var parts: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
    }

    /// The calendar date in the zone.
    var date: PartialDate {
        let parts = parts
        return PartialDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// `09:00`.
    var clock: String {
        let parts = parts
        return "\(String.padded2(parts.hour ?? 0)):\(String.padded2(parts.minute ?? 0))"
    }

    /// `CET`, `CEST`, or `UTC+05:00` when the tz database has no letters for it.
    var abbreviation: String { ZoneAbbreviation.abbreviation(of: zone, at: instant) }

    /// `09:00 CET, 30 November 2026`, the form an embargo line uses.
    var longForm: String { "\(clock) \(abbreviation), \(date.longForm)" }

    /// `2026-11-30 09:00 CET`, for listings.
    var shortForm: String { "\(date) \(clock) \(abbreviation)" }
}
