import Foundation

/// The folded words each file gives the search index. A page being rendered hands over the
/// words of the body it has just parsed, so no body is parsed a second time for search.json;
/// and the words are kept by the file's path and content hash, so that a build that changed
/// one file out of thousands folds one body, not every body of the site again.
package final class SearchWordsCache: @unchecked Sendable {
    /// Identifies the file format and the tool; a cache written by another is ignored.
    static let header = "casebook-search-words 1 \(CasebookVersion.cacheIdentity)"

    private let previous: [String: String]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    /// This build's words, by source path.
    private var current: [String: String] = [:]

    /// A cache of `previous` entries (by path and hash), for files with the given hashes.
    init(previous: [String: String] = [:], fileHashes: [String: String] = [:]) {
        self.previous = previous
        self.fileHashes = fileHashes
    }

    /// The entries saved in `folder`, for files with the given hashes.
    convenience init(folder: String, fileHashes: [String: String]) {
        var entries: [String: String] = [:]
        if let lines = CacheFile.lines(of: folder + "/search-words"), lines.first == [Self.header] {
            for fields in lines.dropFirst() where fields.count == 2 { entries[fields[0]] = fields[1] }
        }
        self.init(previous: entries, fileHashes: fileHashes)
    }

    /// The words of the file at `path`: this build's, the last build's while the file is the
    /// same, or else `fold`'s, which are kept for the rest of the build.
    @discardableResult
    func words(at path: String, fold: () -> String) -> String {
        if let words = lock.withLock({ current[path] }) { return words }
        let words = key(of: path).flatMap { previous[$0] } ?? fold()
        lock.withLock { current[path] = words }
        return words
    }

    /// Saves the entries this build used, for the next one; a failure only costs the next build
    /// its reuse.
    func save(to folder: String) {
        var entries: [(key: String, words: String)] = []
        for (path, words) in lock.withLock({ current }) {
            if let key = key(of: path) { entries.append((key, words)) }
        }
        var text = Self.header + "\n"
        for entry in entries.sorted(by: { $0.key < $1.key }) { text += entry.key + "\t" + entry.words + "\n" }
        _ = CacheFile.write(text, to: folder + "/search-words")
    }

    /// The key of the file at `path` in the saved cache: its path and content hash; nil for a
    /// file the build did not hash, or whose path cannot be a line of the cache file.
    private func key(of path: String) -> String? {
        guard let hash = fileHashes[path], CacheFile.fitsOneField(path) else { return nil }
        return path + " " + hash
    }
}
