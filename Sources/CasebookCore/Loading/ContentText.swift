import Foundation

/// A content file's text as UTF-8 bytes, checked and normalized (no byte-order mark, LF line
/// endings). Parts of it become Strings only when asked for: a site build keeps bodies on disk
/// and reads them again one at a time, so the loader needs the frontmatter alone.
struct ContentText: Sendable {
    /// The text's bytes.
    let bytes: Data
    /// Whether splitting the text makes a String of its body; when not, the body is left empty.
    var keepsBody = true

    /// The text of `string`, taken as it is.
    init(_ string: String) {
        bytes = Data(string.utf8)
    }

    /// Bytes that `SourceText.check(_:)` accepted.
    init(checkedBytes: Data) {
        bytes = checkedBytes
    }

    /// The whole text.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of the bytes at `offsets`, which start and end on character boundaries.
    func string(_ offsets: Range<Int>) -> String {
        bytes.withUnsafeBytes { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw[offsets]), as: UTF8.self)
        }
    }

    /// Calls `body` with the text's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
    }
}
