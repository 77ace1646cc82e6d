import CSystemShims
import Foundation

/// Writes a built site so that the output folder always holds a whole site, the old or the new.
///
/// Pages go into a staging folder beside the output; a page whose bytes did not change is
/// hard-linked from the old site instead of written, so it keeps its time stamp and sync tools
/// copy only what changed. `commit()` swaps the staging folder in with one atomic rename.
public final class OutputWriter: @unchecked Sendable {
    /// Name of the file that marks a folder as Casebook's own.
    public static let markerName = ".casebook-output"
    /// Files a fresh folder may hold without being called foreign (git keeps empty folders so).
    static let ignorableNames: Set<String> = [".gitkeep", ".DS_Store", markerName]

    /// The output folder.
    public let destination: String
    /// Where the new site is assembled.
    let staging: String
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    private var writtenCount = 0
    private var unchangedCount = 0
    private var paths: Set<String> = []

    /// Checks the destination and creates an empty staging folder beside it; `buildID` goes
    /// into the marker file, so the next build can tell that the folder is still its own.
    public init(destination: String, buildID: String = "") throws(OutputError) {
        let trimmed = destination.hasSuffix("/") && destination.count > 1 ? String(destination.dropLast()) : destination
        self.destination = trimmed
        let parent = FolderPath.parent(of: trimmed)
        let name = FolderPath.name(of: trimmed)
        self.staging = (parent.isEmpty ? "" : parent + "/") + ".\(name).casebook-staging"
        try Self.recoverInterruptedSwap(destination: trimmed)
        try Self.checkOwnership(of: trimmed)
        FileSystem.remove(staging)
        try FileSystem.makeFolders(staging)
        let marker = Self.markerText + (buildID.isEmpty ? "" : "build \(buildID)\n")
        try FileSystem.write(Array(marker.utf8), to: staging + "/" + Self.markerName)
        createdFolders.insert("")
    }

    /// Adds one file to the new site. Safe to call from several threads at once.
    public func add(_ file: OutputFile) throws(OutputError) {
        let relative = try Self.checked(file.path)
        try prepareFolder(for: relative)
        let target = staging + "/" + relative
        let previous = destination + "/" + relative
        if FileSystem.file(at: previous, equals: file.contents), FileSystem.link(previous, to: target) {
            record(relative, written: false)
            return
        }
        // A kept page is a hard link to the previous site's file: writing through it would
        // change the previous site, so the link is removed first.
        unlink(target)
        try FileSystem.write(file.contents, to: target)
        record(relative, written: true)
    }

    /// Keeps a file of the previous site as it is, without rendering it again; false when the
    /// previous site does not have it (then the caller renders it).
    public func keep(_ path: String) throws(OutputError) -> Bool {
        let relative = try Self.checked(path)
        let previous = destination + "/" + relative
        guard FileSystem.size(of: previous) != nil else { return false }
        try prepareFolder(for: relative)
        guard FileSystem.link(previous, to: staging + "/" + relative) else { return false }
        record(relative, written: false)
        return true
    }

    /// The build id in the marker of the folder at `destination`, if Casebook wrote one there.
    static func buildID(in destination: String) -> String? {
        guard let data = FileSystem.read(destination + "/" + markerName) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("build ") }) else { return nil }
        return String(line.dropFirst("build ".count))
    }

    /// Copies a file from disk (a content or theme asset) into the new site.
    public func copy(from source: String, to path: String) throws(OutputError) {
        guard let bytes = FileSystem.read(source) else {
            throw .cannotWrite(path: source, reason: "cannot read the file")
        }
        try add(OutputFile(path: path, contents: bytes))
    }

    /// Swaps the new site in and removes the old one; returns how many files were written and kept.
    @discardableResult
    public func commit() throws(OutputError) -> WriteSummary {
        if FileSystem.exists(destination) {
            if casebook_exchange_paths(staging, destination) != 0 {
                try swapByRenaming()
            }
            // After the exchange the staging path holds the previous site.
            FileSystem.remove(staging)
        } else {
            try FileSystem.makeFolders(FolderPath.parent(of: destination).nonEmpty ?? ".")
            guard FileSystem.rename(staging, to: destination) else {
                throw .cannotSwap(path: destination, reason: FileSystem.lastError)
            }
        }
        return lock.withLock { WriteSummary(written: writtenCount, unchanged: unchangedCount) }
    }

    /// Removes the staging folder; the previous output stays as it was.
    public func abandon() {
        FileSystem.remove(staging)
    }

    private func record(_ path: String, written: Bool) {
        lock.withLock {
            paths.insert(path)
            if written { writtenCount += 1 } else { unchangedCount += 1 }
        }
    }

    private func prepareFolder(for relative: String) throws(OutputError) {
        let folder = FolderPath.parent(of: relative)
        let known = lock.withLock { createdFolders.contains(folder) }
        if known { return }
        try FileSystem.makeFolders(staging + "/" + folder)
        lock.withLock { _ = createdFolders.insert(folder) }
    }

    // Where RENAME_EXCHANGE is unsupported: two renames, with the old site parked beside the
    // output so that `recoverInterruptedSwap` can put it back if the process dies in between.
    private func swapByRenaming() throws(OutputError) {
        let parked = staging + "-previous"
        FileSystem.remove(parked)
        guard FileSystem.rename(destination, to: parked) else {
            throw .cannotSwap(path: destination, reason: FileSystem.lastError)
        }
        guard FileSystem.rename(staging, to: destination) else {
            let reason = FileSystem.lastError
            _ = FileSystem.rename(parked, to: destination)
            throw .cannotSwap(path: destination, reason: reason)
        }
        _ = FileSystem.rename(parked, to: staging)
    }

    private static func recoverInterruptedSwap(destination: String) throws(OutputError) {
        let parent = FolderPath.parent(of: destination)
        let name = FolderPath.name(of: destination)
        let parked = (parent.isEmpty ? "" : parent + "/") + ".\(name).casebook-staging-previous"
        if !FileSystem.exists(destination), FileSystem.exists(parked) {
            _ = FileSystem.rename(parked, to: destination)
        }
    }

    private static func checkOwnership(of destination: String) throws(OutputError) {
        guard FileSystem.exists(destination) else { return }
        guard FileSystem.isFolder(destination) else { throw .notAFolder(path: destination) }
        let entries = FileSystem.entries(of: destination)
        let isOurs = entries.contains(markerName)
        if !isOurs && entries.contains(where: { !ignorableNames.contains($0) }) {
            throw .foreignFolder(path: destination)
        }
    }

    // A relative path with no empty, `.` or `..` part: nothing can be written outside the site.
    private static func checked(_ path: String) throws(OutputError) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"),
            parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else { throw .unsafePath(path: path) }
        return path
    }

    static let markerText =
        "This folder is written by Casebook and replaced whole on every build; do not edit it by hand.\n"
}

/// What a build wrote.
public struct WriteSummary: Hashable, Sendable {
    /// Files whose bytes were new or changed.
    public var written: Int
    /// Files kept from the previous build because their bytes were the same.
    public var unchanged: Int

    /// All files in the new site.
    public var total: Int { written + unchanged }
}

extension String {
    /// Nil for an empty string, so `?? default` reads naturally.
    var nonEmpty: String? { isEmpty ? nil : self }
}
