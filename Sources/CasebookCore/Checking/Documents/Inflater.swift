import CZlib

/// zlib behind one function: the only file that calls it.
enum Inflater {
    /// The raw DEFLATE data in `bytes` inflated, or nil when it is broken or would grow past
    /// `limit` bytes (a file made to fill the memory of whoever opens it).
    static func inflate(_ bytes: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
        var stream = z_stream()
        // -15: raw DEFLATE, as ZIP files store it, without zlib's header.
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = Array(bytes)
        let finished: Bool = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output += chunk[0..<produced]
                if status == Z_STREAM_END { return true }
                guard status == Z_OK, output.count <= limit, produced > 0 || stream.avail_in > 0 else {
                    return false
                }
            }
        }
        return finished ? output : nil
    }
}
