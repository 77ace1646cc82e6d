import Foundation

/// Time-zone abbreviations ("CET", "CEST") as the tz database writes them.
///
/// Foundation on Linux answers "GMT+1" for Europe/Warsaw; an embargo line must say "CET", as
/// journalists read it. The abbreviation is looked up in the system's TZif file by the offset
/// and daylight-saving flag Foundation reports for the instant.
enum ZoneAbbreviation {
    /// Where Debian keeps the tz database.
    static let zoneInfoFolder = "/usr/share/zoneinfo"

    /// The abbreviation in force in `zone` at `date`, or a `UTC+01:00` style fallback.
    static func abbreviation(of zone: TimeZone, at date: Date) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let isDST = zone.isDaylightSavingTime(for: date)
        // Foundation on Linux names the UTC zone "GMT".
        if offset == 0, ["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(zone.identifier) { return "UTC" }
        if let types = localTimeTypes(zone.identifier),
            let match = types.last(where: { $0.offset == offset && $0.isDST == isDST }),
            match.name.first?.isLetter == true
        {
            return match.name
        }
        return fallback(offset: offset)
    }

    /// The zone's tz database name, with "UTC" for the zone Foundation on Linux calls "GMT"
    /// (it gives that name to `UTC`, the spec's default, too; the two never differ in time).
    static func name(of zone: TimeZone) -> String {
        zone.identifier == "GMT" ? "UTC" : zone.identifier
    }

    /// `UTC+05:00`.
    static func fallback(offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "UTC\(sign)\(String.padded2(minutes / 60)):\(String.padded2(minutes % 60))"
    }

    struct LocalTimeType: Equatable {
        var offset: Int
        var isDST: Bool
        var name: String
    }

    /// The local time types of a TZif file (its first, 32-bit data block suffices: the types
    /// table lists every abbreviation the zone has used).
    static func localTimeTypes(_ identifier: String) -> [LocalTimeType]? {
        guard !identifier.contains(".."),
            let data = FileManager.default.contents(atPath: zoneInfoFolder + "/" + identifier)
        else { return nil }
        return parse([UInt8](data))
    }

    static func parse(_ bytes: [UInt8]) -> [LocalTimeType]? {
        guard bytes.count >= 44, bytes[0..<4] == [0x54, 0x5A, 0x69, 0x66] else { return nil }
        func count(at index: Int) -> Int {
            Int(bytes[index]) << 24 | Int(bytes[index + 1]) << 16 | Int(bytes[index + 2]) << 8
                | Int(bytes[index + 3])
        }
        let (isUTCCount, isStdCount, leapCount) = (count(at: 20), count(at: 24), count(at: 28))
        let (timeCount, typeCount, charCount) = (count(at: 32), count(at: 36), count(at: 40))
        _ = (isUTCCount, isStdCount, leapCount)
        let typesStart = 44 + timeCount * 5
        let namesStart = typesStart + typeCount * 6
        guard namesStart + charCount <= bytes.count else { return nil }
        var types: [LocalTimeType] = []
        for index in 0..<typeCount {
            let base = typesStart + index * 6
            let offset = Int(Int32(bitPattern: UInt32(count(at: base))))
            let nameIndex = namesStart + Int(bytes[base + 5])
            guard nameIndex < namesStart + charCount else { return nil }
            let end = bytes[nameIndex..<(namesStart + charCount)].firstIndex(of: 0) ?? namesStart + charCount
            let name = String(decoding: bytes[nameIndex..<end], as: UTF8.self)
            types.append(LocalTimeType(offset: offset, isDST: bytes[base + 4] != 0, name: name))
        }
        return types
    }
}
