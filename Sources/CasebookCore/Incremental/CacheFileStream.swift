import Glibc

/// A cache file written as it is made: bytes gather in a buffer that goes to disk whenever it
/// holds 64 KB, and the finished file is renamed over the old one. On a large site a cache
/// file runs to tens of megabytes, and held whole in memory it counted in the build's peak.
struct CacheFileStream {
    private static let bufferSize = 1 << 16
    private let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failed = false
    /// The checksum of what was written while `hashing` was on (a file's payload).
    private(set) var checksum = StableHash.Checksum()
    var hashing = false

    /// A stream into a new file beside `path`, its folder made when missing; nil when it cannot
    /// be created.
    init?(path: String) {
        try? FileSystem.makeFolders(FolderPath.parent(of: path))
        let descriptor = open(path + ".new", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// Appends bytes to the file.
    mutating func write(_ bytes: some Collection<UInt8>) {
        if hashing {
            let added: Void? = bytes.withContiguousStorageIfAvailable {
                checksum.add(UnsafeRawBufferPointer($0))
            }
            if added == nil { Array(bytes).withUnsafeBytes { checksum.add($0) } }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Appends what a record writer holds and empties it, keeping its buffer for what follows.
    mutating func write(_ writer: inout RecordWriter) {
        write(writer.bytes)
        writer.removeAll()
    }

    /// Appends what a line writer holds and empties it.
    mutating func write(_ lines: inout CacheLines) {
        write(lines.bytes)
        lines.removeAll()
    }

    /// Writes what is left, closes the file and renames it over the old one; false (and the
    /// old file left alone) when any write failed.
    mutating func finish() -> Bool {
        flush()
        let closed = close(descriptor) == 0
        guard !failed, closed, FileSystem.rename(path + ".new", to: path) else {
            FileSystem.remove(path + ".new")
            return false
        }
        return true
    }

    private mutating func flush() {
        var offset = 0
        while !failed && offset < buffer.count {
            let written = buffer.withUnsafeBytes { all in
                Glibc.write(descriptor, all.baseAddress.map { $0 + offset }, all.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { failed = true }
            offset += max(written, 0)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
