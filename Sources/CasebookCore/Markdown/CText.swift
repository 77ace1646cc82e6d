/// Text that cmark-gfm hands back as C strings, turned into Swift strings. Kept apart from
/// MarkdownParser.swift, the one file that calls cmark-gfm, because it reads only the bytes.
enum CText {
    /// The UTF-8 text at `pointer` (empty for nil), without control characters.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        // One pass finds the end and any control character; the bytes are then copied once.
        var length = 0
        var hasControl = false
        pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            while case let byte = bytes[length], byte != 0 {
                if byte < 0x20 || byte == 0x7F || byte == 0xC2 { hasControl = true }
                length += 1
            }
        }
        let text = pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        // Files with raw control characters never get here; a character reference such as
        // `&#7;` still can. It is dropped, as browsers drop control characters from URLs, so it
        // can neither break the feed's XML nor hide a `javascript:` scheme.
        guard hasControl else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(
            contentsOf: text.unicodeScalars.filter { !$0.isControlCharacter || $0 == "\t" || $0 == "\n" })
        return String(kept)
    }
}
