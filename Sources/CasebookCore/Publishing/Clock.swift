import Foundation

/// Decides what "now" is for a build: `--now`, else `SOURCE_DATE_EPOCH`, else the system clock.
package enum Clock {
    /// Why a given time could not be read.
    package enum ClockError: Error, Equatable, CustomStringConvertible {
        /// `--now` is not an ISO 8601 date-time with a zone.
        case invalidNow(String)
        /// `SOURCE_DATE_EPOCH` is not a whole number of seconds.
        case invalidEpoch(String)

        package var description: String {
            switch self {
            case .invalidNow(let text):
                return
                    "--now '\(text.escapedForDisplay)' is not a time between 1970 and 9999; write it as"
                    + " 2026-11-30T08:00:00Z or 2026-11-30T09:00:00+01:00"
            case .invalidEpoch(let text):
                return "SOURCE_DATE_EPOCH '\(text.escapedForDisplay)' is not a whole number of seconds"
                    + " between 1970 and 9999"
            }
        }
    }

    /// The moment to build for.
    package static func now(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        systemTime: Date = Date()
    ) throws(ClockError) -> Date {
        if let option {
            guard let date = parseInstant(option) else { throw .invalidNow(option) }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), epochRange.contains(seconds) else { throw .invalidEpoch(epoch) }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return systemTime
    }

    /// True when the moment is fixed (`--now`, or a `SOURCE_DATE_EPOCH` that is set and not
    /// empty), false when it follows the system clock: `serve` rebuilds once a minute only then.
    package static func isFixed(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        option != nil || environment["SOURCE_DATE_EPOCH"].map { !$0.isEmpty } == true
    }

    /// Reads `2026-11-30T08:00:00Z`, `2026-11-30T09:00+01:00` (seconds and fractions optional);
    /// nil for anything that is not a real instant between 1970 and 9999 with a real offset.
    package static func parseInstant(_ text: String) -> Date? {
        TimeReading.instant(text)
    }

    // SOURCE_DATE_EPOCH is read within the same years as --now.
    private static let epochRange: ClosedRange<Int64> = 0...253_402_300_799
}
