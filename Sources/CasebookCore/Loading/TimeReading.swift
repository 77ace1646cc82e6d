import Foundation

/// Reads time zones and embargo times.
enum TimeReading {
    /// Why an embargo could not be read.
    enum Failure: Error, Equatable {
        case dateTime(DateTimeProblem)
        case unknownZone(String)
        case nonexistentLocalTime(String, zone: String)
        case ambiguousLocalTime(String, zone: String, offsets: [String])
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
        let local = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute,
            second: clock.second)
        let instants = instants(of: local, in: zone)
        switch instants.count {
        case 0: return .failure(.nonexistentLocalTime("\(day) \(time)", zone: zone.identifier))
        case 1: return .success(Embargo(instant: instants[0], zoneIdentifier: zoneIdentifier))
        default:
            let offsets = instants.map { offsetText(zone.secondsFromGMT(for: $0)) }
            return .failure(.ambiguousLocalTime("\(day) \(time)", zone: zone.identifier, offsets: offsets))
        }
    }

    /// Every instant at which clocks in `zone` show `local`, earliest first: none in the gap when
    /// they go forward, two in the hour they go back, one otherwise.
    static func instants(of local: DateComponents, in zone: TimeZone) -> [Date] {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? utc.timeZone
        guard let asIfUTC = utc.date(from: local) else { return [] }
        // A zone changes its offset at most once a day, so the offsets a day either side are
        // every offset the local time can have.
        let offsets = Set(
            [-86_400.0, 0, 86_400].map { zone.secondsFromGMT(for: asIfUTC.addingTimeInterval($0)) })
        return offsets.map { asIfUTC.addingTimeInterval(-Double($0)) }
            .filter { zone.secondsFromGMT(for: $0) == Int(asIfUTC.timeIntervalSince($0)) }
            .sorted()
    }

    /// `+02:00`, `-03:30`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return sign + String(repeating: "0", count: 2 - hours.count) + hours + ":"
            + String(repeating: "0", count: 2 - rest.count) + rest
    }

    /// The years an instant may name: far enough back for any case, not so far ahead that a
    /// typo pushes every release out of sight.
    static let instantYears = 1970...9999

    /// Reads an instant written in full: `2026-11-30T08:00Z`, `2026-11-30T09:00:00+01:00`, with
    /// optional seconds and fractions; nil unless every part is a real value.
    static func instant(_ text: String) -> Date? {
        guard let separator = text.firstIndex(of: "T") ?? text.firstIndex(of: "t") else { return nil }
        guard case .success(let day) = DateReading.partialDate(String(text[..<separator])), day.isFullDate,
            instantYears.contains(day.year)
        else { return nil }
        var time = text[text.index(after: separator)...]
        guard let offsetStart = time.firstIndex(where: { "+-Zz".contains($0) }),
            let offset = offsetSeconds(String(time[offsetStart...])), abs(offset) <= 14 * 3600
        else { return nil }
        time = time[..<offsetStart]
        var fraction = 0.0
        if let dot = time.firstIndex(of: ".") {
            let digits = time[time.index(after: dot)...]
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Double("0." + digits)
            else { return nil }
            fraction = value
            time = time[..<dot]
        }
        guard let clock = clockTime(String(time)) else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? utc.timeZone
        let wanted = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute,
            second: clock.second)
        guard let asIfUTC = utc.date(from: wanted) else { return nil }
        return asIfUTC.addingTimeInterval(fraction - Double(offset))
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
