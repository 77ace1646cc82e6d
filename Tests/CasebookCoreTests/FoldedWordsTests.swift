import Testing

@testable import CasebookCore

/// The search index folds a body's text runs where they lie in the parsed document, in a loop
/// over bytes with a path of its own for ASCII. These tests hold it to the plainest reading of
/// the rules: fold each character on its own, join, split into words, keep the first of each.
@Suite struct FoldedWordsTests {
    /// Letters of every kind a body holds: ASCII in both cases, digits and punctuation,
    /// Cyrillic (Russian and Kazakh), Polish and French accents, combining accents, characters
    /// folded by their Unicode properties, and ones that grow when folded (щ is "shch").
    static let pool = Array(
        ("abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?'\"()-/\n\t"
            + "йЙиёЁщЩшжӘәҚқҢңӨөҰұҮүҺһІіЇїЄєҐґ ŁłŻżÓóĆćŚśÉéÑñßÆæ\u{0306}\u{0301}"
            + "漢字😀𝔄ﬁ①½İ\u{00A0}\u{2003}—–«»“”’").unicodeScalars)

    /// What the folding must give: each character folded on its own, then words.
    static func reference(_ text: String, distinct: Bool) -> String {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars { bytes += SearchFolding.folding(of: scalar) }
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard distinct else { return words.joined(separator: " ") }
        var seen: Set<Substring> = []
        return words.filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    static func randomText(scalars: Int, using generator: inout some RandomNumberGenerator) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<scalars {
            // Runs of lower-case ASCII letters, the loop's fast path, as often as anything else.
            if Bool.random(using: &generator) {
                let letters = "etaoinshrdlu".unicodeScalars
                for _ in 0..<Int.random(in: 1..<9, using: &generator) {
                    text.append(letters.randomElement(using: &generator) ?? "e")
                }
            } else {
                text.append(pool.randomElement(using: &generator) ?? "a")
            }
        }
        return String(text)
    }

    /// Text added in pieces cut anywhere between characters, into a buffer that starts small
    /// and must grow, folds as the whole text does.
    @Test func piecesFoldAsTheWholeText() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let text = Self.randomText(
                scalars: Int.random(in: 0..<(round < 20 ? 3000 : 200), using: &generator),
                using: &generator)
            let distinct = Bool.random(using: &generator)
            var words = FoldedWords(capacity: Int.random(in: 0..<64, using: &generator), distinct: distinct)
            var rest = Substring(text)
            while !rest.isEmpty {
                let length = Int.random(in: 0...12, using: &generator)
                let piece = rest.unicodeScalars.prefix(length)
                words.append(String(piece))
                rest = Substring(rest.unicodeScalars.dropFirst(piece.count))
            }
            let expected = Self.reference(text, distinct: distinct)
            #expect(words.finish() == expected, "\(text.unicodeScalars.map(\.value))")
            #expect(SearchFolding.fold(text) == Self.reference(text, distinct: false))
            #expect(SearchFolding.distinctWords(text) == Self.reference(text, distinct: true))
        }
    }

    /// Words are told apart by their first eight bytes, then by the rest: long words that
    /// share a beginning are all kept, and a long word met again is not.
    @Test func longWordsThatShareABeginningAreAllKept() {
        let text =
            "Internationally international INTERNATIONALLY internationalist internationally "
            + "abcdefgh abcdefghi abcdefgh abcdefghij abcdefghi abcdefgh"
        #expect(
            SearchFolding.distinctWords(text)
                == "internationally international internationalist abcdefgh abcdefghi abcdefghij")
        #expect(SearchFolding.distinctWords(text) == Self.reference(text, distinct: true))
    }

    /// Words of two letters only, of every length up to 24, share their first eight and often
    /// their first sixteen bytes: each must be kept once however it differs from the others,
    /// before its eighth byte, between its ninth and sixteenth, or past them.
    @Test func wordsThatDifferAnywhereAreToldApart() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0xF01D_ED)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...200, using: &generator) {
                let length = Int.random(in: 1...24, using: &generator)
                let word = String(
                    (0..<length).map { _ in Int.random(in: 0..<8, using: &generator) == 0 ? "B" : "a" })
                text += word + (Bool.random(using: &generator) ? " " : ", ")
            }
            #expect(SearchFolding.distinctWords(text) == Self.reference(text, distinct: true), "\(text)")
        }
    }

    /// A word does not end where a piece does: "Ере" then "мбетов" is one word.
    @Test func aWordGoesOnIntoTheNextPiece() {
        var words = FoldedWords(distinct: true)
        for piece in ["Ере", "мбетов", " ", "ERIM", "betov", ", ", "ере", "МБЕТОВ", " ", "щ", "", "Щ"] {
            words.append(piece)
        }
        #expect(words.finish() == "erembetov erimbetov shchshch")
    }

    /// The ASCII loop tells letters and digits from the rest eight bytes at a time: every ASCII
    /// byte, at every place of the first and the second eight bytes of a run of letters, ends
    /// or continues the word as folding it alone says. The neighbours of the letter and digit
    /// ranges (`/` `:` `@` `[` `` ` `` `{`) are where such a test would slip.
    @Test func everyASCIIByteEndsOrContinuesARunAsItFolds() {
        let letters = Array("abcdEFGHijklMNOPqrstUVWX".utf8)
        for byte in UInt8(0)..<0x80 {
            for place in 0..<16 {
                var bytes = Array(letters[..<place])
                bytes.append(byte)
                bytes += letters[place...]
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(
                    SearchFolding.fold(text) == Self.reference(text, distinct: false), "\(byte) at \(place)")
                #expect(
                    SearchFolding.distinctWords(text) == Self.reference(text, distinct: true),
                    "\(byte) at \(place)")
            }
        }
    }

    /// Every ASCII byte folds to itself lower-cased when it is a letter or digit, else to a space.
    @Test func asciiFoldsByTheRule() {
        for byte in UInt8(0)..<0x80 {
            let expected: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): expected = byte + 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): expected = byte
            default: expected = 0x20
            }
            #expect(SearchFolding.foldASCII(byte) == expected)
        }
    }

    /// The words of a page come from its parsed body as they would from its plain text.
    @Test func aPageGivesTheWordsOfItsPlainText() {
        var generator = SystemRandomNumberGenerator()
        let markup = [
            "*", "**", "_", "`", "~~", "[^1]", "[^2]", "[a link](https://example.org \"T\")",
            "![Alt ЩИТ](x.png)",
            "\n\n", "\n", "  \n", "\n\n# ", "\n\n- ", "\n\n1. ", "\n\n> ", "\n\n```\nCODE щ\n```\n\n",
            "\n\n| A | Б |\n| - | - |\n| c | д |\n\n", "\n\n[^1]: Note один\n\n", "<b>x</b>", "&amp;",
            "https://x.org/Ab",
        ]
        for _ in 0..<200 {
            var body = ""
            for _ in 0..<Int.random(in: 0..<60, using: &generator) {
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    body += markup.randomElement(using: &generator) ?? ""
                } else {
                    body += Self.randomText(
                        scalars: Int.random(in: 1..<12, using: &generator), using: &generator)
                }
            }
            let document = MarkdownParser.parse(body, smart: Bool.random(using: &generator))
            var page = Page(
                slug: "p", title: "P", body: body, source: SourceFile(path: "pages/p.md", bodyStartLine: 3))
            page.summary = Self.randomText(scalars: 8, using: &generator)
            let words = SearchIndexRenderer.words(page, body: document)
            #expect(
                words == Self.reference((page.summary ?? "") + " " + document.plainText, distinct: true),
                "\(body)")
        }
    }

    /// The plain text of a body: what a reader sees, blocks and notes each followed by a space.
    @Test func plainTextIsWhatAReaderSees() {
        let document = MarkdownParser.parse(
            """
            # Title *one*

            Text with **bold**, [a link](https://example.org) and a note.[^n] <b>raw</b>
            next line ![alt *text*](x.png)

            - item `code`

            | A | B |
            | - | - |
            | c | d |

            ```
            block
            ```

            [^n]: The note.
            """)
        #expect(
            document.plainText
                == "Title one Text with bold, a link and a note. raw next line alt text item code A B c d block\n The note. "
        )
    }
}
