import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a folder a build writes (the output, or its cache), held until released.
///
/// The lock is an flock(2) on a lock file, not the file's existence: the kernel lets go of it
/// when the holding process ends in any way, kill -9 included, so a killed build never leaves a
/// stale lock. An flock belongs to one open file, so two builds in one process exclude each
/// other as two processes do. The holder writes its process id into the file for the message
/// of the build that has to wait.
final class BuildLock {
    private var descriptor: Int32

    /// How often a waiting build tries again.
    static let retryInterval: useconds_t = 50_000

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock in `lockFile` for `folder` (named in the message), waiting up to `seconds`
    /// for a build that holds it; throws `busy` when it is still held after that.
    static func acquire(_ lockFile: String, for folder: String, waitingUpTo seconds: Double)
        throws(OutputError) -> BuildLock
    {
        try FileSystem.makeFolders(FolderPath.parent(of: lockFile).nonEmpty ?? ".")
        // O_NOFOLLOW: a link planted at the lock's name is not followed to some other file.
        let descriptor = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: lockFile, reason: FileSystem.lastError) }
        let deadline = Date().addingTimeInterval(max(0, seconds))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            guard errno == EWOULDBLOCK else {
                let reason = FileSystem.lastError
                close(descriptor)
                throw .cannotWrite(path: lockFile, reason: reason)
            }
            guard Date() < deadline else {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw .busy(path: folder, holder: holder, waited: max(0, seconds))
            }
            usleep(retryInterval)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return BuildLock(descriptor: descriptor)
    }

    /// Lets the lock go; a later call does nothing.
    func release() {
        guard descriptor >= 0 else { return }
        // The process id goes with the lock, so that it never names a build long finished.
        _ = ftruncate(descriptor, 0)
        close(descriptor)
        descriptor = -1
    }

    // The process id the holder wrote, if it has written it yet.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
