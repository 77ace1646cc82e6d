extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attribute values.
    public var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        result.appendHTMLEscaped(self)
        return result
    }

    /// Appends `text` escaped for HTML text and attribute values.
    mutating func appendHTMLEscaped(_ text: String) {
        var runStart = text.utf8.startIndex
        var index = runStart
        let end = text.utf8.endIndex
        while index != end {
            let replacement: String
            switch text.utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default:
                text.utf8.formIndex(after: &index)
                continue
            }
            // Copy the unescaped run in one piece rather than scalar by scalar.
            self += text[runStart..<index]
            self += replacement
            text.utf8.formIndex(after: &index)
            runStart = index
        }
        // Most text has nothing to escape: appending the whole string is cheaper than a slice.
        if runStart == text.utf8.startIndex {
            self += text
        } else {
            self += text[runStart..<end]
        }
    }

    /// Appends `url` as an attribute value: characters a URL may not hold are percent-encoded,
    /// then the result is HTML-escaped.
    mutating func appendHTMLEscapedURL(_ url: String) {
        guard url.utf8.contains(where: Self.needsPercentEncoding) else {
            appendHTMLEscaped(url)
            return
        }
        var encoded = ""
        encoded.reserveCapacity(url.utf8.count + 8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count + 8)
        let hexDigits = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if Self.needsPercentEncoding(byte) {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            } else {
                bytes.append(byte)
            }
        }
        encoded = String(decoding: bytes, as: UTF8.self)
        appendHTMLEscaped(encoded)
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

extension String {
    /// The text unchanged when it holds nothing to escape, which is the common case.
    var htmlEscapedIfNeeded: String {
        utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
            ? htmlEscaped : self
    }
}
