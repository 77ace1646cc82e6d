import Testing

@testable import CasebookCore

/// A body's HTML is written into a `ByteOutput`, pages into arrays: the same pieces written into
/// either must give the same bytes, however often the output grows on the way.
@Suite struct ByteOutputTests {
    /// One piece of writing, done the same way to both sinks.
    enum Piece {
        case markup(StaticString)
        case byte(UInt8)
        case verbatim(String)
        case escaped(String)
        case url(String)
        case decimal(Int)

        func write(to sink: inout some ByteSink & ~Copyable) {
            switch self {
            case .markup(let markup): sink.append(markup)
            case .byte(let byte): sink.append(byte)
            case .verbatim(let text): sink.append(verbatim: text)
            case .escaped(let text): sink.appendHTMLEscaped(text)
            case .url(let url): sink.appendHTMLEscapedURL(url)
            case .decimal(let number): sink.append(decimal: number)
            }
        }
    }

    static let texts = [
        "", "a", "Ерімбетов & <b>", "\"quoted\" 'single'", String(repeating: "long text run ", count: 40),
        "https://example.org/a b?c=\"d\"&e='f'", "😀 ü ß",
    ]

    static func randomPiece(using generator: inout some RandomNumberGenerator) -> Piece {
        let text = texts.randomElement(using: &generator) ?? ""
        switch Int.random(in: 0..<6, using: &generator) {
        case 0:
            return .markup(
                ["<p>", "</p>\n", "<a href=\"", "\">", "<hr>\n"].randomElement(using: &generator) ?? "")
        case 1: return .byte(UInt8.random(in: 0x20..<0x7F, using: &generator))
        case 2: return .verbatim(text)
        case 3: return .escaped(text)
        case 4: return .url(text)
        default: return .decimal(Int.random(in: -1_000...1_000_000, using: &generator))
        }
    }

    @Test func piecesGiveTheBytesAnArrayGets() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0xB17E_5)
        for _ in 0..<300 {
            var output = ByteOutput(capacity: Int.random(in: 0..<40, using: &generator))
            var array: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<60, using: &generator) {
                let piece = Self.randomPiece(using: &generator)
                piece.write(to: &output)
                piece.write(to: &array)
                #expect(output.count == array.count)
            }
            #expect(output.array == array)
            #expect(output.string == String(decoding: array, as: UTF8.self))
        }
    }

    @Test func bytesTakenBackLeaveWhatAnArrayLeaves() {
        var generator = NoLeakPropertyTests.SplitMix(state: 0x7A_CE)
        for _ in 0..<300 {
            var output = ByteOutput(capacity: 16)
            var array: [UInt8] = []
            for _ in 0..<Int.random(in: 1..<30, using: &generator) {
                let piece = Self.randomPiece(using: &generator)
                piece.write(to: &output)
                piece.write(to: &array)
                guard !array.isEmpty else { continue }
                if Bool.random(using: &generator) {
                    let index = Int.random(in: 0..<array.count, using: &generator)
                    output.remove(at: index)
                    array.remove(at: index)
                } else {
                    let length = Int.random(in: 0...array.count, using: &generator)
                    output.removeLast(length)
                    array.removeLast(length)
                }
            }
            #expect(output.array == array)
        }
    }

    /// One piece far larger than the room there is grows the output at once to hold it.
    @Test func aLargePieceFitsAtOnce() {
        var output = ByteOutput(capacity: 16)
        let text = String(repeating: "0123456789", count: 1_000)
        output.append(verbatim: text)
        output.append(UInt8(ascii: "!"))
        #expect(output.string == text + "!")
    }
}
