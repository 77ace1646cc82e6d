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
        var text = self
        let spaced = text.withUTF8 { bytes -> [UInt8]? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // A character's bytes: one for ASCII, else as many as its first byte says.
                let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                    inWord = false
                    index += 1
                    continue
                }
                guard Self.standsAlone(bytes, at: index, length: length) else { return nil }
                if !inWord, !result.isEmpty { result.append(0x20) }
                inWord = true
                for offset in 0..<length { result.append(bytes[index + offset]) }
                index += length
            }
            return result
        }
        guard let spaced else {
            return split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        }
        return String(decoding: spaced, as: UTF8.self)
    }

    /// Whether the character of `length` bytes at `index` of valid UTF-8 `bytes` stands alone.
    @inline(__always)
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = UInt32(bytes[index])
        let value: UInt32
        switch length {
        case 1: return lead != 0x0D && lead != 0x7F
        case 2: value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3:
            value =
                (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default: return false
        }
        return Unicode.Scalar(value)?.standsAlone ?? false
    }
}
