extension SiteLinks {
    /// True when every byte of `url` is printable ASCII other than the space: then it has no
    /// whitespace to trim, and each of its characters is one byte, so comparing bytes is
    /// comparing characters.
    static func isPrintableASCII(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F } }
    }

    /// `resolve` for a URL that `isPrintableASCII` accepts, read as bytes instead of characters.
    func resolvePrintableASCII(_ url: String) -> String? {
        var bytesOfURL = url
        var bytesOfBase = baseURL
        return bytesOfURL.withUTF8 { bytes -> String? in
            guard let first = bytes.first else { return url }
            if first == UInt8(ascii: "#") { return url }
            let base = bytesOfBase.withUTF8 { base in
                bytes.count >= base.count && bytes.prefix(base.count).elementsEqual(base) ? base.count : nil
            }
            if let base {
                return resolveSiteRooted(afterSlash: UnsafeBufferPointer(rebasing: bytes[base...]))
            }
            if first == UInt8(ascii: "/"), bytes.count < 2 || bytes[1] != UInt8(ascii: "/") {
                return resolveSiteRooted(afterSlash: UnsafeBufferPointer(rebasing: bytes[1...]))
            }
            guard let scheme = Self.asciiScheme(of: bytes) else { return url }
            return Self.safeSchemesASCII.contains(scheme) ? url : nil
        }
    }

    /// `resolveSiteRooted` for the bytes of a printable ASCII URL after its leading `/`: only the
    /// first two path segments matter. Every link of a page comes this way, so the segments are
    /// found without an array and the answer is made as one string.
    private func resolveSiteRooted(afterSlash bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let pathEnd = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        let slash = UInt8(ascii: "/")
        // The first two segments, as empty ones between slashes are skipped.
        func segment(from start: Int) -> Range<Int>? {
            var first = start
            while first < pathEnd, bytes[first] == slash { first += 1 }
            guard first < pathEnd else { return nil }
            var end = first
            while end < pathEnd, bytes[end] != slash { end += 1 }
            return first..<end
        }
        let first = segment(from: 0)
        if let first, !withheldPageSlugs.isEmpty, withheldPageSlugs.contains(Self.text(bytes[first])) {
            return nil
        }
        if let first, let second = segment(from: first.upperBound) {
            let kind = bytes[first]
            var slug = second
            if kind.elementsEqual("cases".utf8) {
                let slug = Self.text(bytes[slug])
                if !caseSlugs.contains(slug) { return nil }
                // The case's translation in the language being rendered, where there is one.
                if !folder.isEmpty, translatedCases.contains(slug) {
                    return joined(basePath + folder, bytes)
                }
            } else if kind.elementsEqual("releases".utf8) {
                if bytes[slug].count >= 4,
                    bytes[(slug.upperBound - 4)..<slug.upperBound].elementsEqual(".txt".utf8)
                {
                    slug = slug.lowerBound..<(slug.upperBound - 4)
                }
                let slug = Self.text(bytes[slug])
                if !releaseSlugs.contains(slug) { return nil }
                if !folder.isEmpty, translatedReleases.contains(slug) {
                    return joined(basePath + folder, bytes)
                }
            }
        }
        return joined(basePath, bytes)
    }

    /// `prefix` followed by `bytes` (printable ASCII), made in one allocation.
    private func joined(_ prefix: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + bytes.count) { buffer in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[..<head.count]).initialize(from: head)
                _ = UnsafeMutableBufferPointer(rebasing: buffer[head.count...]).initialize(from: bytes)
                return head.count + bytes.count
            }
        }
    }

    private static func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    private static let safeSchemesASCII: Set<String> = ["http", "https", "mailto", "tel"]

    /// `scheme(of:)` for a printable ASCII URL: its lower-cased scheme, or nil for a relative one.
    static func asciiScheme(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let candidate = bytes[0..<colon]
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
