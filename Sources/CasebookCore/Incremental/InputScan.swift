import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The size, time stamps and content hash of one input file.
struct InputStamp: Hashable, Sendable {
    /// Size in bytes.
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    /// Status change time in nanoseconds since 1970: unlike the modification time, no tool can
    /// set it back, so an edit that keeps the old modification time (`touch -r`, `cp -p`,
    /// `rsync -t`, a restore) still changes it.
    var changed: Int64 = 0
    /// The file's inode number: a file replaced by another is a different file.
    var inode: UInt64 = 0
    /// `StableHash` of the bytes.
    var hash: String

    /// True when the file may be taken to hold the bytes it held when this stamp was made.
    func stillHolds(_ other: InputStamp) -> Bool {
        size == other.size && modified == other.modified && changed == other.changed && inode == other.inode
    }
}

/// Every file a build reads (the content and theme folders), stamped so that an unchanged
/// file is recognised by a `stat` alone and a changed one is read once to hash it.
enum InputScan {
    /// How far apart two time stamps must be to tell their order: file systems keep times
    /// in steps of up to two seconds (FAT), and the kernel stamps files from a clock that may
    /// lag the one the build reads.
    static let granularity: Int64 = 2_000_000_000

    /// What a scan found: the stamps of the regular files it could read, and the entries it
    /// could not read as regular files (a build with any of them is never up to date).
    struct Result {
        var stamps: [String: InputStamp]
        var unreadable: [String]
    }

    /// The current time in nanoseconds since 1970, on the clock that stamps files.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The entries under some folders, as the walk met them: each regular file with the status
    /// the walk read (nil for one reached through a link), and the paths of the entries that
    /// cannot be read as regular files.
    struct Listing: @unchecked Sendable {
        // `stat` is a plain C structure: safe to hand from the thread that walked to another.
        var files: [(path: String, status: stat?)] = []
        var unreadable: [String] = []
    }

    /// Stamps every regular file under `folders` (hidden files included: site.yaml can sit
    /// beside a dotfile, and a changed dotfile must not go unnoticed). A `previous` stamp is
    /// reused without reading the file only when size, times and inode are unchanged and its
    /// times lie well before `previousStart`, when the last scan began: a file written in the
    /// same time-stamp step as that scan may have changed after it was read, and is hashed again.
    /// Links in `confined` folders are followed only while they stay inside them.
    static func scan(
        _ folders: [String], confined: Set<String> = [], previous: [String: InputStamp], previousStart: Int64?
    ) -> Result {
        stamp(list(folders, confined: confined), previous: previous, previousStart: previousStart)
    }

    /// Every entry under `folders`, with the status the walk read: the part of a scan that does
    /// not need the last build's stamps, so that it can run while they are read.
    static func list(_ folders: [String], confined: Set<String> = []) -> Listing {
        var listing = Listing()
        for folder in folders where FileSystem.isFolder(folder) {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            let walk = ContentEntry(folder: folder, confined: confined.contains(folder))
                .statusedFiles(under: folder, skippingHidden: false)
            listing.unreadable += walk.problems.map(\.path)
            listing.files += walk.files.map { (prefix + $0.path, $0.status) }
        }
        return listing
    }

    /// Stamps the files of `listing`, reusing `previous` stamps as `scan` says.
    static func stamp(_ listing: Listing, previous: [String: InputStamp], previousStart: Int64?) -> Result {
        var stamps: [String: InputStamp] = [:]
        var unreadable = listing.unreadable
        var toHash: [(path: String, stamp: InputStamp)] = []
        for (path, status) in listing.files {
            // The walk's own status of a file that is not a link: a second `stat` of every
            // input, on every build, doubled the scan's calls into the kernel.
            var info = status ?? stat()
            guard status != nil || stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                unreadable.append(path)
                continue
            }
            let stamp = InputStamp(
                size: Int(info.st_size),
                modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                inode: UInt64(info.st_ino), hash: "")
            if let old = previous[path], old.stillHolds(stamp), let previousStart,
                max(old.modified, old.changed) < previousStart - granularity
            {
                stamps[path] = old
            } else {
                toHash.append((path, stamp))
            }
        }
        // Reading and hashing new or touched files is most of a first build's scan: on every core.
        let hashed = Parallel.map(toHash) { file -> (String, InputStamp?) in
            var stamp = file.stamp
            guard let bytes = FileSystem.read(file.path) else { return (file.path, nil) }
            stamp.hash = StableHash.ofInput(bytes, path: file.path)
            return (file.path, stamp)
        }
        for (path, stamp) in hashed {
            if let stamp { stamps[path] = stamp } else { unreadable.append(path) }
        }
        return Result(stamps: stamps, unreadable: unreadable.sorted())
    }
}
