extension LinkResolver {
    /// Schemes that run code or read local files when followed; links to them never reach output.
    static let unsafeSchemes: [StaticString] = ["javascript:", "vbscript:", "data:", "file:"]

    /// Whether `url` uses a scheme that could run code, once the ASCII whitespace and control
    /// characters that browsers ignore are removed and letters are lowercased.
    static func isUnsafe(_ url: String) -> Bool {
        // Nearly every URL is told safe by its first significant letter: no unsafe scheme
        // starts with it.
        guard let first = url.utf8.first(where: { $0 > 0x20 && $0 != 0x7F }) else { return false }
        switch first | 0x20 {
        case UInt8(ascii: "j"), UInt8(ascii: "v"), UInt8(ascii: "d"), UInt8(ascii: "f"): break
        default: return false
        }
        for scheme in unsafeSchemes where significantPrefix(of: url, is: scheme) {
            return true
        }
        return false
    }

    /// Whether `url` starts with `scheme` once ignored characters are skipped and letters
    /// lowercased; compared in place, without copying the URL.
    private static func significantPrefix(of url: String, is scheme: StaticString) -> Bool {
        scheme.withUTF8Buffer { expected in
            var matched = 0
            for byte in url.utf8 {
                if byte <= 0x20 || byte == 0x7F { continue }
                let lowercased = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                guard lowercased == expected[matched] else { return false }
                matched += 1
                if matched == expected.count { return true }
            }
            return false
        }
    }

    /// The URL to write for a link or image in content, or nil when it must be dropped
    /// (an unsafe scheme before or after resolving, or the resolver's refusal).
    func safeURL(for url: String) -> String? {
        safeURLInPieces(for: url)?.whole
    }

    /// `safeURL(for:)` in the pieces the resolver gave, for writers that need no whole string.
    func safeURLInPieces(for url: String) -> ResolvedURL? {
        guard !Self.isUnsafe(url), let resolved = resolveInPieces(url), !resolved.isUnsafe else {
            return nil
        }
        return resolved
    }
}
