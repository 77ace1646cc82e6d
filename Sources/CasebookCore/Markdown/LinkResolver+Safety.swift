extension LinkResolver {
    /// Schemes that run code or read local files when followed; links to them never reach output.
    static let unsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"]

    /// Whether `url` uses a scheme that could run code, once the ASCII whitespace and control
    /// characters that browsers ignore are removed and letters are lowercased.
    public static func isUnsafe(_ url: String) -> Bool {
        // Only the first few significant characters decide the scheme; "javascript:" is 11.
        var prefix: [UInt8] = []
        prefix.reserveCapacity(12)
        for byte in url.utf8 {
            if byte <= 0x20 || byte == 0x7F { continue }
            prefix.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            if prefix.count == 11 { break }
        }
        for scheme in unsafeSchemes where prefix.starts(with: scheme.utf8) {
            return true
        }
        return false
    }

    /// The URL to write for a link or image in content, or nil when it must be dropped
    /// (an unsafe scheme before or after resolving, or the resolver's refusal).
    public func safeURL(for url: String) -> String? {
        guard !Self.isUnsafe(url), let resolved = resolve(url), !Self.isUnsafe(resolved) else {
            return nil
        }
        return resolved
    }
}
