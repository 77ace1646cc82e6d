import Foundation

/// Reuses the decoded frontmatter of files whose bytes did not change since the last build.
/// Decoding YAML was most of a rebuild that changed one file out of thousands.
///
/// An entry is kept by the file's path and hash (and, for releases, the site's time zone, which
/// decides what an embargo means), as one line of JSON in the render cache. Only files that
/// decoded without a problem are kept, so a reused file has nothing to report.
final class DecodedCache: @unchecked Sendable {
    private let previous: [String: String]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    private var used: [String: String] = [:]

    /// A cache of `previous` entries, for files with the given hashes.
    init(previous: [String: String], fileHashes: [String: String]) {
        self.previous = previous
        self.fileHashes = fileHashes
    }

    /// The entries this build used or made, for the next one.
    var entries: [String: String] { lock.withLock { used } }

    /// The item decoded from the file at `path`: the last build's when the file is unchanged,
    /// else what `decode` returns (kept for the next build when it found no problem).
    func item<Item: Codable>(
        at path: String, variant: String, decode: () -> (Item, [LoadError])
    ) -> (Item, [LoadError]) {
        guard let hash = fileHashes[path] else { return decode() }
        let key = StableHash.of([variant, path, hash])
        if let json = previous[key], let item = try? JSONDecoder().decode(Item.self, from: Data(json.utf8)) {
            lock.withLock { used[key] = json }
            return (item, [])
        }
        let (item, problems) = decode()
        if problems.isEmpty, let data = try? JSONEncoder().encode(item) {
            // JSONEncoder escapes control characters, so the line holds no tab or newline.
            let json = String(decoding: data, as: UTF8.self)
            lock.withLock { used[key] = json }
        }
        return (item, problems)
    }
}
