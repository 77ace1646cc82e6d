import CSystemShims
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension OutputWriter {
    /// Swaps the new site in; the site it replaces becomes the spare for the next build (or is
    /// removed when its versions are unknown). Returns the counts of written and kept files.
    @discardableResult
    func commit() throws(OutputError) -> WriteSummary {
        try commitGenerations().summary
    }

    /// Swaps the new site in and returns the counts and the generations the next build needs.
    func commitGenerations() throws(OutputError) -> (
        summary: WriteSummary, generations: OutputGenerations
    ) {
        let placed = placedVersions
        try waitForMirror(placed: placed)
        if reusesSpare { removeStale(spareVersions.keys.filter { placed[$0] == nil }) }
        try markComplete()
        let replacesOutput = FileSystem.exists(destination)
        if replacesOutput {
            if casebook_exchange_paths(staging, destination) != 0 {
                try swapByRenaming()
            }
        } else {
            try FileSystem.makeFolders(FolderPath.parent(of: destination).nonEmpty ?? ".")
            guard FileSystem.rename(staging, to: destination) else {
                throw .cannotSwap(path: destination, reason: FileSystem.lastError)
            }
        }
        // After the swap the staging path holds the site that was replaced.
        var generations = OutputGenerations(build: version, output: placed)
        if replacesOutput, !outputVersions.isEmpty, let replacedID = Self.buildID(in: staging) {
            generations.spareID = replacedID
            generations.spare = outputVersions
        } else {
            Self.removeOwnFolder(staging)
        }
        return (counts, generations)
    }

    /// Removes the staging folder; the current output stays as it was.
    func abandon() {
        mirror?.cancel()
        _ = mirror?.wait()
        Self.removeOwnFolder(staging)
    }

    // Once the copy of the current site is laid out, every file this build kept from it must be
    // there. One the copy could not link (a file system without hard links, or one that refuses
    // them) is copied byte for byte instead; one that left the output folder during the build
    // fails the build rather than leaving a hole in the new site.
    private func waitForMirror(placed: [String: Int]) throws(OutputError) {
        guard let mirror else { return }
        let kept = mirror.wait().filter { path in placed[path] != nil && placed[path] == spareVersions[path] }
        for path in kept.sorted() {
            guard let bytes = FileSystem.read(destination + "/" + path) else {
                throw .cannotWrite(
                    path: destination + "/" + path,
                    reason: "it left the output folder while the build copied it")
            }
            try prepareFolder(for: path)
            try replace(path, linkingFrom: nil, contents: bytes)
        }
    }

    /// Removes a folder Casebook made (a staging folder or a parked site) with its marker last, so
    /// that a build killed while deleting leaves a folder still recognisably Casebook's, which the
    /// next build clears instead of refusing as someone else's, and never takes for a whole site.
    static func removeOwnFolder(_ folder: String) {
        // First the marker stops naming a build, so what is left is never trusted as a whole
        // site; it is renamed over, never written in place, as it may share its inode with the
        // output's marker.
        let marker = folder + "/" + markerName
        if FileSystem.exists(marker) {
            let fresh = marker + ".casebook-new"
            if (try? FileSystem.write(Array(markerText.utf8), to: fresh)) != nil {
                _ = FileSystem.rename(fresh, to: marker)
            }
        }
        if let entries = try? FileSystem.listing(of: folder) {
            for entry in entries where entry != markerName { FileSystem.remove(folder + "/" + entry) }
        }
        FileSystem.remove(folder)
    }

    /// The build id in the marker of the folder at `folder`, if Casebook wrote one there.
    static func buildID(in folder: String) -> String? {
        guard let data = FileSystem.read(folder + "/" + markerName) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("build ") }) else {
            return nil
        }
        return String(line.dropFirst("build ".count))
    }

    // Files of the spare that the new site no longer has, and the folders they leave empty.
    private func removeStale(_ paths: [String]) {
        var folders: Set<String> = []
        for path in paths {
            unlink(staging + "/" + path)
            var folder = FolderPath.parent(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted { folder = FolderPath.parent(of: folder) }
        }
        // Deepest first; a folder that still holds something is simply not removed.
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(staging + "/" + folder) }
    }

    // Where RENAME_EXCHANGE is unsupported: two renames, with the old site parked beside the
    // output so that `recoverInterruptedSwap` can put it back if the process dies in between.
    private func swapByRenaming() throws(OutputError) {
        let parked = staging + "-previous"
        Self.removeOwnFolder(parked)
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

    static func recoverInterruptedSwap(destination: String, staging: String) throws(OutputError) {
        let parked = staging + "-previous"
        if !FileSystem.exists(destination), FileSystem.exists(parked) {
            _ = FileSystem.rename(parked, to: destination)
        }
    }

    static func checkOwnership(of destination: String) throws(OutputError) {
        guard FileSystem.exists(destination) else { return }
        guard FileSystem.isFolder(destination) else { throw .notAFolder(path: destination) }
        let entries = try FileSystem.listing(of: destination)
        let isOurs = entries.contains(markerName)
        if !isOurs && entries.contains(where: { !ignorableNames.contains($0) }) {
            throw .foreignFolder(path: destination)
        }
    }

    // A relative path with no empty, `.` or `..` part: nothing can be written outside the site.
    // Over the bytes, part by part: splitting the path into strings cost a fifth of keeping a
    // page, which every page of a rebuild is.
    static func checked(_ path: String) throws(OutputError) -> String {
        var path = path
        guard path.withUTF8(isSafePath) else { throw .unsafePath(path: path) }
        return path
    }

    /// True when `bytes` are a relative path with no empty, `.` or `..` part. Over a buffer:
    /// iterating a string's UTF-8 view cost more than the test of each byte.
    private static func isSafePath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var isSafe = !bytes.isEmpty
        var partLength = 0
        var partIsDots = true
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                if partLength == 0 || (partIsDots && partLength <= 2) { isSafe = false }
                partLength = 0
                partIsDots = true
            } else {
                partLength += 1
                partIsDots = partIsDots && byte == UInt8(ascii: ".")
            }
        }
        if partLength == 0 || (partIsDots && partLength <= 2) { isSafe = false }
        return isSafe
    }
}
