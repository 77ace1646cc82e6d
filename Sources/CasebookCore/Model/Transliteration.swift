import Foundation

/// Turns names in any script into the ASCII that slugs are made of.
///
/// Cyrillic follows the romanisation of passports (ICAO Doc 9303), the spelling most Russian,
/// Kazakh, Kyrgyz, Ukrainian and Belarusian names already have in the press: "Айдос Кемелбаев"
/// becomes "Aidos Kemelbaev", "Мухтар Джакишев" becomes "Mukhtar Dzhakishev". Other scripts
/// go through ICU's Latin transform where the platform has it; accents are then dropped.
package enum Transliteration {
    /// `text` with every letter in ASCII; what has no Latin form is left out.
    static func ascii(_ text: String) -> String {
        var latin = ""
        for character in text {
            let lower = String(character).lowercased()
            if let mapped = letters[lower] {
                let isUpper = lower != String(character)
                latin += isUpper ? mapped.prefix(1).uppercased() + mapped.dropFirst() : mapped
            } else {
                latin.append(character)
            }
        }
        if !latin.unicodeScalars.allSatisfy(\.isASCII),
            let transformed = latin.applyingTransform(.toLatin, reverse: false)
        {
            latin = transformed
        }
        let folded = latin.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter(\.isASCII)))
    }

    /// A slug made from a name or topic in any script ("Айдос Кемелбаев" → "aidos-kemelbaev"),
    /// at most `limit` characters, cut between words; nil when nothing of it is left.
    package static func slug(from text: String, limit: Int = 60) -> String? {
        guard let full = Slug.suggestion(for: ascii(text)) else { return nil }
        guard full.count > limit else { return full }
        var cut = ""
        for word in full.split(separator: "-") {
            let next = cut.isEmpty ? String(word) : cut + "-" + word
            if next.count > limit { break }
            cut = next
        }
        return cut.isEmpty ? String(full.prefix(limit)) : cut
    }

    // Lower-case letters of Russian, Ukrainian, Belarusian, Kazakh and Kyrgyz, and a few Latin ones.
    static let letters: [String: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
        // Ukrainian and Belarusian
        "є": "ie", "і": "i", "ї": "i", "ґ": "g", "ў": "u",
        // Kazakh and Kyrgyz
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
        // Latin letters that dropping accents does not reach
        "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i",
    ]
}
