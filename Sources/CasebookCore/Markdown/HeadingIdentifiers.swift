/// Hands out element ids that are unique within one rendered document.
struct IdentifierRegistry {
    private var used: Set<String> = []

    /// Marks `identifier` as taken (the footnote ids, before any heading asks).
    mutating func reserve(_ identifier: String) {
        used.insert(identifier)
    }

    /// A unique id for a heading with this visible text: its slug, then `slug-2`, `slug-3`, ….
    mutating func identifier(forHeading text: String) -> String {
        let base = Self.slug(for: text)
        if used.insert(base).inserted { return base }
        var suffix = 2
        while true {
            let candidate = "\(base)-\(suffix)"
            if used.insert(candidate).inserted { return candidate }
            suffix += 1
        }
    }

    /// Lowercase letters and digits joined by single hyphens; "section" when nothing is left.
    static func slug(for text: String) -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let keep: Bool
            if scalar.isASCII {
                keep =
                    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                    || (scalar >= "0" && scalar <= "9")
            } else {
                // Letters of other scripts stay, so a Cyrillic heading still gets a readable id.
                keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            guard keep else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if pendingHyphen {
                slug += "-"
                pendingHyphen = false
            }
            slug += scalar.properties.lowercaseMapping
        }
        return slug.isEmpty ? "section" : slug
    }
}
