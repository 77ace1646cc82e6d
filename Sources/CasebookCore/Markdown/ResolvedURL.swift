/// A URL to write, as `head` followed by the UTF-8 bytes of `source` from `tailStart` on. A link
/// within the site is the base path followed by the rest of the link as written, so the HTML
/// writer writes the two pieces and no string of the whole is made (nor freed) for each link.
package struct ResolvedURL: Sendable {
    /// What comes first: the base path, or nothing.
    var head: String
    /// The URL the tail is taken from, usually the link as written.
    var source: String
    /// Where the tail starts in `source`, in UTF-8 bytes, at the start of a character.
    var tailStart: Int

    /// A URL written whole.
    init(whole: String) {
        self.init(head: "", source: whole, tailStart: 0)
    }

    init(head: String, source: String, tailStart: Int) {
        self.head = head
        self.source = source
        self.tailStart = tailStart
    }

    /// The URL as one string.
    var whole: String {
        if tailStart == 0 { return head.isEmpty ? source : head + source }
        return head + withTail { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the tail.
    func withTail<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var source = source
        return source.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[tailStart...])) }
    }

    /// Whether the URL uses an unsafe scheme (`LinkResolver.isUnsafe` on the whole).
    var isUnsafe: Bool {
        if tailStart == 0, head.isEmpty { return LinkResolver.isUnsafe(source) }
        // A URL that starts with `/` (a base path) is relative whatever follows: the scheme
        // test reads the first significant character first, and `/` is one.
        if firstByte == UInt8(ascii: "/") { return false }
        return LinkResolver.isUnsafe(whole)
    }

    /// The first byte of the URL, found without joining the pieces.
    private var firstByte: UInt8? {
        if !head.isEmpty { return head.utf8.first }
        let utf8 = source.utf8
        return tailStart < utf8.count ? utf8[utf8.index(utf8.startIndex, offsetBy: tailStart)] : nil
    }

    /// Whether `text` is this URL, as `==` on strings decides (canonical equivalence).
    func isSpelled(as text: String) -> Bool {
        if tailStart == 0, head.isEmpty { return text == source }
        var text = text
        var head = head
        let (sameBytes, allASCII) = text.withUTF8 { text in
            head.withUTF8 { head in
                withTail { tail in
                    (
                        Self.equal(text, head, tail),
                        Self.isASCII(text) && Self.isASCII(head) && Self.isASCII(tail)
                    )
                }
            }
        }
        // ASCII strings are equal only when their bytes are; other strings may be equivalent
        // with different bytes, so they are compared as strings.
        if sameBytes || allASCII { return sameBytes }
        return text == whole
    }

    private static func equal(
        _ text: UnsafeBufferPointer<UInt8>, _ head: UnsafeBufferPointer<UInt8>,
        _ tail: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard text.count == head.count + tail.count else { return false }
        return text.prefix(head.count).elementsEqual(head) && text.dropFirst(head.count).elementsEqual(tail)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}
