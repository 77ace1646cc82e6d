import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path is, seen without following links, and where a link really leads.
extension FileSystem {
    /// The kind of thing at a path, from `lstat`.
    enum Kind: Equatable {
        case missing, file, folder, link, other(String)
    }

    /// What is at `path`, without following a final link.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return kind(ofMode: info.st_mode)
    }

    /// What a `stat` mode describes; the odd kinds are named as a person would name them.
    static func kind(ofMode mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        case S_IFIFO: return .other("a FIFO (named pipe)")
        case S_IFCHR: return .other("a character device")
        case S_IFBLK: return .other("a block device")
        case S_IFSOCK: return .other("a socket")
        default: return .other("a special file")
        }
    }

    /// The path with every link resolved, or nil (with `errno` set) when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of `path` even when its last parts do not exist yet: the longest part that
    /// exists is resolved and the rest appended, so a folder about to be made can be compared.
    static func intendedRealPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [String] = []
        while !existing.isEmpty, existing != "/" {
            if let real = realPath(existing) {
                return ([real == "/" ? "" : real] + rest).joined(separator: "/")
            }
            rest.insert(FolderPath.name(of: existing), at: 0)
            existing = FolderPath.parent(of: existing)
        }
        return "/" + rest.joined(separator: "/")
    }

    /// True when `path` is `folder` or lies inside it (both real paths).
    static func isWithin(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// Why a folder could not be listed.
    struct ListingFailure: Error {
        /// The system's reason.
        let reason: String
    }

    /// The entries of a folder; throws when it cannot be listed (a missing folder included).
    static func entries(of path: String) throws(ListingFailure) -> [String] {
        try typedEntries(of: path).map(\.name)
    }

    /// The entries of a folder, each with whether the listing itself says it is a regular file
    /// (not a link to one): such an entry needs no `stat` to be known as a file. False says
    /// nothing; some file systems leave every entry's type unknown.
    static func typedEntries(of path: String) throws(ListingFailure) -> [(name: String, isFile: Bool)] {
        guard let folder = opendir(path) else { throw ListingFailure(reason: lastError) }
        defer { closedir(folder) }
        var entries: [(name: String, isFile: Bool)] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw ListingFailure(reason: lastError) }
                return entries
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type == UInt8(DT_REG))) }
        }
    }
}
