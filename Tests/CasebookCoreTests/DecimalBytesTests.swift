import Testing

@testable import CasebookCore

/// Numbers are written into HTML and the lint cache as digits straight into the bytes, in an
/// array or a body's `ByteOutput`; they must be the digits `String` writes.
@Suite struct DecimalBytesTests {
    static func written(_ number: Int, after prefix: [UInt8]) -> [UInt8] {
        var bytes = prefix
        bytes.append(decimal: number)
        var output = ByteOutput(capacity: 4)
        output.append(verbatim: String(decoding: prefix, as: UTF8.self))
        output.append(decimal: number)
        #expect(output.array == bytes)
        return bytes
    }

    @Test func everyNumberIsWrittenAsStringWritesIt() {
        var numbers = Array(-12...10_000)
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power]
        }
        numbers += [Int.max, Int.max - 1, Int.min, Int.min + 1]
        for number in numbers {
            for prefix in [[], Array("x=".utf8)] {
                #expect(
                    Self.written(number, after: prefix) == prefix + Array(String(number).utf8), "\(number)")
            }
        }
    }
}
