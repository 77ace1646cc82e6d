/// The files inside a ZIP archive (a DOCX, XLSX, PPTX or ODT file is one), read from its
/// central directory; only what the document check needs.
struct ZipEntries {
    /// One file of the archive.
    struct Entry {
        var name: String
        /// 0: stored as it is; 8: DEFLATE.
        var method: Int
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    /// Every entry, in the order of the central directory; empty when `bytes` is not a ZIP archive.
    let entries: [Entry]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        entries = Self.centralDirectory(of: bytes) ?? []
    }

    /// The bytes of an entry, inflated; nil when they cannot be read or would exceed `limit`.
    func contents(of entry: Entry, limit: Int) -> [UInt8]? {
        let header = entry.localHeaderOffset
        guard entry.size <= limit, Self.number(bytes, at: header, width: 4) == 0x0403_4B50,
            let nameLength = Self.number(bytes, at: header + 26, width: 2),
            let extraLength = Self.number(bytes, at: header + 28, width: 2)
        else { return nil }
        let start = header + 30 + nameLength + extraLength
        guard start + entry.compressedSize <= bytes.count else { return nil }
        let data = bytes[start..<start + entry.compressedSize]
        switch entry.method {
        case 0: return Array(data)
        case 8: return Inflater.inflate(data, limit: limit)
        default: return nil
        }
    }

    private static func centralDirectory(of bytes: [UInt8]) -> [Entry]? {
        // The end record is the last thing in the file, behind a comment of up to 64 KiB.
        let earliest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
            let end = stride(from: bytes.count - 22, through: earliest, by: -1).first(where: {
                number(bytes, at: $0, width: 4) == 0x0605_4B50
            }),
            let count = number(bytes, at: end + 10, width: 2),
            var offset = number(bytes, at: end + 16, width: 4)
        else { return nil }
        var entries: [Entry] = []
        for _ in 0..<count {
            guard number(bytes, at: offset, width: 4) == 0x0201_4B50,
                let method = number(bytes, at: offset + 10, width: 2),
                let compressedSize = number(bytes, at: offset + 20, width: 4),
                let size = number(bytes, at: offset + 24, width: 4),
                let nameLength = number(bytes, at: offset + 28, width: 2),
                let extraLength = number(bytes, at: offset + 30, width: 2),
                let commentLength = number(bytes, at: offset + 32, width: 2),
                let localHeaderOffset = number(bytes, at: offset + 42, width: 4),
                offset + 46 + nameLength <= bytes.count
            else { return entries }
            let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
            entries.append(
                Entry(
                    name: name, method: method, compressedSize: compressedSize, size: size,
                    localHeaderOffset: localHeaderOffset))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// The little-endian number of `width` bytes at `offset`, or nil past the end.
    private static func number(_ bytes: [UInt8], at offset: Int, width: Int) -> Int? {
        guard offset >= 0, offset + width <= bytes.count else { return nil }
        return (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
}
