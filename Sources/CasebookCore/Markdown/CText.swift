import Foundation

/// Text that cmark-gfm hands back as C strings, turned into Swift strings. Kept apart from
/// MarkdownParser.swift, the one file that calls cmark-gfm, because it reads only the bytes.
enum CText {
    /// The UTF-8 text at `pointer` (empty for nil), without control characters.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        // Every text node of every body comes through here: libc's `strlen` and a scan eight
        // bytes at a time cost a fraction of a loop over single bytes.
        let length = strlen(pointer)
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            string(bytes: UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Appends the bytes of the C string at `pointer` (nothing for nil) to `bytes`.
    static func append(_ pointer: UnsafePointer<CChar>?, to bytes: inout [UInt8]) {
        guard let pointer else { return }
        let length = strlen(pointer)
        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// `string(_:)` for the text of several nodes, gathered.
    static func string(bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string(bytes: $0) }
    }

    private static func string(bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let hasControl = mayHoldControlCharacter(UnsafeRawBufferPointer(bytes))
        // Files with raw control characters never get here; a character reference such as
        // `&#7;` still can. It is dropped, as browsers drop control characters from URLs, so it
        // can neither break the feed's XML nor hide a `javascript:` scheme.
        guard hasControl else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(
            contentsOf: text.unicodeScalars.filter { !$0.isControlCharacter || $0 == "\t" || $0 == "\n" })
        return String(kept)
    }

    /// Whether `bytes` hold a byte below 0x20, 0x7F, or 0xC2, the first byte of U+0080–U+00BF,
    /// where the C1 controls are: true for every text with a control character, and for some
    /// without (a no-break space), which are then filtered character by character.
    static func mayHoldControlCharacter(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = ByteWord.load(base + index)
            if ByteWord.hasByte(below: 0x20, in: word) || ByteWord.hasByte(0x7F, in: word)
                || ByteWord.hasByte(0xC2, in: word)
            {
                return true
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return true }
            index += 1
        }
        return false
    }
}
