import Foundation

/// Decides which case and release pages must be rendered again: a page whose inputs have the
/// same fingerprint as in the last build is kept from the previous site as it is.
///
/// A page's fingerprint covers everything it shows: its own file, the files of the cases and
/// releases it names or that name it, the site settings and theme, and which items are public.
package final class PageCache: FingerprintLedger, @unchecked Sendable {
    /// Fingerprints of the last build, by output path.
    private let previous: [String: String]
    /// What every page depends on: tool and options, site.yaml, theme, the public set.
    private let global: String
    /// A hash with `global` added, where every page's fingerprint starts.
    private let globalHash: StableHash
    /// Content hash of each input file, by path.
    private let fileHashes: [String: String]
    /// For each case slug, the source paths of the releases that name it.
    private let releasesNaming: [String: [String]]
    /// Source paths of the cases and releases in this build, by slug.
    private let caseSources: [String: String]
    private let releaseSources: [String: String]
    /// Content/assets/ as input paths start with it, for the photo a case page shows.
    private let assetsFolder: String
    /// Digests of what single files show (`digest(_:of:showing:)`), from the last build.
    private let previousDigests: [String: String]
    private let lock = NSLock()
    private var recorded: [String: String] = [:]
    private var digests: [String: String] = [:]

    /// A cache for rendering `content` (what this build shows) with the given file hashes;
    /// `previousDigests` are the last build's `fileDigests`.
    init(
        previous: [String: String], previousDigests: [String: String] = [:], global: String,
        fileHashes: [String: String], content: Content
    ) {
        self.previous = previous
        self.previousDigests = previousDigests
        self.global = global
        var globalHash = StableHash()
        globalHash.combine(global)
        self.globalHash = globalHash
        self.fileHashes = fileHashes
        self.assetsFolder = PhotoChecker.assetsFolder(of: content)
        self.caseSources = Dictionary(content.cases.map { ($0.slug, $0.source.path) }) { first, _ in first }
        self.releaseSources = Dictionary(content.releases.map { ($0.slug, $0.source.path) }) { first, _ in
            first
        }
        var naming: [String: [String]] = [:]
        for release in content.releases {
            for slug in release.cases { naming[slug, default: []].append(release.source.path) }
        }
        self.releasesNaming = naming
    }

    /// The fingerprints recorded in this build, for the next one.
    var fingerprints: [String: String] { lock.withLock { recorded } }

    /// The digests of what single files show, made or reused by this build, for the next one.
    var fileDigests: [String: String] { lock.withLock { digests } }

    /// The digest of `parts`, what the file at `path` shows in `name` (a line of cases.json, an
    /// entry of the sitemap), made from the file alone: it is reused from the last build while
    /// the file and everything every page depends on (`global`) are the same, so a rebuild after
    /// one file changed makes one, not one per file of the site.
    func digest(_ name: String, of path: String, showing parts: () -> [String]) -> String {
        guard let hash = fileHashes[path] else { return StableHash.of(parts()) }
        // `StableHash.of([global, name, path, hash])`, without making the array.
        var keyHash = StableHash()
        keyHash.combine(global)
        keyHash.combine(name)
        keyHash.combine(path)
        keyHash.combine(hash)
        let key = keyHash.hex
        let digest = previousDigests[key] ?? StableHash.of(parts())
        lock.withLock { digests[key] = digest }
        return digest
    }

    /// The fingerprint of a case page; `alsoReading` names what else it is made from (for a
    /// translated page, its original and the other translations into its language).
    func fingerprint(of caseFile: CaseFile, alsoReading: [String] = []) -> String {
        // Its sources one after another, as `fingerprint(_:)` would take them from one list:
        // joining the lists first cost a rebuild an array or two for every case.
        var hash = globalHash
        combine(caseFile.source.path, into: &hash)
        for slug in caseFile.related {
            if let source = caseSources[slug] { combine(source, into: &hash) }
        }
        for source in releasesNaming[caseFile.slug] ?? [] { combine(source, into: &hash) }
        combine("photo", into: &hash)
        // The page names the photo's sizes by the hash of its bytes.
        if let photo = caseFile.photo { combine(assetsFolder + "/" + photo.file, into: &hash) }
        for source in alsoReading { combine(source, into: &hash) }
        return hash.hex
    }

    /// The fingerprint of a release page and of its plain text.
    func fingerprint(of release: Release, alsoReading: [String] = []) -> String {
        let cases = release.cases.compactMap { caseSources[$0] }
        let readAlso = release.readAlso.compactMap { entry -> String? in
            switch entry {
            case .caseFile(let slug): return caseSources[slug]
            case .release(let slug): return releaseSources[slug]
            case .link(let title, let url): return title + "\u{1}" + url
            }
        }
        return fingerprint([release.source.path] + cases + ["read also"] + readAlso + alsoReading)
    }

    /// The fingerprint of a page of Content/pages/: its file (the menu is in `global`).
    func fingerprint(of page: Page) -> String {
        fingerprint([page.source.path])
    }

    /// One name for many source files, which changes when any of them does: a fingerprint that
    /// lists it covers them all.
    func digest(of sources: [String]) -> String {
        var hash = StableHash()
        for source in sources { combine(source, into: &hash) }
        return "files " + hash.hex
    }

    /// True when `path` was rendered from the same inputs last time.
    package func isUnchanged(_ path: String, fingerprint: String) -> Bool {
        previous[path] == fingerprint
    }

    /// Records the fingerprint a page was written or kept with.
    package func record(_ path: String, fingerprint: String) {
        lock.withLock { recorded[path] = fingerprint }
    }

    private func fingerprint(_ sources: [String]) -> String {
        var hash = globalHash
        for source in sources { combine(source, into: &hash) }
        return hash.hex
    }

    /// Adds `source` and its content hash to `hash` as the string "source=hash" would be added,
    /// without making that string: a rebuild fingerprints every page, and making the strings
    /// cost as much as the rest of it.
    private func combine(_ source: String, into hash: inout StableHash) {
        hash.combine(bytes: source.utf8)
        hash.combine(bytes: CollectionOfOne(UInt8(ascii: "=")))
        hash.combine(fileHashes[source] ?? "")
    }
}

extension PageCache {
    /// Every fact of a case except its body: what cases.json shows of it.
    static func facts(of caseFile: CaseFile) -> String {
        var parts = [
            caseFile.slug, caseFile.name, caseFile.nativeName ?? "", caseFile.country,
            caseFile.status.rawValue,
            caseFile.detained?.description ?? "", caseFile.facility ?? "", caseFile.summary ?? "",
            caseFile.tags.joined(separator: " "), caseFile.sentence ?? "",
            caseFile.updated?.description ?? "",
        ]
        parts += caseFile.aliases + ["|"] + caseFile.charges + ["|"] + caseFile.related + ["|"]
        parts += caseFile.unDecisions.flatMap {
            [$0.body, $0.reference ?? "", $0.date?.description ?? "", $0.url ?? ""]
        }
        parts += caseFile.timeline.flatMap { [$0.date.description, $0.event, $0.source ?? ""] }
        return StableHash.of(parts)
    }

    /// The fingerprint of a file made from what it shows (`parts`): a list page from its model,
    /// the feed from its releases.
    func fingerprint(of name: String, from parts: [String]) -> String {
        StableHash.of([global, name] + parts)
    }

    /// Content hash of a source file, for fingerprints of files that show whole items.
    func fileHash(_ path: String) -> String { fileHashes[path] ?? "" }
}
