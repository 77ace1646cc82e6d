/// A date known to the year, the month or the day: `2017`, `2017-11` or `2017-11-09`.
package struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    var year: Int
    /// The month, 1–12, when known.
    var month: Int?
    /// The day of the month, when known (only with a month).
    var day: Int?

    /// Creates a partial date; it is not validated here (see `init?(parsing:)`).
    package init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days.
    package init?(parsing text: String) {
        // Read on UTF-8 bytes: a date is ASCII digits and hyphens only, and every file's dates
        // are read on every build that decodes it.
        var values = [0, 0, 0]
        var lengths = [0, 0, 0]
        var part = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                part += 1
                guard part < 3 else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), lengths[part] < 4 else {
                return nil
            }
            values[part] = values[part] * 10 + Int(byte - UInt8(ascii: "0"))
            lengths[part] += 1
        }
        guard lengths[0] == 4, lengths[1...].prefix(part).allSatisfy({ $0 == 2 }) else { return nil }
        self.year = values[0]
        if part >= 1 {
            guard (1...12).contains(values[1]) else { return nil }
            self.month = values[1]
        }
        if part == 2, let month {
            guard (1...Self.daysIn(month: month, year: year)).contains(values[2]) else { return nil }
            self.day = values[2]
        }
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// True when year, month and day are all known.
    package var isFullDate: Bool { day != nil }

    /// The ISO form it was written in: `2017`, `2017-11`, `2017-11-09`.
    package var description: String {
        // Written digit by digit when every part has its usual number of digits: pages show
        // and fingerprints hash thousands of dates, and interpolating and padding each part
        // cost 2,000 instructions a date.
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0),
            day == nil || month != nil
        else {
            var text = String.padded4(year)
            if let month { text += "-" + String.padded2(month) }
            if let day { text += "-" + String.padded2(day) }
            return text
        }
        let count = day != nil ? 10 : month != nil ? 7 : 4
        return String(unsafeUninitializedCapacity: count) { text in
            func put(_ value: Int, digits: Int, at start: Int) {
                var rest = value
                for index in stride(from: start + digits - 1, through: start, by: -1) {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            if let month {
                text[4] = UInt8(ascii: "-")
                put(month, digits: 2, at: 5)
            }
            if let day {
                text[7] = UInt8(ascii: "-")
                put(day, digits: 2, at: 8)
            }
            return count
        }
    }

    /// `9 November 2017`, `November 2017` or `2017`, as a press release writes dates.
    var longForm: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// English month names, for dates in pages and datelines.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// True when every day this date may mean comes after every day `other` may mean: `2019-10`
    /// is certainly after `2019-09-30`, but `2019` is not certainly after `2019-03-02`.
    func isCertainlyAfter(_ other: PartialDate) -> Bool {
        if year != other.year { return year > other.year }
        guard let month, let otherMonth = other.month else { return false }
        if month != otherMonth { return month > otherMonth }
        guard let day, let otherDay = other.day else { return false }
        return day > otherDay
    }

    // A partial date sorts before the full dates inside it: 2017 < 2017-01 < 2017-01-01.
    package static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

extension String {
    /// A number padded with zeros to two digits.
    static func padded2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    /// A number padded with zeros to four digits.
    static func padded4(_ value: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
