extension SiteLinks {
    /// True when every byte of `url` is printable ASCII other than the space: then it has no
    /// whitespace to trim, and each of its characters is one byte, so comparing bytes is
    /// comparing characters.
    static func isPrintableASCII(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { isPrintableASCII($0) }
    }

    /// `isPrintableASCII` for the UTF-8 bytes of a URL.
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        // Eight bytes at a time: a byte below 0x21 (the space and controls), or one whose high
        // bit is set or is reached by adding 1 (DEL and non-ASCII bytes). A carry out of 0xFF
        // starts at a byte that is caught anyway.
        while index + 8 <= bytes.count {
            let word = ByteWord.load(base + index)
            if ByteWord.hasByte(below: 0x21, in: word)
                || (word | (word &+ ByteWord.ones)) & ByteWord.highBits != 0
            {
                return false
            }
            index += 8
        }
        // 0x21…0x7E become 0…0x5D; the space, controls, DEL and non-ASCII bytes become larger.
        while index < bytes.count {
            if base[index] &- 0x21 >= 0x5E { return false }
            index += 1
        }
        return true
    }

    /// `resolve` for a URL that `isPrintableASCII` accepts, read as bytes instead of characters.
    func resolvePrintableASCII(_ url: String) -> String? {
        var bytesOfURL = url
        return bytesOfURL.withUTF8 { resolvePrintableASCII($0, url: url) }
    }

    /// `resolvePrintableASCII` given the bytes of `url` as well, so that they are read once.
    func resolvePrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, url: String) -> String? {
        guard let first = bytes.first else { return url }
        if first == UInt8(ascii: "#") { return url }
        var bytesOfBase = baseURL
        let baseLength = bytesOfBase.withUTF8 { base in Self.hasPrefix(bytes, base) ? base.count : nil }
        if let baseLength {
            return resolveSiteRooted(afterSlash: UnsafeBufferPointer(rebasing: bytes[baseLength...]))
        }
        if first == UInt8(ascii: "/"), bytes.count < 2 || bytes[1] != UInt8(ascii: "/") {
            return resolveSiteRooted(afterSlash: UnsafeBufferPointer(rebasing: bytes[1...]))
        }
        guard let colon = Self.asciiSchemeEnd(of: bytes) else { return url }
        return Self.isSafeScheme(UnsafeBufferPointer(rebasing: bytes[..<colon])) ? url : nil
    }

    /// `resolveSiteRooted` for the bytes of a printable ASCII URL after its leading `/`: only the
    /// first two path segments matter. Every link of a page comes this way, so the segments are
    /// found without an array, slugs are looked up by their bytes and the answer is made as one
    /// string.
    private func resolveSiteRooted(afterSlash bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let (first, second) = Self.firstTwoSegments(of: bytes)
        if let first, withheldPageSlugs.contains(bytes: first) { return nil }
        if let first, let second {
            if Self.equals(first, "cases") {
                if !caseSlugs.contains(bytes: second) { return nil }
                // The case's translation in the language being rendered, where there is one.
                if !folder.isEmpty, translatedCases.contains(bytes: second) {
                    return joined(basePath + folder, bytes)
                }
            } else if Self.equals(first, "releases") {
                var slug = second
                if slug.count >= 4,
                    Self.equals(UnsafeBufferPointer(rebasing: slug[(slug.count - 4)...]), ".txt")
                {
                    slug = UnsafeBufferPointer(rebasing: slug[..<(slug.count - 4)])
                }
                if !releaseSlugs.contains(bytes: slug) { return nil }
                if !folder.isEmpty, translatedReleases.contains(bytes: slug) {
                    return joined(basePath + folder, bytes)
                }
            }
        }
        return joined(basePath, bytes)
    }

    /// The first two segments of the path `bytes` (after its leading `/`), skipping the empty
    /// ones between slashes, read in one pass that stops at the query or fragment or once the
    /// second segment ends: only they decide where a link within the site goes.
    static func firstTwoSegments(
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?) {
        var first: UnsafeBufferPointer<UInt8>?
        var segmentStart: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte != UInt8(ascii: "/") {
                if segmentStart == nil { segmentStart = index }
            } else if let start = segmentStart {
                let segment = UnsafeBufferPointer(rebasing: bytes[start..<index])
                guard first != nil else {
                    first = segment
                    segmentStart = nil
                    index += 1
                    continue
                }
                return (first, segment)
            }
            index += 1
        }
        let last = segmentStart.map { UnsafeBufferPointer(rebasing: bytes[$0..<index]) }
        return first == nil ? (last, nil) : (first, last)
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

    /// True when `bytes` start with `prefix`, compared eight bytes at a time.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard bytes.count >= prefix.count else { return false }
        guard let start = bytes.baseAddress, let expected = prefix.baseAddress else { return prefix.isEmpty }
        return ByteWord.equal(start, expected, count: prefix.count)
    }

    /// True when `bytes` are the bytes of `text`.
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount
            && hasPrefix(bytes, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The schemes a link in content may use; `scheme(of:)` lowercases before asking.
    private static let safeSchemesASCII: [StaticString] = ["http", "https", "mailto", "tel"]

    /// True when the scheme `bytes` (as `asciiSchemeEnd` found it) is safe once lowercased,
    /// compared in place rather than through a lowercased copy.
    private static func isSafeScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        safeSchemesASCII.contains { safe in
            safe.utf8CodeUnitCount == bytes.count
                && zip(bytes, UnsafeBufferPointer(start: safe.utf8Start, count: safe.utf8CodeUnitCount))
                    .allSatisfy {
                        (isLetter($0) ? $0 | 0x20 : $0) == $1
                    }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// `scheme(of:)` for a printable ASCII URL: where its scheme ends (the colon), or nil for a
    /// relative one.
    static func asciiSchemeEnd(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let candidate = bytes[0..<colon]
        guard let first = candidate.first, isLetter(first),
            candidate.allSatisfy({
                isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || $0 == UInt8(ascii: "+")
                    || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
            })
        else { return nil }
        return colon
    }
}
