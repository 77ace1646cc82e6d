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
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // The high bit of a byte is set in `(x - n) & ~x` when the byte is below n (n ≤ 0x80);
        // a borrow can only mark bytes above the first such byte, so the test of the whole word
        // is exact.
        func hasByte(below limit: UInt64, _ word: UInt64) -> Bool {
            (word &- ones &* limit) & ~word & highBits != 0
        }
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasByte(below: 0x20, word) || hasByte(below: 1, word ^ (ones &* 0x7F))
                || hasByte(below: 1, word ^ (ones &* 0xC2))
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
