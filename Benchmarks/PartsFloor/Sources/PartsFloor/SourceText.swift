import Glibc

/// One content file: its frontmatter and its body, split at the `---` lines.
struct SourceText {
    enum Kind { case caseFile, release }

    let name: String
    let kind: Kind
    let frontmatter: String
    let body: String

    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): cannot read it, or it has no frontmatter" }
    }

    init(path: String) throws {
        let bytes = try Self.read(path)
        let opening = Array("---\n".utf8)
        let closing = Array("\n---\n".utf8)
        guard bytes.starts(with: opening), let close = Self.find(closing, in: bytes, from: opening.count - 1)
        else {
            throw Unreadable(path: path)
        }
        frontmatter = String(decoding: bytes[opening.count..<close], as: UTF8.self)
        body = String(decoding: bytes[(close + closing.count)...], as: UTF8.self)
        let parts = path.split(separator: "/")
        name = String(parts.last?.split(separator: ".").first ?? "")
        kind = parts.dropLast().last == "releases" ? .release : .caseFile
    }

    /// The whole file, read with plain system calls as the C floor does.
    private static func read(_ path: String) throws -> [UInt8] {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { throw Unreadable(path: path) }
        defer { close(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
            if count < 0 { throw Unreadable(path: path) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
