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
    static let header = "casebook-decoded-cache 5 \(CasebookVersion.cacheIdentity)"

    /// Read by the loader's threads without the lock; let go only once loading is over.
    private var previous: [String: ArraySlice<UInt8>]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    private var used: [String: Entry] = [:]

    /// An entry of this build: the last build's record, or a file decoded now, written only
    /// when the cache is saved. Its value shares its strings with the loaded content, where a
    /// record made at once held every file's facts a second time while the checks ran.
    private enum Entry {
        case record(ArraySlice<UInt8>)
        case decoded((inout RecordWriter) -> Void)
    }

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
        write: @escaping (inout RecordWriter, Item) -> Void, decode: () -> (Item, [LoadError])
    ) -> (Item, [LoadError]) {
        guard let hash = fileHashes[path] else { return decode() }
        let key = variant + "\u{0}" + path + "\u{0}" + hash
        if let record = previous[key] {
            var reader = RecordReader(record)
            if let item = read(&reader), reader.isAtEnd {
                lock.withLock { used[key] = .record(record) }
                return (item, [])
            }
        }
        let (item, problems) = decode()
        if problems.isEmpty {
            lock.withLock { used[key] = .decoded { write(&$0, item) } }
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
        // Written as it is made: on a large site the file runs to tens of megabytes, and every
        // copy of it counted in the build's peak memory.
        guard var file = CacheFileStream(path: folder + "/decoded-cache") else { return }
        var part = RecordWriter()
        part.string(Self.header)
        file.write(&part)
        // The checksum makes a damaged file read as no cache rather than as wrong facts.
        file.hashing = true
        part.int(entries.count)
        file.write(&part)
        var record = RecordWriter()
        for (key, entry) in entries {
            part.string(key)
            switch entry {
            case .record(let bytes):
                part.blob(bytes)
            case .decoded(let write):
                write(&record)
                part.int(record.bytes.count)
                file.write(&part)
                file.write(&record)
            }
            file.write(&part)
        }
        file.hashing = false
        part.string(file.checksum.hex)
        file.write(&part)
        _ = file.finish()
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
