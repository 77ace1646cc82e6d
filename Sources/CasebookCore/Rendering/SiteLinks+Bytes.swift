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
        while index + 8 <= bytes.count {
            guard ByteWord.isPrintableASCII(ByteWord.load(base + index)) else { return false }
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
        return bytesOfURL.withUTF8 { resolvePrintableASCII($0, url: url)?.whole }
    }

    /// `resolvePrintableASCII` given the bytes of `url` as well, so that they are read once.
    func resolvePrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, url: String) -> ResolvedURL? {
        guard let first = bytes.first else { return ResolvedURL(whole: url) }
        if first == UInt8(ascii: "#") { return ResolvedURL(whole: url) }
        var bytesOfBase = baseURL
        let baseLength = bytesOfBase.withUTF8 { base in Self.hasPrefix(bytes, base) ? base.count : nil }
        if let baseLength {
            return resolveSiteRooted(bytes, pathStart: baseLength, url: url)
        }
        if first == UInt8(ascii: "/"), bytes.count < 2 || bytes[1] != UInt8(ascii: "/") {
            return resolveSiteRooted(bytes, pathStart: 1, url: url)
        }
        guard let colon = Self.asciiSchemeEnd(of: bytes) else { return ResolvedURL(whole: url) }
        return Self.isSafeScheme(UnsafeBufferPointer(rebasing: bytes[..<colon]))
            ? ResolvedURL(whole: url) : nil
    }

    /// `resolveSiteRooted` for the bytes of a printable ASCII URL whose path (after its leading
    /// `/`) starts at `pathStart`: only the first two path segments matter. Every link of a page
    /// comes this way, so the segments are found without an array, slugs are looked up by their
    /// bytes, and the answer is the base path and the rest of `url`, not a new string.
    private func resolveSiteRooted(_ bytes: UnsafeBufferPointer<UInt8>, pathStart: Int, url: String)
        -> ResolvedURL?
    {
        let (first, second) = Self.firstTwoSegments(of: UnsafeBufferPointer(rebasing: bytes[pathStart...]))
        if let first, withheldPageSlugs.contains(bytes: first) { return nil }
        var head = basePath
        if let first, let second {
            if Self.equals(first, "cases") {
                if !caseSlugs.contains(bytes: second) { return nil }
                // The case's translation in the language being rendered, where there is one.
                if !folder.isEmpty, translatedCases.contains(bytes: second) { head += folder }
            } else if Self.equals(first, "releases") {
                var slug = second
                if slug.count >= 4,
                    Self.equals(UnsafeBufferPointer(rebasing: slug[(slug.count - 4)...]), ".txt")
                {
                    slug = UnsafeBufferPointer(rebasing: slug[..<(slug.count - 4)])
                }
                if !releaseSlugs.contains(bytes: slug) { return nil }
                if !folder.isEmpty, translatedReleases.contains(bytes: slug) { head += folder }
            }
        }
        // The byte before the path is `/` (the site's address ends with one, or the link starts
        // with one): with the base path "/", the answer is the link from that slash on, one
        // piece for the writer instead of two.
        if head == "/" { return ResolvedURL(head: "", source: url, tailStart: pathStart - 1) }
        return ResolvedURL(head: head, source: url, tailStart: pathStart)
    }

    /// The first two segments of the path `bytes` (after its leading `/`), skipping the empty
    /// ones between slashes, read in one pass that stops at the query or fragment or once the
    /// second segment ends: only they decide where a link within the site goes.
    static func firstTwoSegments(
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?) {
        guard let base = bytes.baseAddress else { return (nil, nil) }
        let count = bytes.count
        // The segment from `start` on, after the slashes there; empty where the path ends.
        @inline(__always) func segment(from start: Int) -> Range<Int> {
            var first = start
            while first < count, base[first] == UInt8(ascii: "/") { first += 1 }
            var end = first
            while end < count {
                let byte = base[end]
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                    break
                }
                end += 1
            }
            return first..<end
        }
        func piece(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8>? {
            range.isEmpty ? nil : UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        }
        let first = segment(from: 0)
        // A path ends at `?` or `#`: a second segment starts only after a slash.
        guard !first.isEmpty, first.upperBound < count, base[first.upperBound] == UInt8(ascii: "/") else {
            return (piece(first), nil)
        }
        return (piece(first), piece(segment(from: first.upperBound)))
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
