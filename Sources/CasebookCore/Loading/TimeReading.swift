import Foundation

/// Reads time zones and embargo times.
enum TimeReading {
    /// Why an embargo could not be read.
    enum Failure: Error, Equatable {
        case dateTime(DateTimeProblem)
        case unknownZone(String)
        case nonexistentLocalTime(String, zone: String)
    }

    /// The IANA zone named `identifier` ("UTC" included).
    static func timeZone(_ identifier: String) -> TimeZone? {
        guard identifier == "UTC" || knownZones.contains(identifier) else { return nil }
        return TimeZone(identifier: identifier)
    }

    /// The known zone closest to a misspelt one.
    static func zoneSuggestion(for identifier: String) -> String? {
        Suggestion.closest(to: identifier, among: ["UTC"] + TimeZone.knownTimeZoneIdentifiers)
    }

    private static let knownZones = Set(TimeZone.knownTimeZoneIdentifiers)

    /// Reads `2019-10-15T09:00:00+02:00` (or `Z`), `2019-10-15 09:00 Europe/Warsaw`, or
    /// `2019-10-15 09:00` in the site's zone.
    static func embargo(_ text: String, siteZone: TimeZone) -> Result<Embargo, Failure> {
        let parts: [String]
        // Only a T right after the date separates it from the time ("Asia/Tokyo" has one too).
        if let separator = text.index(text.startIndex, offsetBy: 10, limitedBy: text.endIndex),
            separator < text.endIndex, text[separator] == "T"
        {
            parts = [String(text[..<separator]), String(text[text.index(after: separator)...])]
        } else {
            parts = text.split(separator: " ").map(String.init)
        }
        guard parts.count == 2 || parts.count == 3 else { return .failure(.dateTime(.badFormat)) }
        let day: PartialDate
        switch DateReading.partialDate(parts[0]) {
        // A date part in another form means the whole value is in another form: the hint to
        // give is the date-time's, not the date's.
        case .failure(.badFormat): return .failure(.dateTime(.badFormat))
        case .failure(let problem): return .failure(.dateTime(.date(problem)))
        case .success(let date):
            guard date.isFullDate else { return .failure(.dateTime(.badFormat)) }
            day = date
        }
        var time = parts[1]
        var zone = siteZone
        var zoneIdentifier: String? = siteZone.identifier
        if let offsetStart = time.firstIndex(where: { "+-Zz".contains($0) }) {
            guard parts.count == 2 else { return .failure(.dateTime(.badFormat)) }
            let offsetText = String(time[offsetStart...])
            guard let seconds = offsetSeconds(offsetText), let fixed = TimeZone(secondsFromGMT: seconds)
            else {
                return .failure(.dateTime(.badOffset(offsetText)))
            }
            time = String(time[..<offsetStart])
            zone = fixed
            zoneIdentifier = nil
        } else if parts.count == 3 {
            guard let named = timeZone(parts[2]) else { return .failure(.unknownZone(parts[2])) }
            zone = named
            zoneIdentifier = parts[2]
        }
        guard let clock = clockTime(time) else { return .failure(.dateTime(.badTime(time))) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let wanted = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute,
            second: clock.second)
        guard let instant = calendar.date(from: wanted) else { return .failure(.dateTime(.badFormat)) }
        let found = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        guard found.day == day.day, found.hour == clock.hour, found.minute == clock.minute else {
            return .failure(.nonexistentLocalTime("\(day) \(time)", zone: zone.identifier))
        }
        return .success(Embargo(instant: instant, zoneIdentifier: zoneIdentifier))
    }

    /// `HH:MM` or `HH:MM:SS`.
    static func clockTime(_ text: String) -> (hour: Int, minute: Int, second: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour),
            (0...59).contains(minute)
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? -1 : 0
        guard (0...59).contains(second) else { return nil }
        return (hour, minute, second)
    }

    /// `Z`, `+HH:MM`, `-HHMM` or `+HH` as seconds east of UTC.
    static func offsetSeconds(_ text: String) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard [2, 4].contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let hours = Int(digits.prefix(2)),
            let minutes = Int(digits.dropFirst(2).isEmpty ? "0" : digits.dropFirst(2)),
            hours <= 18, minutes <= 59
        else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == "-" ? -seconds : seconds
    }
}
