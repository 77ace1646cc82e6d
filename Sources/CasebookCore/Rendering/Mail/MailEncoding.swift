import Foundation

/// The encodings a MIME message needs (RFC 2045, 2047, 3676, 5322), on plain Swift strings.
enum MailEncoding {
    /// Lines end with CR LF in a message (RFC 5322 section 2.1).
    static let lineEnd = "\r\n"

    /// A header field, folded at spaces so that lines stay under 78 characters; a value with
    /// anything but printable ASCII becomes UTF-8 encoded-words (RFC 2047).
    static func header(_ name: String, _ value: String) -> String {
        let value = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard value.unicodeScalars.allSatisfy(isPrintableASCII) else {
            return name + ": " + encodedWords(value).joined(separator: lineEnd + " ")
        }
        var lines: [String] = []
        var line = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if line.count + 1 + word.count > 76, line.count > name.count + 1 {
                lines.append(line)
                line = ""
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: lineEnd)
    }

    /// `"Anna Nowak" <press@example.org>`, with the name as encoded-words when it is not ASCII.
    static func address(name: String, email: String) -> String {
        let name = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard !name.isEmpty else { return "<\(email)>" }
        if name.unicodeScalars.allSatisfy(isPrintableASCII) {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"")
            return "\"\(quoted)\" <\(email)>"
        }
        return encodedWords(name).joined(separator: " ") + " <\(email)>"
    }

    /// `=?utf-8?b?…?=` words of at most 39 bytes of text each (64 characters, so that the
    /// first fits on a line after its field name), never cutting a character in two.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 39, !chunk.isEmpty {
                words.append("=?utf-8?b?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?b?" + Data(chunk).base64EncodedString() + "?=") }
        return words
    }

    /// `text` as quoted-printable (RFC 2045 section 6.7): lines of at most 76 characters, every
    /// byte that is not printable ASCII as `=XX`, and spaces at the end of a line protected, as
    /// format=flowed's soft breaks need.
    static func quotedPrintable(_ text: String) -> String {
        var output: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let token: String
                if (byte == 0x20 || byte == 0x09) && !isLast {
                    token = String(UnicodeScalar(byte))
                } else if byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=") {
                    token = String(UnicodeScalar(byte))
                } else {
                    token = String(format: "=%02X", byte)
                }
                // A soft line break ("=" at the end) keeps every line within 76 characters.
                if current.count + token.count > (isLast ? 76 : 75) {
                    output.append(current + "=")
                    current = ""
                }
                current += token
            }
            output.append(current)
        }
        return output.joined(separator: lineEnd)
    }

    /// Text made with `softBreak` at the end of each line that wrapping broke, as
    /// format=flowed (RFC 3676): a soft break becomes a trailing space, the indentation after it
    /// goes (a reader's program joins the lines again), and lines that start with a space, `>`
    /// or `From ` are space-stuffed.
    static func flowed(_ text: String, softBreak: String) -> String {
        var lines: [String] = []
        var afterSoftBreak = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            let isSoft = line.hasSuffix(softBreak) && !softBreak.isEmpty
            if isSoft { line.removeLast(softBreak.count) }
            if afterSoftBreak { line = String(line.drop { $0 == " " }) }
            while line.last == " " { line.removeLast() }
            if line.hasPrefix(" ") || line.hasPrefix(">") || line.hasPrefix("From ") { line = " " + line }
            // A line of only "--" and a soft space would read as a signature separator.
            if isSoft && !line.isEmpty && line != "--" { line += " " }
            lines.append(line)
            afterSoftBreak = isSoft
        }
        return lines.joined(separator: "\n")
    }

    /// A Date field's value (RFC 5322 section 3.3) in `zone`: `Mon, 30 Nov 2026 09:00:00 +0100`.
    static func date(_ date: Date, in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value < 0x7F
    }
}
