import Foundation

/// RFC 3339 time stamps in UTC, written by hand so that no locale or formatter setting can
/// change a byte of the output.
enum Timestamp {
    /// `2026-11-30T08:00:00Z`.
    static func rfc3339(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day =
            "\(String.padded4(parts.year ?? 0))-\(String.padded2(parts.month ?? 1))-\(String.padded2(parts.day ?? 1))"
        let time =
            "\(String.padded2(parts.hour ?? 0)):\(String.padded2(parts.minute ?? 0)):\(String.padded2(parts.second ?? 0))"
        return "\(day)T\(time)Z"
    }
}
