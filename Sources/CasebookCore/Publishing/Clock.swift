import Foundation

/// Decides what "now" is for a build: `--now`, else `SOURCE_DATE_EPOCH`, else the system clock.
public enum Clock {
    /// Why a given time could not be read.
    public enum ClockError: Error, Equatable, CustomStringConvertible {
        /// `--now` is not an ISO 8601 date-time with a zone.
        case invalidNow(String)
        /// `SOURCE_DATE_EPOCH` is not a whole number of seconds.
        case invalidEpoch(String)

        public var description: String {
            switch self {
            case .invalidNow(let text):
                return
                    "--now '\(text)' is not a time; write it as 2026-11-30T08:00:00Z or 2026-11-30T09:00:00+01:00"
            case .invalidEpoch(let text):
                return "SOURCE_DATE_EPOCH '\(text)' is not a whole number of seconds since 1970"
            }
        }
    }

    /// The moment to build for.
    public static func now(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        systemTime: Date = Date()
    ) throws(ClockError) -> Date {
        if let option {
            guard let date = parseInstant(option) else { throw .invalidNow(option) }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch) else { throw .invalidEpoch(epoch) }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return systemTime
    }

    /// Reads `2026-11-30T08:00:00Z`, `2026-11-30T09:00:00+01:00` (seconds and fractions optional).
    public static func parseInstant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ] {
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        // Minutes without seconds: 2026-11-30T09:00Z.
        let parts = text.split(separator: "T", maxSplits: 1)
        if parts.count == 2, parts[1].count >= 5, parts[1].dropFirst(5).first != ":" {
            let time = parts[1]
            return parseInstant("\(parts[0])T\(time.prefix(5)):00\(time.dropFirst(5))")
        }
        return nil
    }
}
