/// Why a text is not a date.
package enum DateProblem: Error, Hashable, Sendable {
    /// Not written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case badFormat
    /// The month is not 1–12.
    case noSuchMonth(Int)
    /// The month has fewer days.
    case noSuchDay(day: Int, month: Int, year: Int)
}

/// Reads partial dates and says exactly what is wrong with the ones that are not.
enum DateReading {
    /// The date written in `text`, or why it is not one.
    static func partialDate(_ text: String) -> Result<PartialDate, DateProblem> {
        if let date = PartialDate(parsing: text) { return .success(date) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return .failure(.badFormat) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        let day = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        return .failure(.noSuchDay(day: day, month: month, year: year))
    }
}
