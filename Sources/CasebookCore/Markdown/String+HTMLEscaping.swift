extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attribute values.
    var htmlEscaped: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.appendHTMLEscaped(self)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Where HTML, JSON and pages are written: UTF-8 bytes appended to one growing buffer, which
/// costs no Unicode bookkeeping; a document becomes a string, if ever, once, at the end. A page's
/// bytes are an array; a body's HTML, written in many short pieces, is a `ByteOutput`. The
/// escaping below is written once for both.
protocol ByteSink: ~Copyable {
    /// Appends `bytes` as they are.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension ByteSink where Self: ~Copyable {
    /// Appends markup that needs no escaping.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { append(bytes: $0) }
    }

    /// Appends text as it is (text already escaped, or known to hold nothing to escape).
    mutating func append(verbatim text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Appends a number in decimal without making a string of it, its first digit first.
    mutating func append(decimal number: Int) {
        guard number >= 0 else {
            append(verbatim: String(number))
            return
        }
        var power = 1
        while power <= Int.max / 10, number >= power * 10 { power *= 10 }
        var rest = number
        repeat {
            append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest / power))
            rest %= power
            power /= 10
        } while power > 0
    }

    /// Appends `text` escaped for HTML text and attribute values.
    mutating func appendHTMLEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendHTMLEscaped(bytes: $0) }
    }

    /// Appends UTF-8 `bytes` escaped for HTML text and attribute values, in one pass.
    mutating func appendHTMLEscaped(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time while none of them may be escaped, as nearly none is.
            if index + 8 <= count, !Self.mayNeedEscaping(wordAt: base + index) {
                index += 8
                continue
            }
            // A word that may hold one is read byte by byte, all eight, before words again.
            let wordEnd = Swift.min(index + 8, count)
            while index < wordEnd {
                let byte = base[index]
                index += 1
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                // Copy the unescaped run in one piece rather than byte by byte.
                append(bytes: UnsafeBufferPointer(start: base + runStart, count: index - 1 - runStart))
                append(replacement)
                runStart = index
            }
        }
        append(bytes: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }

    /// True when one of the eight bytes at `pointer` may be `&`, `<`, `>`, `"` or `'`, in two
    /// tests where one per character took five: with bits 0x05 set, `"` (0x22), `&` (0x26) and
    /// `'` (0x27) all read 0x27, and with bit 0x02 set, `<` (0x3C) and `>` (0x3E) read 0x3E.
    /// Only `#` (0x23) also passes; the byte-by-byte reading then writes it as it is.
    @inline(__always)
    static func mayNeedEscaping(wordAt pointer: UnsafePointer<UInt8>) -> Bool {
        let word = ByteWord.load(pointer)
        let quotes = (word | ByteWord.ones &* 0x05) ^ (ByteWord.ones &* 0x27)
        let angles = (word | ByteWord.ones &* 0x02) ^ (ByteWord.ones &* 0x3E)
        return ByteWord.hasZeroByte(quotes, angles)
    }

    /// Appends `url` as an attribute value: characters a URL may not hold are percent-encoded,
    /// then the result is HTML-escaped (percent-encoding only writes `%` and hex digits, so both
    /// happen in the same pass).
    mutating func appendHTMLEscapedURL(_ url: String) {
        var url = url
        url.withUTF8 { appendHTMLEscapedURL(bytes: $0) }
    }

    /// Appends `url` as an attribute value, piece by piece: the encoding reads one byte at a
    /// time, so the pieces come out as the whole would.
    mutating func appendHTMLEscapedURL(_ url: ResolvedURL) {
        if !url.head.isEmpty {
            var head = url.head
            head.withUTF8 { appendHTMLEscapedURL(bytes: $0) }
        }
        url.withTail { appendHTMLEscapedURL(bytes: $0) }
    }

    /// Appends the UTF-8 `bytes` of a URL as an attribute value.
    mutating func appendHTMLEscapedURL(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none of them needs work, as in nearly every URL.
            if index + 8 <= bytes.count, Self.isPlainInURL(wordAt: base + index) {
                index += 8
                continue
            }
            let byte = base[index]
            index += 1
            guard Self.needsWorkInURL(byte) else { continue }
            append(bytes: UnsafeBufferPointer(start: base + runStart, count: index - 1 - runStart))
            runStart = index
            // `"`, `<` and `>` are percent-encoded first, so only these two are left to escape.
            if byte == UInt8(ascii: "&") {
                append("&amp;")
            } else if byte == UInt8(ascii: "'") {
                append("&#39;")
            } else {
                append(UInt8(ascii: "%"))
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 0x0F))
            }
        }
        append(bytes: UnsafeBufferPointer(start: base + runStart, count: bytes.count - runStart))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// True when none of the eight bytes at `pointer` needs work in a URL attribute: all are
    /// printable ASCII (no byte below 0x21, none whose high bit is set or is reached by adding
    /// 1), and none is one of the eleven characters, tested in six zero-byte tests as in
    /// `mayNeedEscaping`: with bits 0x05 set `"` `&` `'` read 0x27 (and `#`), with bit 0x02
    /// set `<` `>` read 0x3E and `\` `^` read 0x5E, with bit 0x01 set `|` `}` read 0x7D; the
    /// grave accent and `{` alone. A word that fails is read byte by byte.
    @inline(__always)
    static func isPlainInURL(wordAt pointer: UnsafePointer<UInt8>) -> Bool {
        let word = ByteWord.load(pointer)
        let ones = ByteWord.ones
        guard ByteWord.isPrintableASCII(word) else { return false }
        let twos = word | ones &* 0x02
        return !ByteWord.hasZeroByte((word | ones &* 0x05) ^ (ones &* 0x27), twos ^ (ones &* 0x3E))
            && !ByteWord.hasZeroByte(twos ^ (ones &* 0x5E), (word | ones) ^ (ones &* 0x7D))
            && !ByteWord.hasZeroByte(word ^ (ones &* 0x60), word ^ (ones &* 0x7B))
    }

    /// True when `byte` is percent-encoded or escaped in a URL attribute: the controls, the
    /// space, DEL, the double quote, angle brackets, backslash, caret, grave accent, braces and
    /// bar are percent-encoded; `&` and `'` are escaped; bytes of non-ASCII characters are
    /// written as they are. One bit per ASCII byte (bit `n` of `low` for byte `n`, of `high`
    /// for byte `64 + n`) takes one shift and test, where a `switch` over the characters took
    /// several per byte.
    @inline(__always)
    static func needsWorkInURL(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x5000_00C5_FFFF_FFFF
        let high: UInt64 = 0xB800_0001_5000_0000
        guard byte < 0x80 else { return false }
        return ((byte < 0x40 ? low : high) >> UInt64(byte & 0x3F)) & 1 != 0
    }
}
