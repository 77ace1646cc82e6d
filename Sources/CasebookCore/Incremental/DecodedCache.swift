import Foundation

/// Reuses the decoded frontmatter of files whose bytes did not change since the last build.
/// Decoding YAML was most of a rebuild that changed one file out of thousands.
///
/// An entry is kept by the file's path and hash (and, for releases, the site's time zone, which
/// decides what an embargo means) in `.casebook/…/decoded-cache`, in the compact form of
/// `RecordWriter`. Only files that decoded without a problem are kept, so a reused file has
/// nothing to report.
final class DecodedCache: DecodedFiles, @unchecked Sendable {
    /// Identifies the file format and the tool; a cache written by another is ignored.
    static let header = "casebook-decoded-cache 4 \(CasebookVersion.cacheIdentity)"

    /// Read by the loader's threads without the lock; let go only once loading is over.
    private var previous: [String: ArraySlice<UInt8>]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    private var used: [String: ArraySlice<UInt8>] = [:]

    /// A cache of `previous` entries, for files with the given hashes.
    init(previous: [String: ArraySlice<UInt8>], fileHashes: [String: String]) {
        self.previous = previous
        self.fileHashes = fileHashes
    }

    /// A cache of the entries saved in `folder` (none when there are none or they cannot be read).
    convenience init(folder: String, fileHashes: [String: String]) {
        self.init(previous: Self.entries(in: folder + "/decoded-cache"), fileHashes: fileHashes)
    }

    /// The case file at `path`, from the cache or from `decode`.
    func caseFile(at path: String, decode: () -> (CaseFile, [LoadError])) -> (CaseFile, [LoadError]) {
        item(at: path, variant: "case", read: { $0.caseFile() }, write: { $0.caseFile($1) }, decode: decode)
    }

    /// The release at `path` read in the site's zone `zone`, from the cache or from `decode`.
    func release(
        at path: String, zone: TimeZone, decode: () -> (Release, [LoadError])
    ) -> (Release, [LoadError]) {
        item(
            at: path, variant: "release " + zone.identifier, read: { $0.release() },
            write: { $0.release($1) },
            decode: decode)
    }

    private func item<Item>(
        at path: String, variant: String, read: (inout RecordReader) -> Item?,
        write: (inout RecordWriter, Item) -> Void, decode: () -> (Item, [LoadError])
    ) -> (Item, [LoadError]) {
        guard let hash = fileHashes[path] else { return decode() }
        let key = variant + "\u{0}" + path + "\u{0}" + hash
        if let record = previous[key] {
            var reader = RecordReader(record)
            if let item = read(&reader), reader.isAtEnd {
                lock.withLock { used[key] = record }
                return (item, [])
            }
        }
        let (item, problems) = decode()
        if problems.isEmpty {
            var writer = RecordWriter()
            write(&writer, item)
            lock.withLock { used[key] = writer.bytes[...] }
        }
        return (item, problems)
    }

    /// Saves the entries this build used or made, for the next one; a failure only costs the
    /// next build its reuse.
    ///
    /// Both this build's entries and the last build's are let go once written: nothing reads
    /// the cache after loading, and at 10,000 cases they held 30 MB until the last page.
    func save(to folder: String) {
        let used = lock.withLock {
            defer { (self.used, previous) = ([:], [:]) }
            return self.used
        }
        let entries = used.sorted { $0.key < $1.key }
        // Written once, into a buffer of the right size: on a large site the file runs to tens of
        // megabytes, and every copy of it counted in the build's peak memory.
        var file = RecordWriter(capacity: entries.reduce(64) { $0 + $1.key.utf8.count + $1.value.count + 12 })
        file.string(Self.header)
        let payloadStart = file.bytes.count
        file.list(entries) { writer, entry in
            writer.string(entry.key)
            writer.blob(entry.value)
        }
        // The checksum makes a damaged file read as no cache rather than as wrong facts.
        file.string(StableHash.checksum(of: file.bytes[payloadStart...]))
        _ = CacheFile.write(file.bytes, to: folder + "/decoded-cache")
    }

    private static func entries(in path: String) -> [String: ArraySlice<UInt8>] {
        guard let bytes = FileSystem.read(path) else { return [:] }
        var file = RecordReader(bytes[...])
        guard file.string() == header else { return [:] }
        let payloadStart = file.position
        guard
            let entries = file.list({ reader -> (String, ArraySlice<UInt8>)? in
                guard let key = reader.string(), let record = reader.blob() else { return nil }
                return (key, record)
            })
        else { return [:] }
        let payloadEnd = file.position
        guard let checksum = file.string(), file.isAtEnd,
            StableHash.checksum(of: bytes[payloadStart..<payloadEnd]) == checksum
        else { return [:] }
        return Dictionary(entries, uniquingKeysWith: { first, _ in first })
    }
}
