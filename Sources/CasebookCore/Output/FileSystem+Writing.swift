import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Making folders and writing files, which fail with the output's errors.
extension FileSystem {
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

    /// The entries of a folder the writer must know the contents of; throws when it cannot be
    /// listed (a missing folder included).
    static func listing(of path: String) throws(OutputError) -> [String] {
        do {
            return try entries(of: path)
        } catch {
            throw .cannotList(path: path, reason: error.reason)
        }
    }
}
