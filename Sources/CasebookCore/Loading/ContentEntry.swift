import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which entries under a folder a build may read. A link is followed only while it stays inside
/// the folder it is confined to (Content/): a link to a file elsewhere on the machine would
/// publish it. Anything that is not a regular file (a FIFO, a device, a link that loops or
/// leads nowhere) is a problem at its path, never read and never skipped in silence.
struct ContentEntry {
    /// The real path links must stay inside, or nil to follow every link (the theme folder).
    var root: String?
    /// The folder as the user named it, for messages.
    var rootName: String

    /// A rule confining links to `folder`, or following them anywhere when `confined` is false.
    init(folder: String, confined: Bool = true) {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.root = confined ? FileSystem.realPath(trimmed) ?? trimmed : nil
        self.rootName = trimmed + "/"
    }

    /// Why the entry at `path` cannot be read as a regular file, or nil when it can.
    func problem(at path: String) -> String? {
        switch resolve(path) {
        case .file: return nil
        case .folder: return "it is a folder, not a file"
        case .unreadable(let reason): return reason
        }
    }

    /// Every regular file under `folder` as sorted paths relative to it, and the problems of the
    /// entries that cannot be read. Hidden names are skipped when `skippingHidden`.
    func files(under folder: String, skippingHidden: Bool) -> (
        files: [String], problems: [(path: String, reason: String)]
    ) {
        let walk = statusedFiles(under: folder, skippingHidden: skippingHidden)
        return (walk.files.map(\.path).sorted(), walk.problems)
    }

    /// `files(under:skippingHidden:)` in the order the walk met them, each with the status the
    /// walk read when the entry is the file itself and not a link to it (then the status is the
    /// file's, as `stat` gives it). Unsorted: the input scan keeps them by path, and sorting
    /// the paths of every input cost it a third of its time.
    func statusedFiles(under folder: String, skippingHidden: Bool) -> (
        files: [(path: String, status: stat?)], problems: [(path: String, reason: String)]
    ) {
        var walk = Walk()
        walk.visit(
            folder, real: FileSystem.realPath(folder) ?? folder, relative: "", rule: self,
            skippingHidden: skippingHidden)
        return (walk.files, walk.problems)
    }

    enum Resolved {
        /// A regular file; `status` is what `lstat` read when the entry was not a link.
        case file(status: stat?)
        case folder(real: String), unreadable(String)
    }

    /// What `path` is once its links are followed under this rule.
    func resolve(_ path: String) -> Resolved {
        var status = stat()
        let kind = lstat(path, &status) == 0 ? FileSystem.kind(ofMode: status.st_mode) : .missing
        switch kind {
        case .file: return .file(status: status)
        case .folder: return .folder(real: FileSystem.realPath(path) ?? path)
        case .missing: return .unreadable("the file does not exist")
        case .other(let kind): return .unreadable("it is \(kind), not a regular file")
        case .link: break
        }
        guard let real = FileSystem.realPath(path) else {
            return .unreadable(
                errno == ELOOP
                    ? "it is a link that loops back on itself"
                    : "it is a link that leads nowhere (\(FileSystem.lastError))")
        }
        if let root, !FileSystem.isWithin(real, root) {
            return .unreadable("it is a link that leads outside \(rootName) (to \(real))")
        }
        switch FileSystem.kind(of: real) {
        case .file: return .file(status: nil)
        case .folder: return .folder(real: real)
        case .other(let kind): return .unreadable("it is a link to \(kind), not to a regular file")
        case .missing, .link: return .unreadable("it is a link that leads nowhere")
        }
    }

    private struct Walk {
        var files: [(path: String, status: stat?)] = []
        var problems: [(path: String, reason: String)] = []

        mutating func visit(
            _ folder: String, real folderReal: String, relative: String, rule: ContentEntry,
            skippingHidden: Bool
        ) {
            let names: [String]
            do {
                names = try FileSystem.entries(of: folder)
            } catch {
                if !relative.isEmpty { problems.append((folder, "cannot list the folder")) }
                return
            }
            for name in names where !(skippingHidden && name.hasPrefix(".")) {
                let path = folder + "/" + name
                let inside = relative.isEmpty ? name : relative + "/" + name
                switch rule.resolve(path) {
                case .file(let status): files.append((inside, status))
                case .unreadable(let reason): problems.append((path, reason))
                case .folder(let real):
                    // A link back to a folder that holds it would be walked for ever.
                    guard !FileSystem.isWithin(folderReal, real) else {
                        problems.append((path, "it is a link back to a folder that contains it"))
                        continue
                    }
                    visit(path, real: real, relative: inside, rule: rule, skippingHidden: skippingHidden)
                }
            }
        }
    }
}
