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
        String(decoding: foldedBytes(text, distinct: false), as: UTF8.self)
    }

    /// `text` folded, each word once, in the order they first come: the search matches words,
    /// not phrases, and a long body repeats most of its words, so the index stays a fraction of
    /// the bodies' size.
    static func distinctWords(_ text: String) -> String {
        String(decoding: foldedBytes(text, distinct: true), as: UTF8.self)
    }

    /// `fold` as UTF-8 bytes, with each word once when `distinct`. Bodies are long and nearly
    /// all ASCII, so the text is read as bytes: an ASCII byte is folded by itself, and only other
    /// characters are decoded, each looked up in a table made once.
    static func foldedBytes(_ text: String, distinct: Bool) -> [UInt8] {
        var text = text
        return text.withUTF8 { FoldedWords.fold($0, distinct: distinct) }
    }

    /// What one character folds to, as UTF-8 bytes in which a space stands for "a word ends
    /// here" (a folded word never holds one): its Latin spelling, its letters without accents,
    /// a separator, or nothing at all for a combining accent.
    static func folding(of scalar: Unicode.Scalar) -> [UInt8] {
        if scalar.value < 0x80 {
            return [foldASCII(UInt8(scalar.value))]
        }
        if scalar.value < UInt32(tableEnd) { return tableFolding[Int(scalar.value)] }
        return computedFolding(of: scalar)
    }

    /// Characters below this (Latin, Greek, Cyrillic and their accents) are looked up in a table.
    static let tableEnd = 0x0530

    /// `tableFolding` in two arrays, for the search's loop over bytes: every folding one after
    /// another, and where each starts.
    struct Table: Sendable {
        let bytes: [UInt8]
        /// The folding of character `value` is `bytes[starts[value]..<starts[value + 1]]`.
        let starts: [Int32]

        /// What `scalar` folds to, when it is below `tableEnd`.
        @inline(__always)
        func folding(of scalar: Unicode.Scalar) -> ArraySlice<UInt8>? {
            let value = Int(scalar.value)
            guard value < SearchFolding.tableEnd else { return nil }
            return bytes[Int(starts[value])..<Int(starts[value + 1])]
        }
    }

    static let table: Table = {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        for folding in tableFolding {
            starts.append(Int32(bytes.count))
            bytes += folding
        }
        starts.append(Int32(bytes.count))
        return Table(bytes: bytes, starts: starts)
    }()

    /// An ASCII byte folded: a letter or digit in lower case, anything else a separator (0x20).
    @inline(__always)
    static func foldASCII(_ byte: UInt8) -> UInt8 {
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A { return lower }
        return byte >= 0x30 && byte <= 0x39 ? byte : 0x20
    }

    /// `letters` by the character each spells, every one of which is a single scalar: looked up
    /// by number rather than by string, whose hash would be worked out on its normal form.
    private static let latinSpellings: [UInt32: [UInt8]] = Dictionary(
        uniqueKeysWithValues: letters.map { letter, spelling in
            (letter.unicodeScalars.first?.value ?? 0, Array(spelling.utf8))
        })

    /// `computedFolding` of every character below `tableEnd`, made once.
    private static let tableFolding: [[UInt8]] = (0..<tableEnd).map { value in
        Unicode.Scalar(UInt32(value)).map(computedFolding) ?? [0x20]
    }

    /// The folding of one non-ASCII character from its Unicode properties: the Latin spelling
    /// of its lower case when it has one, else the letters and digits of its decomposition.
    private static func computedFolding(of scalar: Unicode.Scalar) -> [UInt8] {
        let lower = scalar.properties.lowercaseMapping
        if let only = lower.unicodeScalars.first, lower.unicodeScalars.count == 1,
            let mapped = latinSpellings[only.value]
        {
            return mapped
        }
        var folded: [UInt8] = []
        for part in CanonicalDecomposition.scalars(of: lower) {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if part.properties.isAlphabetic || part.properties.numericType != nil {
                folded += String(part).utf8
            } else {
                folded.append(0x20)
            }
        }
        return folded
    }

    /// The character whose UTF-8 encoding starts at `index` of valid UTF-8, and its length.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
        Unicode.Scalar, Int
    ) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        let value: UInt32
        let length: Int
        switch lead {
        case 0xC0..<0xE0:
            (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        case 0xE0..<0xF0:
            (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default:
            (value, length) = (
                (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4
            )
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
