import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a built site so that the output folder always holds a whole site, the old or the new.
///
/// The new site is assembled in a folder beside the output and swapped in with one atomic
/// rename. A page whose bytes did not change is hard-linked from the current site instead of
/// written, so it keeps its time stamp and sync tools copy only what changed. The site the
/// swap replaced is kept as the spare: the next build updates only the files of the spare that
/// differ, instead of building a whole new tree of folders and links.
final class OutputWriter: @unchecked Sendable {
    /// Name of the file that marks a folder as Casebook's own.
    static let markerName = ".casebook-output"
    /// Files a fresh folder may hold without being called foreign (git keeps empty folders so).
    static let ignorableNames: Set<String> = [".gitkeep", ".DS_Store", markerName]

    /// The output folder.
    let destination: String
    /// Where the new site is assembled: the spare, or a new folder (with a copy of the current
    /// site laid out in it when the current site's versions are known; see `OutputMirror`).
    let staging: String
    /// The version this build gives the files it writes.
    let version: Int
    /// True when `staging` is a trusted spare being updated rather than a new folder, or a copy
    /// of the current site being laid out (`mirror`).
    let reusesSpare: Bool
    let outputVersions: [String: Int]
    let spareVersions: [String: Int]
    /// The id the marker names once the new site is whole (`name`).
    private(set) var buildID: String
    /// The copy of the current site laid out in `staging` when there was no spare to reuse.
    let mirror: OutputMirror?
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    private var writtenCount = 0
    private var recorded: [String: Int] = [:]

    /// Checks the destination and prepares the folder the new site is assembled in; `buildID`
    /// goes into the marker file, so the next build can tell that the folder is still its own.
    /// `generations` describes the output and spare of the last build, when they can be trusted.
    /// `link` makes the copy's hard links (`OutputMirror.hardLink`; tests give one that fails).
    init(
        destination: String, buildID: String = "", generations: OutputGenerations? = nil,
        link: @escaping @Sendable (String, String) -> Bool = OutputMirror.hardLink
    ) throws(OutputError) {
        let resolved = try Self.resolvedDestination(destination)
        self.destination = resolved
        self.staging = Self.stagingPath(for: resolved)
        // Everything is checked before anything is moved or deleted.
        try Self.checkStaging(staging)
        try Self.checkStaging(staging + "-previous")
        try Self.recoverInterruptedSwap(destination: resolved, staging: staging)
        try Self.checkOwnership(of: resolved)
        let known = generations ?? OutputGenerations()
        self.version = known.build + 1
        self.outputVersions = known.output
        let spareIsWhole = Self.spareIsWhole(staging, generations: known)
        // Without a spare, but with the current site's versions known, the staging folder becomes
        // a copy of the current site (see `OutputMirror`) and is then updated like a spare.
        let mirrorsOutput = !spareIsWhole && !known.output.isEmpty
        self.reusesSpare = spareIsWhole || mirrorsOutput
        self.spareVersions = spareIsWhole ? known.spare : mirrorsOutput ? known.output : [:]
        if !spareIsWhole {
            Self.removeOwnFolder(staging)
            try FileSystem.makeFolders(staging)
        }
        // Written first, naming no build: from now on the folder's marker names no whole site, so
        // a build that dies half-way is never trusted as a spare. Not even one with this build's
        // id, which is the spare's own when the content returns to what the spare holds.
        try Self.writeMarker(Self.markerText, in: staging, isNewFolder: !spareIsWhole)
        self.buildID = buildID
        self.mirror =
            mirrorsOutput
            ? OutputMirror(from: resolved, to: staging, paths: Array(known.output.keys), link: link) : nil
        createdFolders.insert("")
    }

    /// True when a writer of `destination` given `generations` would lay a copy of the current
    /// site out (`mirror`): the current site's versions are known and there is no whole spare.
    static func laysOutCopy(of destination: String, generations: OutputGenerations) -> Bool {
        guard !generations.output.isEmpty, let resolved = try? resolvedDestination(destination) else {
            return false
        }
        return !spareIsWhole(stagingPath(for: resolved), generations: generations)
    }

    /// True when `staging` holds the whole site the last build left as its spare.
    private static func spareIsWhole(_ staging: String, generations: OutputGenerations) -> Bool {
        generations.spareID != nil && buildID(in: staging) == generations.spareID
    }

    /// Gives the build the id its marker names once the site is whole, for a writer opened
    /// before the id was known; called before the jobs run.
    func name(_ buildID: String) {
        self.buildID = buildID
    }

    // The marker is renamed over, never written in place: in a spare it may share its inode
    // with the output's. A new folder holds none yet, so there it is simply created.
    private static func writeMarker(_ text: String, in folder: String, isNewFolder: Bool) throws(OutputError)
    {
        let marker = folder + "/" + markerName
        if isNewFolder, try FileSystem.create(Array(text.utf8), at: marker) { return }
        try FileSystem.write(Array(text.utf8), to: marker + ".casebook-new")
        guard FileSystem.rename(marker + ".casebook-new", to: marker) else {
            throw .cannotWrite(path: marker, reason: FileSystem.lastError)
        }
    }

    /// Names the build in the marker, once every file of the new site is in place.
    func markComplete() throws(OutputError) {
        guard !buildID.isEmpty else { return }
        try Self.writeMarker(Self.markerText + "build \(buildID)\n", in: staging, isNewFolder: false)
    }

    /// Adds one file to the new site. Safe to call from several threads at once.
    func add(_ file: OutputFile) throws(OutputError) {
        let relative = try Self.checked(file.path)
        let current = destination + "/" + relative
        let unchanged = FileSystem.file(at: current, equals: file.contents)
        let fileVersion = unchanged ? (outputVersions[relative] ?? version) : version
        try place(
            relative, version: fileVersion, linkingFrom: unchanged ? current : nil, contents: file.contents)
        record(relative, version: fileVersion, written: !unchanged)
    }

    /// Keeps a file of the current site as it is, without rendering it again; false when it
    /// cannot be kept (then the caller renders it). A whole spare holding the file's version
    /// keeps it without looking at the current site; otherwise the current site must have it.
    func keep(_ path: String) throws(OutputError) -> Bool {
        let relative = try Self.checked(path)
        let fileVersion = outputVersions[relative] ?? version
        // A whole spare holding the version the current site has is the file already; a copy of
        // the current site still being laid out has it only when the current site does.
        let spareHasIt = reusesSpare && spareVersions[relative] == fileVersion
        if spareHasIt, mirror == nil {
            record(relative, version: fileVersion, written: false)
            return true
        }
        let current = destination + "/" + relative
        guard FileSystem.size(of: current) != nil else { return false }
        if spareHasIt {
            record(relative, version: fileVersion, written: false)
            return true
        }
        try prepareFolder(for: relative)
        guard (try? replace(relative, linkingFrom: current, contents: nil)) != nil else { return false }
        record(relative, version: fileVersion, written: false)
        return true
    }

    /// The versions of the files this build has placed so far.
    var placedVersions: [String: Int] { lock.withLock { recorded } }

    /// Counts of files written anew and kept.
    var counts: WriteSummary {
        lock.withLock { WriteSummary(written: writtenCount, unchanged: recorded.count - writtenCount) }
    }

    // Puts a file with `version` at `relative` in the staging folder, unless the spare (or the
    // copy of the current site being laid out, which will have it) has it.
    private func place(_ relative: String, version: Int, linkingFrom current: String?, contents: [UInt8])
        throws(OutputError)
    {
        if reusesSpare, spareVersions[relative] == version { return }
        try prepareFolder(for: relative)
        try replace(relative, linkingFrom: current, contents: contents)
    }

    // Files in the staging folder may be hard links shared with the current site: they are
    // never written through, only replaced by a new file renamed over them.
    func replace(_ relative: String, linkingFrom current: String?, contents: [UInt8]?)
        throws(OutputError)
    {
        let target = staging + "/" + relative
        // A new staging folder holds nothing the live site shares, so a file that is not there
        // yet is created in place; the temporary name and rename are for replacing one.
        if !reusesSpare {
            if let current, FileSystem.link(current, to: target) { return }
            if current == nil, let contents, try FileSystem.create(contents, at: target) { return }
        }
        let temporary = target + ".casebook-new"
        unlink(temporary)
        if let current, FileSystem.link(current, to: temporary) {
        } else if let contents {
            try FileSystem.write(contents, to: temporary)
        } else {
            throw .cannotWrite(path: target, reason: "no previous file to keep")
        }
        guard FileSystem.rename(temporary, to: target) else {
            throw .cannotWrite(path: target, reason: FileSystem.lastError)
        }
    }

    private func record(_ path: String, version: Int, written: Bool) {
        lock.withLock {
            recorded[path] = version
            if written { writtenCount += 1 }
        }
    }

    func prepareFolder(for relative: String) throws(OutputError) {
        let folder = FolderPath.parent(of: relative)
        let known = lock.withLock { createdFolders.contains(folder) }
        if known { return }
        try FileSystem.makeFolders(staging + "/" + folder)
        lock.withLock { _ = createdFolders.insert(folder) }
    }

    static let markerText =
        "This folder is written by Casebook and replaced whole on every build; do not edit it by hand.\n"
}

/// What a build wrote.
struct WriteSummary: Hashable, Sendable {
    /// Files whose bytes were new or changed.
    var written: Int
    /// Files kept from the previous build because their bytes were the same.
    var unchanged: Int

    /// All files in the new site.
    var total: Int { written + unchanged }
}

extension String {
    /// Nil for an empty string, so `?? default` reads naturally.
    var nonEmpty: String? { isEmpty ? nil : self }
}
