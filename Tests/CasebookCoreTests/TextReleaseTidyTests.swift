import Testing

@testable import CasebookCore

/// The text release is tidied over its bytes; that must give what tidying its characters gives.
@Suite struct TextReleaseTidyTests {
    @Test func blankLinesCollapseAndTrailingSpacesGo() {
        #expect(TextReleaseRenderer.tidy(bytes: Array("\n\nA  \n\n\n\nB \n  \n\n".utf8)) == "A\n\nB\n")
        #expect(TextReleaseRenderer.tidy(bytes: []) == "\n")
    }

    /// Every text of up to four pieces drawn from lines, blanks, spaces, non-ASCII letters,
    /// a prepended mark before spaces and carriage returns.
    @Test func theByteTidyingAgreesWithTheCharacterTidying() {
        let pieces = ["\n", "  ", "a", "Ż", "\u{0600} ", "\r\n", "\r", "é \n", " \u{301}", "x y"]
        var texts = [""]
        for _ in 0..<4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
            for text in texts {
                #expect(
                    TextReleaseRenderer.tidy(bytes: Array(text.utf8)) == TextReleaseRenderer.tidy(text),
                    "\(Array(text.unicodeScalars))")
            }
        }
    }
}
