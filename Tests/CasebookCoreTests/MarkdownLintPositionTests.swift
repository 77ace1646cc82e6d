import Testing

@testable import CasebookCore

/// The lint scanner reads bytes, skips plain text eight bytes at a time and counts columns in
/// whole words. Bodies generated here record, as they are written, where each footnote
/// reference, definition and tag is (line, and column in scalars): the findings must be
/// exactly those a plain reading of the rules gives, at those places.
@Suite struct MarkdownLintPositionTests {
    /// A footnote reference, definition or tag as written, with its place.
    struct Placed {
        var label: String
        var line: Int
        var column: Int
    }

    /// What a generated body holds where the scanner must see it.
    struct Body {
        var text = ""
        var references: [Placed] = []
        var definitions: [Placed] = []
        var tags: [Placed] = []
    }

    /// Labels that lower-case alike in pairs, in ASCII, Cyrillic and Latin with accents (the
    /// last two begin with a character that is not ASCII, which is read another way).
    static let labels = ["1", "2", "note", "Note", "a", "B", "жА", "Жа", "éx", "Éx"]

    /// Pieces of prose with nothing the findings count: multibyte letters, combining accents,
    /// code spans and escapes holding what would count outside them, links and autolinks.
    static let prose = [
        "word", "Жанар", "Ерімбетов", "€5", "𝄞", "e\u{301}", "`[^1]`", "``<b> ` [^a]``", "\\[^2]", "\\<i>",
        "[link](/cases/x/)", "![photo](/assets/p.jpg)", "<https://example.org/>", "!", "a]b", "x < y",
        "[^]", "tab\tbed", "long-plain-ascii-words-fill-whole-eight-byte-words",
    ]

    static func generate(using generator: inout some RandomNumberGenerator) -> Body {
        var body = Body()
        var line = 1
        func endLine(_ text: String) {
            body.text += text + (Bool.random(using: &generator) ? "\r\n" : "\n")
            line += 1
        }
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0:
                // A fenced block: nothing inside counts.
                endLine("")
                endLine("```text")
                endLine("[^1] <b> [^zz]")
                endLine("```")
                endLine("")
            case 1, 2:
                let label = labels.randomElement(using: &generator) ?? "1"
                var text = ""
                if Bool.random(using: &generator) {
                    text = String(repeating: " ", count: Int.random(in: 1...3, using: &generator))
                }
                body.definitions.append(
                    Placed(label: label.lowercased(), line: line, column: text.unicodeScalars.count + 1))
                endLine(text + "[^\(label)]: Defined here, Жанар.")
            default:
                // A paragraph line: always begins with a word, so it opens no block.
                var text = "Start"
                for _ in 0..<Int.random(in: 0...14, using: &generator) {
                    text += " "
                    let column = text.unicodeScalars.count + 1
                    switch Int.random(in: 0..<6, using: &generator) {
                    case 0:
                        let label = labels.randomElement(using: &generator) ?? "1"
                        body.references.append(Placed(label: label.lowercased(), line: line, column: column))
                        text += "[^\(label)]"
                    case 1:
                        let tag = ["b", "I", "span", "Em"].randomElement(using: &generator) ?? "b"
                        body.tags.append(Placed(label: tag.lowercased(), line: line, column: column))
                        text += Bool.random(using: &generator) ? "<\(tag)>" : "</\(tag)>"
                    default:
                        text += prose.randomElement(using: &generator) ?? "word"
                    }
                }
                endLine(text)
            }
        }
        return body
    }

    /// The findings the rules give for what `body` holds.
    static func expectedFindings(_ body: Body) -> [MarkdownLintFinding] {
        var findings: [MarkdownLintFinding] = []
        var defined: Set<String> = []
        for definition in body.definitions where !defined.insert(definition.label).inserted {
            findings.append(
                MarkdownLintFinding(
                    .duplicateFootnote(label: definition.label), line: definition.line,
                    column: definition.column))
        }
        let referenced = Set(body.references.map(\.label))
        for reference in body.references where !defined.contains(reference.label) {
            findings.append(
                MarkdownLintFinding(
                    .undefinedFootnote(label: reference.label), line: reference.line, column: reference.column
                ))
        }
        var reported: Set<String> = []
        for definition in body.definitions
        where !referenced.contains(definition.label) && reported.insert(definition.label).inserted {
            findings.append(
                MarkdownLintFinding(
                    .unreferencedFootnote(label: definition.label), line: definition.line,
                    column: definition.column))
        }
        for tag in body.tags {
            findings.append(MarkdownLintFinding(.rawHTML(tag: tag.label), line: tag.line, column: tag.column))
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    @Test func findingsAreThoseWrittenAtTheirPlaces() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0x11A7_5CA9)
        var kinds: [String: Int] = [:]
        for _ in 0..<2_000 {
            let body = Self.generate(using: &generator)
            let expected = Self.expectedFindings(body)
            for finding in expected {
                kinds["\(finding.kind)".prefix(while: { $0 != "(" }).description, default: 0] += 1
            }
            #expect(MarkdownLint.inspect(body.text).findings == expected, "\(body.text)")
            let fromBytes = Array(body.text.utf8).withUnsafeBufferPointer(MarkdownLint.inspect(bytes:))
            #expect(fromBytes.findings == expected)
        }
        // Findings of every kind are tested many times over.
        #expect(kinds.count == 4 && kinds.values.allSatisfy { $0 > 200 }, "\(kinds)")
    }

    /// Bodies with no footnote, a few and many (with labels in either case, repeated
    /// definitions and definitions never referred to) give the findings the rules give.
    @Test func manyFootnotesAreMatchedAsFewAre() {
        for count in [0, 1, 2, 31, 32, 33, 100] {
            var body = Body()
            var line = 1
            // References to labels 0..<count (upper case where odd), each on its own line.
            for number in 0..<count {
                let label = number % 2 == 1 ? "N\(number)" : "n\(number)"
                body.references.append(Placed(label: "n\(number)", line: line, column: 6))
                body.text += "Note [^\(label)] here.\n"
                line += 1
            }
            body.text += "\n"
            line += 1
            // Definitions of every third label, some twice, and of labels never referred to.
            for number in stride(from: 0, to: count + 6, by: 3) {
                for _ in 0..<(number % 2 == 0 ? 2 : 1) {
                    body.definitions.append(Placed(label: "n\(number)", line: line, column: 1))
                    body.text += "[^n\(number)]: Defined.\n"
                    line += 1
                }
            }
            let expected = Self.expectedFindings(body)
            #expect(MarkdownLint.inspect(body.text).findings == expected, "\(count)")
            #expect(expected.count > count / 2)
        }
    }
}
