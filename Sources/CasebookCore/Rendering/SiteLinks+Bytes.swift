extension SiteLinks {
    /// True when every byte of `url` is printable ASCII other than the space: then it has no
    /// whitespace to trim, and each of its characters is one byte, so comparing bytes is
    /// comparing characters.
    static func isPrintableASCII(_ url: String) -> Bool {
        url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    /// `resolve` for a URL that `isPrintableASCII` accepts, read as bytes instead of characters.
    func resolvePrintableASCII(_ url: String) -> String? {
        let bytes = url.utf8
        guard let first = bytes.first else { return url }
        if first == UInt8(ascii: "#") { return url }
        if bytes.starts(with: baseURL.utf8) {
            return resolveSiteRooted(bytes: "/" + url.dropFirst(baseURL.utf8.count))
        }
        if first == UInt8(ascii: "/"), bytes.dropFirst().first != UInt8(ascii: "/") {
            return resolveSiteRooted(bytes: url)
        }
        guard let scheme = Self.asciiScheme(of: url) else { return url }
        return Self.safeSchemesASCII.contains(scheme) ? url : nil
    }

    /// `resolveSiteRooted` for a printable ASCII URL: only the first two path segments matter.
    private func resolveSiteRooted(bytes url: String) -> String? {
        let bytes = url.utf8
        let pathEnd =
            bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        var segments: [Substring] = []
        var start: String.Index?
        var index = bytes.startIndex
        while index < pathEnd, segments.count < 2 {
            if bytes[index] == UInt8(ascii: "/") {
                if let segmentStart = start { segments.append(Substring(bytes[segmentStart..<index])) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = bytes.index(after: index)
        }
        if segments.count < 2, let segmentStart = start {
            segments.append(Substring(bytes[segmentStart..<pathEnd]))
        }
        if segments.count == 2 {
            let slug = segments[1]
            switch segments[0] {
            case "cases" where !caseSlugs.contains(String(slug)):
                return nil
            case "releases"
            where !releaseSlugs.contains(String(slug.hasSuffix(".txt") ? slug.dropLast(4) : slug)):
                return nil
            default:
                break
            }
        }
        return basePath + url.dropFirst()
    }

    private static let safeSchemesASCII: Set<String> = ["http", "https", "mailto", "tel"]

    /// `scheme(of:)` for a printable ASCII URL: its lower-cased scheme, or nil for a relative one.
    static func asciiScheme(of url: String) -> String? {
        let bytes = url.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let candidate = bytes[bytes.startIndex..<colon]
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
        guard let first = candidate.first, isLetter(first),
            candidate.allSatisfy({
                isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || $0 == UInt8(ascii: "+")
                    || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
            })
        else { return nil }
        return String(decoding: candidate.map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
