/// What is checked before anything is moved: where the output really is, that it stays apart
/// from the folders a build reads, and that the names beside it are Casebook's to reuse.
extension OutputWriter {
    /// The folder a build writes for the output path `path`. An output path that is a link to a
    /// folder is written through: the site is swapped in inside the link's target and the link
    /// is kept, so a link that points at the served site keeps pointing at the new one.
    static func resolvedDestination(_ path: String) throws(OutputError) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard FileSystem.kind(of: trimmed) == .link else { return trimmed }
        guard let target = FileSystem.realPath(trimmed) else {
            throw .brokenLink(path: trimmed, reason: FileSystem.lastError)
        }
        return target
    }

    /// The folder beside `destination` where the new site is assembled.
    static func stagingPath(for destination: String) -> String {
        besideDestination(destination, suffix: "casebook-staging")
    }

    /// The lock file beside `destination` that builds writing it take in turn. It lives beside
    /// the output, not in it or in the cache, so that every build writing that folder (whatever
    /// its content folder) finds the same lock, and the swap never moves it.
    static func lockPath(for destination: String) -> String {
        besideDestination(destination, suffix: "casebook-lock")
    }

    private static func besideDestination(_ destination: String, suffix: String) -> String {
        let parent = FolderPath.parent(of: destination)
        return (parent.isEmpty ? "" : parent.hasSuffix("/") ? parent : parent + "/")
            + ".\(FolderPath.name(of: destination)).\(suffix)"
    }

    /// Refuses an output folder inside one of `inputs` (the content and theme folders), or one
    /// that holds one of them: the build would copy its own output in, or replace its input.
    static func checkApart(_ destination: String, from inputs: [String]) throws(OutputError) {
        let output = FileSystem.intendedRealPath(destination)
        for input in inputs where FileSystem.exists(input) {
            let real = FileSystem.intendedRealPath(input)
            if FileSystem.isWithin(output, real) || FileSystem.isWithin(real, output) {
                throw .overlapsInputs(path: destination, input: input.hasSuffix("/") ? input : input + "/")
            }
        }
    }

    /// Refuses a staging path taken by something Casebook did not make. Casebook's own staging
    /// folders are empty (a build killed as it began) or hold its marker, written first.
    static func checkStaging(_ staging: String) throws(OutputError) {
        switch FileSystem.kind(of: staging) {
        case .missing: return
        case .folder:
            let entries = try FileSystem.listing(of: staging)
            if entries.isEmpty || entries.contains(markerName) { return }
            throw .stagingTaken(path: staging)
        default: throw .stagingTaken(path: staging)
        }
    }
}
