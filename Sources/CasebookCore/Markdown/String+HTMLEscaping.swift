extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attribute values.
    var htmlEscaped: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.appendHTMLEscaped(self)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// HTML is written as UTF-8 bytes into one growing buffer: appending bytes costs no Unicode
/// bookkeeping, and the whole document becomes a string once, at the end.
extension Array where Element == UInt8 {
    /// Appends markup that needs no escaping.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends text as it is (text already escaped, or known to hold nothing to escape).
    mutating func append(verbatim text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends a number in decimal without making a string of it.
    mutating func append(decimal number: Int) {
        guard number >= 0 else {
            append(verbatim: String(number))
            return
        }
        var digits = 1
        var power = 10
        while digits < 19, number >= power {
            digits += 1
            power &*= 10
        }
        let end = count + digits
        append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        withUnsafeMutableBufferPointer { bytes in
            var rest = number
            var index = end
            repeat {
                index -= 1
                bytes[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
        }
    }

    /// Appends `text` escaped for HTML text and attribute values.
    mutating func appendHTMLEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendHTMLEscaped(bytes: $0) }
    }

    /// Appends UTF-8 `bytes` escaped for HTML text and attribute values, in one pass.
    mutating func appendHTMLEscaped(bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none of them is escaped, as nearly none is.
            if index + 8 <= bytes.count, !Self.mayNeedEscaping(wordAt: bytes.baseAddress! + index) {
                index += 8
                continue
            }
            defer { index += 1 }
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            // Copy the unescaped run in one piece rather than byte by byte.
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            append(replacement)
            runStart = index + 1
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// True when one of the eight bytes at `pointer` is `&`, `<`, `>`, `"` or `'`.
    @inline(__always)
    private static func mayNeedEscaping(wordAt pointer: UnsafePointer<UInt8>) -> Bool {
        let word = ByteWord.load(pointer)
        return ByteWord.hasByte(UInt8(ascii: "&"), in: word) || ByteWord.hasByte(UInt8(ascii: "<"), in: word)
            || ByteWord.hasByte(UInt8(ascii: ">"), in: word) || ByteWord.hasByte(UInt8(ascii: "\""), in: word)
            || ByteWord.hasByte(UInt8(ascii: "'"), in: word)
    }

    /// Appends `url` as an attribute value: characters a URL may not hold are percent-encoded,
    /// then the result is HTML-escaped (percent-encoding only writes `%` and hex digits, so both
    /// happen in the same pass).
    mutating func appendHTMLEscapedURL(_ url: String) {
        var url = url
        url.withUTF8 { bytes in
            guard bytes.contains(where: Self.needsPercentEncoding) else {
                appendHTMLEscaped(bytes: bytes)
                return
            }
            var runStart = 0
            for index in 0..<bytes.count where Self.needsPercentEncoding(bytes[index]) {
                appendHTMLEscaped(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                let byte = bytes[index]
                append(UInt8(ascii: "%"))
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 0x0F))
                runStart = index + 1
            }
            appendHTMLEscaped(bytes: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    private static func needsPercentEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F: return true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
            UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default: return false
        }
    }
}
