import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Notices saved files by looking at the content and theme folders: a file added, removed,
/// resized or touched changes the picture. Polling `stat` works on every system and file
/// system (network drives and editors that replace files included), and on two thousand
/// cases it costs a few milliseconds a look.
struct InputWatcher {
    /// Size and modification time of a file.
    struct Stamp: Equatable {
        var size: Int
        var modified: Int64
    }

    /// The folders watched.
    var folders: [String]

    /// Every regular file under the folders, with its stamp.
    func look() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders { Self.scan(folder, into: &stamps) }
        return stamps
    }

    private static func scan(_ folder: String, into stamps: inout [String: Stamp]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: scan(path, into: &stamps)
            case S_IFREG:
                stamps[path] = Stamp(
                    size: Int(info.st_size),
                    modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
            default: continue
            }
        }
    }
}
