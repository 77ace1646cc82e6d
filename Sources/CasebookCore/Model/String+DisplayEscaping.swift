extension String {
    /// The text with every character that could change how a terminal or a log shows it made
    /// visible: control characters, line and paragraph separators and bidirectional overrides
    /// become `\n`, `\t`, `\u{1B}` and the like.
    ///
    /// Diagnostics quote file names and values; without this a value holding a newline could
    /// print a second, forged `path:line:column: error:` line, and an escape sequence could
    /// recolour or erase the terminal.
    var escapedForDisplay: String {
        guard unicodeScalars.contains(where: \.needsDisplayEscape) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            guard scalar.needsDisplayEscape else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// C0 and C1 control characters and DEL (tab, line feed and carriage return included).
    var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Whether a diagnostic must show this character as an escape.
    var needsDisplayEscape: Bool {
        // U+2028/2029 break lines in some viewers; U+202A–202E and U+2066–2069 reorder text.
        isControlCharacter || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
