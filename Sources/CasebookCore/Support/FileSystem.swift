import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin POSIX helpers for every stage that reads or writes files: Foundation's FileManager
/// costs several system calls per file, which matters when a build reads and writes ten
/// thousand pages. Writing files, whose failures are the output's errors, is in
/// Output/FileSystem+Writing.swift.
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
