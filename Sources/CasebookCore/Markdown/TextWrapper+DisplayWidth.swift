extension TextWrapper {
    /// Columns of one grapheme cluster: the width of its first visible scalar, widened to two by
    /// an emoji presentation selector or a flag's pair of regional indicators.
    static func displayWidth(of character: Character) -> Int {
        var width = 0
        var base: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            if let base {
                let widensEmoji = scalar == "\u{FE0F}" && base.properties.isEmoji
                let isFlag =
                    (0x1F1E6...0x1F1FF).contains(base.value) && (0x1F1E6...0x1F1FF).contains(scalar.value)
                if width == 1 && (widensEmoji || isFlag) { width = 2 }
                continue
            }
            let scalarWidth = displayWidth(of: scalar)
            if scalarWidth > 0 {
                width = scalarWidth
                base = scalar
            }
        }
        return width
    }

    /// Columns of one scalar: 0 for controls, marks, format and zero-width characters, 2 for East
    /// Asian Wide and Fullwidth characters and emoji shown as pictures, 1 for the rest.
    static func displayWidth(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 && value != 0xAD { return 1 }
        // Cyrillic letters and the usual typographic punctuation, without a property lookup.
        if (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value)
            || (0x2010...0x2027).contains(value)
        {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // Hangul medial vowels and final consonants join the preceding syllable.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if value < 0x1100 { return 1 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Whether `scalar` may join visible neighbours into one cluster, so widths must be taken
    /// per grapheme cluster rather than per scalar.
    static func needsGraphemeClusters(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0900..<0x2000, 0x200D, 0xFE00...0xFE0F, 0x1F000..., 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, emoji aside.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        for range in wideRanges {
            if value < range.lowerBound { return false }
            if value <= range.upperBound { return true }
        }
        return false
    }
}
