extension Unicode.Scalar {
    /// True for a scalar that is a character of its own whatever stands beside it, as Swift
    /// counts characters: ASCII but the carriage return (which joins a line feed), Latin and
    /// Cyrillic letters, dashes and quotes. Text made only of these can be cut and counted as
    /// scalars, with no grapheme breaking; nearly every summary and note is such text.
    var standsAlone: Bool {
        switch value {
        case 0x00..<0x0D, 0x0E..<0x7F, 0xA0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027: true
        default: false
        }
    }
}

extension String {
    /// The text's words, runs of characters other than space, tab and line feed, joined by
    /// single spaces: what splitting on those characters and joining with " " gives, made over
    /// bytes when every character stands alone.
    var wordsSingleSpaced: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var inWord = false
        for scalar in unicodeScalars {
            guard scalar.standsAlone else {
                return split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            }
            if scalar == " " || scalar == "\n" || scalar == "\t" {
                inWord = false
                continue
            }
            if !inWord, !bytes.isEmpty { bytes.append(0x20) }
            inWord = true
            if let encoded = UTF8.encode(scalar) { bytes.append(contentsOf: encoded) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
