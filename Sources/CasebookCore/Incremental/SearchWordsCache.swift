import Foundation

/// Keeps the folded words each file gives the search index, by the file's path and content
/// hash, so that a build that changed one file out of thousands folds one body for search.json,
/// not every body of the site again.
package final class SearchWordsCache: @unchecked Sendable {
    /// Identifies the file format and the tool; a cache written by another is ignored.
    static let header = "casebook-search-words 1 \(CasebookVersion.cacheIdentity)"

    private let previous: [String: String]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    private var used: [String: String] = [:]

    /// A cache of `previous` entries (by path and hash), for files with the given hashes.
    init(previous: [String: String], fileHashes: [String: String]) {
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

    /// The words of the file at `path`, from the cache or from `fold`.
    func words(at path: String, fold: () -> String) -> String {
        guard let hash = fileHashes[path], !path.contains("\t"), !path.contains("\n") else { return fold() }
        let key = path + " " + hash
        let words = previous[key] ?? fold()
        lock.withLock { used[key] = words }
        return words
    }

    /// Saves the entries this build used, for the next one; a failure only costs the next build
    /// its reuse.
    func save(to folder: String) {
        var text = Self.header + "\n"
        for (key, words) in lock.withLock({ used }).sorted(by: { $0.key < $1.key }) {
            text += key + "\t" + words + "\n"
        }
        _ = CacheFile.write(text, to: folder + "/search-words")
    }
}
