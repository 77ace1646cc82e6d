import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The size, modification time and content hash of one input file.
struct InputStamp: Hashable, Sendable {
    /// Size in bytes.
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    /// `StableHash` of the bytes.
    var hash: String
}

/// Every file a build reads (the content and theme folders), stamped so that an unchanged
/// file is recognised by a `stat` alone and a changed one is read once to hash it.
enum InputScan {
    /// Stamps every regular file under `folders` (hidden files included: site.yaml can sit
    /// beside a dotfile, and a changed dotfile must not go unnoticed), reusing the hashes of
    /// `previous` stamps whose size and time did not change.
    static func scan(_ folders: [String], previous: [String: InputStamp]) -> [String: InputStamp] {
        var stamps: [String: InputStamp] = [:]
        var toHash: [(path: String, size: Int, modified: Int64)] = []
        for folder in folders where FileSystem.isFolder(folder) {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = prefix + relative
                var info = stat()
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                let size = Int(info.st_size)
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                if let old = previous[path], old.size == size, old.modified == modified {
                    stamps[path] = old
                } else {
                    toHash.append((path, size, modified))
                }
            }
        }
        // Reading and hashing new or touched files is most of a first build's scan: on every core.
        let hashed = Parallel.map(toHash) { file in
            FileSystem.read(file.path).map {
                (
                    file.path,
                    InputStamp(size: file.size, modified: file.modified, hash: StableHash.of(bytes: $0))
                )
            }
        }
        for case let (path, stamp)? in hashed { stamps[path] = stamp }
        return stamps
    }
}
