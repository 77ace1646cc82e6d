/// Hands out element ids that are unique within one rendered document.
struct IdentifierRegistry {
    private var used: Set<String> = []
    /// How many references each footnote has (footnote 1 first). Its ids (`fn-N`, `fnref-N`,
    /// `fnref-N-2`, …) are taken before any heading asks; they are recognised rather than stored,
    /// so that a body without headings pays nothing for them.
    var footnoteReferenceCounts: [Int] = []

    /// A unique id for a heading with this visible text: its slug, then `slug-2`, `slug-3`, ….
    mutating func identifier(forHeading text: String) -> String {
        let base = Self.slug(for: text)
        if !isFootnoteIdentifier(base), used.insert(base).inserted { return base }
        var suffix = 2
        while true {
            let candidate = "\(base)-\(suffix)"
            if !isFootnoteIdentifier(candidate), used.insert(candidate).inserted { return candidate }
            suffix += 1
        }
    }

    /// Whether `identifier` is one a footnote or a reference to it uses.
    func isFootnoteIdentifier(_ identifier: String) -> Bool {
        guard !footnoteReferenceCounts.isEmpty, identifier.utf8.starts(with: "fn".utf8) else { return false }
        let parts = identifier.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let number = Self.number(parts[1]), number <= footnoteReferenceCounts.count
        else { return false }
        switch (parts[0], parts.count) {
        case ("fn", 2), ("fnref", 2): return true
        case ("fnref", 3):
            guard let occurrence = Self.number(parts[2]) else { return false }
            return occurrence >= 2 && occurrence <= footnoteReferenceCounts[number - 1]
        default: return false
        }
    }

    /// A positive number written as Casebook writes numbers: digits without a leading zero.
    private static func number(_ text: Substring) -> Int? {
        guard let first = text.utf8.first, first != UInt8(ascii: "0"),
            text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            text.utf8.count < 10
        else { return nil }
        return Int(text)
    }

    /// Lowercase letters and digits joined by single hyphens; "section" when nothing is left.
    static func slug(for text: String) -> String {
        // Written as UTF-8 bytes: a heading is mostly ASCII, whose letters are lowered by a bit,
        // where asking each character's Unicode properties and appending a string per character
        // cost a page's whole body of HTML.
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let byte = UInt8(truncatingIfNeeded: scalar.value)
            let keep: Bool
            if scalar.isASCII {
                keep = (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
            } else {
                // Letters of other scripts stay, so a Cyrillic heading still gets a readable id.
                keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            guard keep else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if pendingHyphen {
                slug.append(UInt8(ascii: "-"))
                pendingHyphen = false
            }
            if scalar.isASCII {
                // Upper-case letters differ from lower-case ones by 0x20; digits have it set.
                slug.append(byte | 0x20)
            } else {
                slug.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }
}
