import Foundation
import Glibc

/// A copy of the current site, made of folders and hard links, laid out in the staging folder on
/// threads of its own (two, a top-level folder each) while the build works out what changed.
/// The first build after one from nothing has no spare to update; laying the whole tree out one
/// page at a time, inside the render jobs, took it as long again as the rest of its work.
///
/// The writer treats the staging folder as a spare that holds the current site's versions. It
/// never waits for the copy while it works: a link never replaces a name that exists, and the
/// writer only ever renames its files over names, so whichever comes first, a file the writer
/// placed is the one the new site keeps. The writer waits for the copy before it removes stale
/// files and swaps the site in (`wait`), and before it deletes an abandoned staging folder.
final class OutputMirror: Sendable {
    private let linking: [BackgroundWork<[String]>]
    private let stop = StopFlag()

    /// Starts linking each of `paths` (relative to both folders) from `source` into `target`
    /// with `link`, on `threads` threads.
    init(
        from source: String, to target: String, paths: [String], threads: Int = 2,
        link: @escaping @Sendable (String, String) -> Bool = hardLink
    ) {
        let stop = stop
        linking = Self.shares(of: paths, count: threads).map { share in
            BackgroundWork { Self.link(share, from: source, to: target, with: link, until: stop) }
        }
    }

    /// `paths` dealt into at most `count` shares of about equal size, with all the paths of a
    /// top-level folder in one share. Most of the copy is the kernel making folders,
    /// and making a folder locks its parent: two threads adding folders to the same parent
    /// (`cases/`) take turns, two adding them to different parents work side by side.
    static func shares(of paths: [String], count: Int) -> [[String]] {
        var groups: [Substring: [String]] = [:]
        for path in paths {
            let top = path.utf8.firstIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
            groups[top, default: []].append(path)
        }
        // The largest groups first, each to the share that is smallest so far.
        var shares = [[String]](repeating: [], count: max(count, 1))
        for (_, group) in groups.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            let smallest = shares.indices.min { shares[$0].count < shares[$1].count } ?? 0
            shares[smallest] += group
        }
        return shares.filter { !$0.isEmpty }
    }

    /// Stops laying the copy out (a build that failed its checks will not use it); the paths not
    /// linked yet are among those `wait` returns.
    func cancel() { stop.raise() }

    /// Waits until every path is linked, and returns those that could not be (the current site
    /// no longer had them, or the file system refused the link).
    func wait() -> [String] { linking.flatMap { $0.wait() } }

    /// Links `source` as `target`; true when it is linked or `target` already exists (the writer
    /// placed its own file there first, which stays).
    @Sendable static func hardLink(_ source: String, _ target: String) -> Bool {
        Glibc.link(source, target) == 0 || errno == EEXIST
    }

    // Each folder is made once, the first time one of its files comes.
    private static func link(
        _ paths: [String], from source: String, to target: String,
        with link: (String, String) -> Bool, until stop: StopFlag
    ) -> [String] {
        var folders: Set<String> = [""]
        var unlinked: [String] = []
        for (index, path) in paths.enumerated() {
            if stop.isRaised { return unlinked + paths[index...] }
            let folder = FolderPath.parent(of: path)
            if folders.insert(folder).inserted { try? FileSystem.makeFolders(target + "/" + folder) }
            if !link(source + "/" + path, target + "/" + path) { unlinked.append(path) }
        }
        return unlinked
    }
}

/// A flag one thread raises and another reads, to stop work it no longer needs.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func raise() { lock.withLock { raised = true } }

    var isRaised: Bool { lock.withLock { raised } }
}
