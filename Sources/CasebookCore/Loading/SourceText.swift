import Foundation

/// Turns a file's bytes into text: UTF-8 checked, byte-order mark dropped, line endings made `\n`.
enum SourceText {
    /// Where the first byte that is not UTF-8 is, as a 1-based line and column.
    struct InvalidByte: Error, Equatable {
        var line: Int
        var column: Int
    }

    /// The text of `data`, or the position of its first invalid byte.
    static func decode(_ data: Data) -> Result<String, InvalidByte> {
        // Almost every file is valid UTF-8 with LF endings: validate it in one pass and keep it.
        if let text = String(validating: data, as: UTF8.self) {
            let hasCarriageReturn = data.withUnsafeBytes { bytes in
                bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
            }
            let needsNormalising = data.first == 0xEF || hasCarriageReturn
            return .success(needsNormalising ? normalized(text) : text)
        }
        return locateInvalidByte(data)
    }

    /// The slow path for a file that is not UTF-8: finds the line and column of the first bad byte.
    private static func locateInvalidByte(_ data: Data) -> Result<String, InvalidByte> {
        var scalars = String.UnicodeScalarView()
        var decoder = Unicode.UTF8()
        var bytes = data.makeIterator()
        var line = 1
        var column = 1
        decoding: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                break decoding
            case .error:
                return .failure(InvalidByte(line: line, column: column))
            }
        }
        return .success(normalized(String(scalars)))
    }

    /// Drops a leading byte-order mark and turns CRLF and lone CR into LF, so that lines
    /// count the same for us, for libyaml and for the Markdown parser.
    static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var previousWasCR = false
        for scalar in scalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
            previousWasCR = false
        }
        return String(result)
    }

    /// True when `bytes` hold a C0 control other than tab and line feed, a DEL, or a C1 control
    /// (U+0080 to U+009F, written C2 80 to C2 9F). Eight bytes are tested at a time: a word of
    /// printable ASCII, which is nearly every word of a file, costs a few instructions.
    static func containsControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // A byte below 0x20, or one whose high bit is set or is reached by adding 1 (0x7F).
                let below = (word &- ones &* 0x20) & ~word & highBits
                let above = (word | (word &+ ones)) & highBits
                if below | above == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] & 0xE0 == 0x80 {
                return true
            }
            index += 1
        }
        return false
    }

    /// A control character found in a text, at its 1-based line and column (in scalars).
    struct ControlCharacter: Equatable {
        var scalar: UInt32
        var line: Int
        var column: Int
    }

    /// The first `limit` C0 and C1 control characters and DELs of a normalized text, other than
    /// tab and line feed. They are invisible in editors, break XML (the feed) and can forge lines
    /// on a terminal, so a file that holds one is refused.
    static func controlCharacters(in text: String, limit: Int = 20) -> [ControlCharacter] {
        var text = text
        let hasAny = text.withUTF8(containsControlCharacter)
        guard hasAny else { return [] }
        var found: [ControlCharacter] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar.isControlCharacter, scalar != "\t" {
                found.append(ControlCharacter(scalar: scalar.value, line: line, column: column))
                if found.count == limit { break }
            }
            column += 1
        }
        return found
    }
}
