import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin POSIX helpers for the writer: Foundation's FileManager costs several system calls per
/// file, which matters when a build writes ten thousand pages.
package enum FileSystem {
    /// The errno text, for messages.
    static var lastError: String { String(cString: strerror(errno)) }

    /// True when something exists at `path` (without following a final symbolic link).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// True when `path` is a folder.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of a regular file, or nil.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Creates a folder and its parents; succeeds when it exists already.
    static func makeFolders(_ path: String) throws(OutputError) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT {
            let parent = FolderPath.parent(of: path)
            if !parent.isEmpty && parent != path {
                try makeFolders(parent)
                if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            }
        }
        throw .cannotWrite(path: path, reason: lastError)
    }

    /// Writes bytes to a new file (truncating one that exists).
    static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError) }
        defer { close(descriptor) }
        try write(bytes, to: descriptor, path: path)
    }

    /// Writes bytes to a file that must not exist yet; false (and nothing written) if it does.
    static func create(_ bytes: [UInt8], at path: String) throws(OutputError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == EEXIST { return false }
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError) }
        defer { close(descriptor) }
        try write(bytes, to: descriptor, path: path)
        return true
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputError) {
        guard bytes.withUnsafeBytes({ writeAll($0, to: descriptor) }) else {
            throw .cannotWrite(path: path, reason: lastError)
        }
    }

    /// Writes text as UTF-8 to a new file (truncating one that exists), without first copying
    /// it into bytes: the cache's text files run to megabytes on a large site.
    static func write(_ text: String, to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError) }
        defer { close(descriptor) }
        var text = text
        guard text.withUTF8({ writeAll(UnsafeRawBufferPointer($0), to: descriptor) }) else {
            throw .cannotWrite(path: path, reason: lastError)
        }
    }

    /// Writes the whole buffer; false (with `errno` set) when the system refuses.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(
                descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Reads a whole file, or nil when it cannot be read. Straight into the array: FileManager's
    /// Data would be copied once more, and a build reads each input several times.
    package static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        // One byte more than the size, so that the end shows in the first chunk; a file that
        // grew since `fstat` is read on in further chunks.
        var chunkSize = Int(info.st_size) + 1
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = Glibc.read(
                        descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
                    if got < 0 && errno == EINTR { continue }
                    failed = got < 0
                    if got <= 0 { break }
                    count += got
                }
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < chunkSize { return bytes }
            chunkSize = max(chunkSize, 1 << 16)
        }
    }

    /// True when the file at `path` holds exactly `bytes`.
    static func file(at path: String, equals bytes: [UInt8]) -> Bool {
        guard size(of: path) == bytes.count, let existing = read(path) else { return false }
        return existing == bytes
    }

    /// Hard-links `source` to `destination`, so an unchanged page keeps its inode and time stamp.
    static func link(_ source: String, to destination: String) -> Bool {
        Glibc.link(source, destination) == 0
    }

    /// Removes a file or a whole folder tree; missing paths are fine.
    static func remove(_ path: String) {
        guard exists(path) else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Renames `source` to `destination`.
    static func rename(_ source: String, to destination: String) -> Bool {
        Glibc.rename(source, destination) == 0
    }
}
