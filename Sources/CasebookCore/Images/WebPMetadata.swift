/// Removes the EXIF and XMP chunks of a WebP file. Debian's libvips 8.14 writes an EXIF chunk
/// (its own resolution and orientation tags) into every WebP it saves, stripped or not; nothing
/// of the source is in it, but Casebook promises WebPs without any metadata at all.
enum WebPMetadata {
    /// `bytes` without EXIF and XMP chunks, with the header's size and feature flags to match;
    /// bytes that are not a well-formed WebP are returned as they are.
    static func removed(from bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 12, Array(bytes[0..<4]) == Array("RIFF".utf8),
            Array(bytes[8..<12]) == Array("WEBP".utf8)
        else { return bytes }
        var output = Array(bytes[0..<12])
        var offset = 12
        while offset + 8 <= bytes.count {
            let name = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = Int(littleEndian: bytes, at: offset + 4)
            let end = offset + 8 + size + (size % 2)
            guard end <= bytes.count || (end == bytes.count + 1 && size % 2 == 1) else { return bytes }
            let chunk = bytes[offset..<min(end, bytes.count)]
            if name == "VP8X", size >= 1 {
                var header = Array(chunk)
                // Bit 3 says the file has EXIF, bit 2 XMP.
                header[8] &= ~UInt8(0x0C)
                output += header
            } else if name != "EXIF", name != "XMP " {
                output += chunk
            }
            offset = end
        }
        let riffSize = UInt32(output.count - 8)
        for index in 0..<4 { output[4 + index] = UInt8((riffSize >> (8 * UInt32(index))) & 0xFF) }
        return output
    }
}

extension Int {
    /// The 32-bit little-endian number at `offset` of `bytes`.
    fileprivate init(littleEndian bytes: [UInt8], at offset: Int) {
        self = (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
}
