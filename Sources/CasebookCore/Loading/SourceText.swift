import Foundation

/// Turns a file's bytes into text: UTF-8 checked, byte-order mark dropped, line endings made `\n`.
enum SourceText {
    /// Where the first byte that is not UTF-8 is, as a 1-based line and column.
    struct InvalidByte: Error, Equatable {
        var line: Int
        var column: Int
    }

    /// A file's bytes once checked: UTF-8, normalized, and whether they hold a control character.
    struct Checked {
        /// The bytes, without a byte-order mark and with LF line endings.
        var bytes: Data
        /// Whether `containsControlCharacter` is true of `bytes`.
        var hasControlCharacter: Bool
    }

    /// The text of `data`, or the position of its first invalid byte.
    static func decode(_ data: Data) -> Result<String, InvalidByte> {
        check(data).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The bytes of `data` once checked to be UTF-8 and normalized, or the position of its first
    /// invalid byte. Almost every file is valid UTF-8 with LF endings and is returned as it is.
    static func check(_ data: Data) -> Result<Checked, InvalidByte> {
        let found = data.withUnsafeBytes { scan($0.bindMemory(to: UInt8.self)) }
        if let invalidOffset = found.invalidOffset { return .failure(position(of: invalidOffset, in: data)) }
        guard data.first == 0xEF || found.hasCarriageReturn else {
            return .success(Checked(bytes: data, hasControlCharacter: found.hasControlCharacter))
        }
        let normalizedBytes = Data(normalized(String(decoding: data, as: UTF8.self)).utf8)
        let hasControl = normalizedBytes.withUnsafeBytes {
            containsControlCharacter($0.bindMemory(to: UInt8.self))
        }
        return .success(Checked(bytes: normalizedBytes, hasControlCharacter: hasControl))
    }

    /// What one pass over a file's bytes found.
    struct ByteScan: Equatable {
        /// The offset of the first byte at which the bytes stop being UTF-8, if they do.
        var invalidOffset: Int?
        /// Whether a carriage return comes before it.
        var hasCarriageReturn = false
        /// Whether a control character (as `containsControlCharacter` counts them, a carriage
        /// return aside) comes before it.
        var hasControlCharacter = false
    }

    /// Checks UTF-8 and looks for carriage returns and control characters in one pass.
    ///
    /// The bytes stop being UTF-8 at a byte that cannot begin a character, or at the first byte of
    /// a character that is cut short, overlong, a surrogate or above U+10FFFF. Eight bytes are
    /// tested at a time: a word of printable ASCII, which is most of every file, costs a few
    /// instructions, where Swift's own check decodes byte by byte from the first non-ASCII byte
    /// on (and a body's first Cyrillic name comes early).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteScan {
        var found = ByteScan()
        guard let base = bytes.baseAddress else { return found }
        let count = bytes.count
        var index = 0
        while index < count {
            // Sixteen bytes, then eight, at a time; a word that is not all printable ASCII tells
            // where its first other byte is, and the scan goes straight there.
            if index &+ 16 <= count {
                let first = notPrintableASCII(inWordAt: base + index)
                let second = notPrintableASCII(inWordAt: base + (index &+ 8))
                if first | second == 0 {
                    index &+= 16
                    continue
                }
                index &+= first != 0 ? first.trailingZeroBitCount >> 3 : 8 &+ second.trailingZeroBitCount >> 3
            } else if index &+ 8 <= count {
                let found = notPrintableASCII(inWordAt: base + index)
                if found == 0 {
                    index &+= 8
                    continue
                }
                index &+= found.trailingZeroBitCount >> 3
            }
            let lead = base[index]
            if lead < 0x80 {
                if lead == 0x0D {
                    found.hasCarriageReturn = true
                } else if (lead < 0x20 && lead != 0x09 && lead != 0x0A) || lead == 0x7F {
                    found.hasControlCharacter = true
                }
                index += 1
                continue
            }
            // The length of the character `lead` begins, and the range its second byte must be in
            // (narrower than 80...BF where a wider one would allow an overlong form, a surrogate or
            // a value above U+10FFFF).
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                highest = 0x9F
            case 0xF0:
                length = 4
                lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                highest = 0x8F
            default:
                found.invalidOffset = index
                return found
            }
            let second = index + 1 < count ? base[index + 1] : 0
            guard index + length <= count, second >= lowest && second <= highest,
                length < 3 || base[index + 2] & 0xC0 == 0x80,
                length < 4 || base[index + 3] & 0xC0 == 0x80
            else {
                found.invalidOffset = index
                return found
            }
            // U+0080 to U+009F, the C1 controls.
            if lead == 0xC2 && second <= 0x9F { found.hasControlCharacter = true }
            index += length
        }
        return found
    }

    /// The line and column (in scalars; only LF ends a line) of the byte at `offset`, every
    /// byte before which is UTF-8: the column counts the bytes that begin a character.
    private static func position(of offset: Int, in data: Data) -> InvalidByte {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var column = 1
            for byte in bytes[..<offset] {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return InvalidByte(line: line, column: column)
        }
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
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, let base = bytes.baseAddress, isPrintableASCII(wordAt: base + index)
            {
                index += 8
                continue
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

    /// True when the eight bytes at `pointer` are all printable ASCII (0x20 to 0x7E): the test
    /// both scans make a word at a time before they look at single bytes.
    @inline(__always)
    private static func isPrintableASCII(wordAt pointer: UnsafePointer<UInt8>) -> Bool {
        notPrintableASCII(inWordAt: pointer) == 0
    }

    /// The high bit of each of the eight bytes at `pointer` (the first in the lowest bits) that is
    /// not printable ASCII, or set above such a byte: the lowest bit set marks the first one.
    @inline(__always)
    private static func notPrintableASCII(inWordAt pointer: UnsafePointer<UInt8>) -> UInt64 {
        let word = ByteWord.load(UnsafeRawPointer(pointer))
        // A byte below 0x20, or one whose high bit is set or is reached by adding 1 (0x7F). A
        // borrow or carry starts only at such a byte and marks only bytes above it.
        let below = (word &- ByteWord.ones &* 0x20) & ~word
        let above = word | (word &+ ByteWord.ones)
        return (below | above) & ByteWord.highBits
    }
}
