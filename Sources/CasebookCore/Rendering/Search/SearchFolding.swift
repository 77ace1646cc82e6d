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
        String(decoding: foldedBytes(text), as: UTF8.self)
    }

    /// `fold` as UTF-8 bytes. Bodies are long and nearly all ASCII, so ASCII bytes are handled
    /// one by one and only other characters are decoded as scalars.
    static func foldedBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { output.append($0) }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39: append(byte)
                case 0x41...0x5A: append(byte + 0x20)
                default: pendingSpace = true
                }
                continue
            }
            let lower = scalar.properties.lowercaseMapping
            if let mapped = letters[lower] {
                for latin in mapped.utf8 { append(latin) }
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
        return output
    }
}
