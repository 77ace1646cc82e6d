import Foundation

/// The search index's words and entries. A page being rendered hands over the words of the body
/// it has just parsed, so no body is parsed a second time for search.json; and each file's entry
/// of search.json is kept, as the bytes it is written with, by the file's path and content hash,
/// so that a build that changed one file out of thousands folds and writes one entry, not every
/// entry of the site again.
package final class SearchWordsCache: @unchecked Sendable {
    /// Identifies the file format and the tool; a cache written by another is ignored.
    static let header = "casebook-search-entries 1 \(CasebookVersion.cacheIdentity)"

    /// What every entry shows besides its own file (the site's base path), as the entries of
    /// `previous` were made with it.
    private let previousContext: String?
    private let previous: [String: ArraySlice<UInt8>]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    /// This build's words, by source path.
    private var current: [String: String] = [:]
    /// The search.json files this build made, each with every file's range in it, and what
    /// their entries were made with: the entries are cut from them only when saved, on a thread
    /// of their own, and not as search.json is made, which nothing else waits for.
    private var kept: [(file: [UInt8], ranges: [(path: String, range: Range<Int>)])] = []
    private var context: String?

    /// A cache of `previous` entries (by path and hash) made with `context`, for files with the
    /// given hashes.
    init(
        previous: [String: ArraySlice<UInt8>] = [:], context: String? = nil,
        fileHashes: [String: String] = [:]
    ) {
        self.previous = previous
        self.previousContext = context
        self.fileHashes = fileHashes
    }

    /// The entries saved in `folder`, for files with the given hashes.
    convenience init(folder: String, fileHashes: [String: String]) {
        guard let bytes = FileSystem.read(folder + "/search-entries") else {
            self.init(fileHashes: fileHashes)
            return
        }
        var reader = RecordReader(bytes[...])
        var entries: [String: ArraySlice<UInt8>] = [:]
        guard reader.string() == Self.header, let context = reader.string(), let count = reader.int() else {
            self.init(fileHashes: fileHashes)
            return
        }
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = reader.string(), let entry = reader.blob() else {
                self.init(fileHashes: fileHashes)
                return
            }
            entries[key] = entry
        }
        self.init(previous: entries, context: context, fileHashes: fileHashes)
    }

    /// The words of the file at `path`: this build's, or else `fold`'s, which are kept for the
    /// rest of the build.
    @discardableResult
    func words(at path: String, fold: () -> String) -> String {
        if let words = lock.withLock({ current[path] }) { return words }
        let words = fold()
        lock.withLock { current[path] = words }
        return words
    }

    /// The entry of the file at `path` in search.json as the last build wrote it, while the
    /// file and `context` (what every entry shows besides its file) are the same; else nil.
    /// The file's words, if a page handed them over, are let go: they are not needed.
    func writtenEntry(at path: String, context: String) -> ArraySlice<UInt8>? {
        guard context == previousContext, let key = key(of: path), let entry = previous[key] else {
            return nil
        }
        lock.withLock { current[path] = nil }
        return entry
    }

    /// The words of the file at `path`, as `words(at:fold:)` gives them, let go by the cache:
    /// the entry made of them holds them now, and on a large site they took megabytes until
    /// the build's end.
    func takeWords(at path: String, fold: () -> String) -> String {
        let words = words(at: path, fold: fold)
        lock.withLock { current[path] = nil }
        return words
    }

    /// Keeps the entries of search.json, `file`, for the next build: each file's entry is the
    /// bytes at its range, by path, shared with the file rather than copied (the entries are as
    /// large as the file); `context` is what every entry shows besides its own file.
    func keep(entriesOf file: [UInt8], at ranges: [(path: String, range: Range<Int>)], context: String) {
        lock.withLock {
            kept.append((file, ranges))
            self.context = context
        }
    }

    /// Saves the entries this build used, for the next one; a failure only costs the next build
    /// its reuse.
    func save(to folder: String) {
        let (kept, context) = lock.withLock { (self.kept, self.context) }
        guard let context else { return }
        var used: [(key: String, entry: ArraySlice<UInt8>)] = []
        for search in kept {
            for (path, range) in search.ranges {
                if let key = key(of: path) { used.append((key, search.file[range])) }
            }
        }
        // Written as it is made: the entries are as large as search.json, and a second copy
        // of them would count in the build's peak memory.
        guard var file = CacheFileStream(path: folder + "/search-entries") else { return }
        var part = RecordWriter()
        part.string(Self.header)
        part.string(context)
        part.int(used.count)
        // In no particular order, as the build state's lines: they are read back into a
        // dictionary, and sorting thousands of keys was work at the very end of every rebuild.
        for (key, entry) in used {
            part.string(key)
            part.blob(entry)
            file.write(&part)
        }
        file.write(&part)
        _ = file.finish()
        // Earlier versions kept the words alone, in a file no build reads any more.
        FileSystem.remove(folder + "/search-words")
    }

    /// The key of the file at `path` in the saved cache: its path and content hash; nil for a
    /// file the build did not hash.
    private func key(of path: String) -> String? {
        fileHashes[path].map { path + " " + $0 }
    }
}
