import Foundation

/// Folds text for the search box: lower case, no accents, Cyrillic in Latin letters, and every
/// run of other characters one space, so that "Еримбетов", "Erimbetov" and "ERIMBETOV" meet.
///
/// The page's script (assets/search.js) folds what a reader types by the same steps, with the
/// letter table that search.json carries, so the two can never drift apart.
enum SearchFolding {
    /// The Cyrillic (and a few Latin) letters and their Latin spellings, as in slugs.
    static var letters: [String: String] { Transliteration.letters }

    /// `text` folded: words of lower-case letters and digits separated by single spaces.
    static func fold(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !output.isEmpty { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    append(Unicode.Scalar(value + 0x20) ?? scalar)
                } else {
                    pendingSpace = true
                }
                continue
            }
            let lower = scalar.properties.lowercaseMapping
            if let mapped = letters[lower] {
                for latin in mapped.unicodeScalars { append(latin) }
                continue
            }
            for part in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
                switch part.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: break
                }
                if part.properties.isAlphabetic || part.properties.numericType != nil {
                    append(part)
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(output)
    }
}
