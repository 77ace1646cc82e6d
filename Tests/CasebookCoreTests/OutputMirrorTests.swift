import Foundation
import Testing

@testable import CasebookCore

/// The first build after one from nothing has no spare: the writer lays a copy of the current
/// site out beside it, on a thread of its own, and updates that copy like a spare.
@Suite struct OutputMirrorTests {
    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A site of four files written from nothing, with the generations the next build gets.
    func firstSite(in root: String) throws -> OutputGenerations {
        let first = try OutputWriter(destination: root + "/Output", buildID: "site-a")
        try first.add(OutputFile(path: "index.html", text: "index"))
        try first.add(OutputFile(path: "cases/kept/index.html", text: "kept"))
        try first.add(OutputFile(path: "cases/changed/index.html", text: "old"))
        try first.add(OutputFile(path: "cases/gone/index.html", text: "gone"))
        let (_, generations) = try first.commitGenerations()
        #expect(generations.spareID == nil, "a build from nothing leaves no spare")
        return generations
    }

    /// The writer of the build after `firstSite`, on a file system that refuses hard links.
    func writerThatCannotLink(after generations: OutputGenerations, in root: String) throws -> OutputWriter {
        try OutputWriter(
            destination: root + "/Output", buildID: "site-b", generations: generations,
            link: { _, _ in false })
    }

    /// On a file system that refuses hard links the copy links nothing: the files the build
    /// kept are copied byte for byte when it is swapped in, and the build does not fail.
    @Test func aCopyThatCannotLinkIsMadeOfCopies() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let second = try writerThatCannotLink(after: firstSite(in: root), in: root)
        try second.add(OutputFile(path: "index.html", text: "index"))
        #expect(try second.keep("cases/kept/index.html"))
        try second.add(OutputFile(path: "cases/changed/index.html", text: "new"))
        let (summary, _) = try second.commitGenerations()
        #expect(summary == WriteSummary(written: 1, unchanged: 2))
        #expect(text(root + "/Output/cases/kept/index.html") == "kept")
        #expect(text(root + "/Output/cases/changed/index.html") == "new")
        #expect(text(root + "/Output/index.html") == "index")
        #expect(OutputWriter.buildID(in: root + "/Output") == "site-b")
    }

    /// A kept file that the copy could not link and that has left the current site meanwhile
    /// fails the build: the new site would have a hole where it was.
    @Test func aKeptFileThatLeftTheSiteFailsTheBuild() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let second = try writerThatCannotLink(after: firstSite(in: root), in: root)
        #expect(try second.keep("cases/kept/index.html"))
        try FileManager.default.removeItem(atPath: root + "/Output/cases/kept/index.html")
        #expect(throws: OutputError.self) { try second.commitGenerations() }
        second.abandon()
        #expect(OutputWriter.buildID(in: root + "/Output") == "site-a", "the current site stays")
    }

    @Test func aBuildWithoutASpareUpdatesACopyOfTheCurrentSite() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let generations = try firstSite(in: root)
        let keptInode = try TestSupport.inode(root + "/Output/cases/kept/index.html")
        let indexInode = try TestSupport.inode(root + "/Output/index.html")

        let second = try OutputWriter(
            destination: root + "/Output", buildID: "site-b", generations: generations)
        #expect(second.mirror != nil)
        try second.add(OutputFile(path: "index.html", text: "index"))
        #expect(try second.keep("cases/kept/index.html"))
        try second.add(OutputFile(path: "cases/changed/index.html", text: "new"))
        try second.add(OutputFile(path: "tags/new/index.html", text: "tag"))
        let (summary, next) = try second.commitGenerations()

        #expect(summary == WriteSummary(written: 2, unchanged: 2))
        #expect(try TestSupport.inode(root + "/Output/cases/kept/index.html") == keptInode)
        #expect(try TestSupport.inode(root + "/Output/index.html") == indexInode)
        #expect(text(root + "/Output/cases/changed/index.html") == "new")
        #expect(text(root + "/Output/tags/new/index.html") == "tag")
        #expect(!FileManager.default.fileExists(atPath: root + "/Output/cases/gone/index.html"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Output/cases/gone"))
        #expect(OutputWriter.buildID(in: root + "/Output") == "site-b")
        // The site it replaced is whole, and is the spare of the next build.
        #expect(next.spareID == "site-a")
        #expect(text(root + "/.Output.casebook-staging/cases/changed/index.html") == "old")
        #expect(text(root + "/.Output.casebook-staging/cases/gone/index.html") == "gone")
        let third = try OutputWriter(destination: root + "/Output", buildID: "site-c", generations: next)
        #expect(third.mirror == nil && third.reusesSpare)
        third.abandon()
    }

    @Test func anAbandonedBuildWithoutASpareLeavesTheSiteAsItWas() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let generations = try firstSite(in: root)
        let second = try OutputWriter(
            destination: root + "/Output", buildID: "site-b", generations: generations)
        try second.add(OutputFile(path: "cases/changed/index.html", text: "half"))
        second.abandon()
        #expect(text(root + "/Output/cases/changed/index.html") == "old")
        #expect(text(root + "/Output/cases/gone/index.html") == "gone")
        #expect(OutputWriter.buildID(in: root + "/Output") == "site-a")
        #expect(!FileManager.default.fileExists(atPath: root + "/.Output.casebook-staging"))
    }

    /// The copy and the writer work at once: a file the writer placed first is never replaced
    /// by the copy's link to the old one, and the copy names what it could not link.
    @Test func theCopyNeverReplacesAFileThatIsThereAlready() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/old/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/new/a", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: root + "/old/a/page.html"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: root + "/old/b.html"))
        try Data("new".utf8).write(to: URL(fileURLWithPath: root + "/new/a/page.html"))
        let mirror = OutputMirror(
            from: root + "/old", to: root + "/new", paths: ["a/page.html", "b.html", "c/missing.html"])
        #expect(mirror.wait() == ["c/missing.html"])
        #expect(text(root + "/new/a/page.html") == "new")
        #expect(try TestSupport.inode(root + "/new/b.html") == TestSupport.inode(root + "/old/b.html"))
    }

    /// A copy stopped part-way (its build failed its checks) links nothing more, and names every
    /// path it did not link.
    @Test func aStoppedCopyNamesWhatItDidNotLink() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/old", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/new", withIntermediateDirectories: true)
        for name in ["a", "b", "c"] {
            try Data(name.utf8).write(to: URL(fileURLWithPath: root + "/old/\(name).html"))
        }
        let started = DispatchSemaphore(value: 0)
        let gate = DispatchSemaphore(value: 0)
        let mirror = OutputMirror(
            from: root + "/old", to: root + "/new", paths: ["a.html", "b.html", "c.html"]
        ) { source, target in
            if source.hasSuffix("/a.html") {
                started.signal()
                gate.wait()
            }
            return OutputMirror.hardLink(source, target)
        }
        started.wait()
        mirror.cancel()
        gate.signal()
        #expect(mirror.wait() == ["b.html", "c.html"])
        #expect(text(root + "/new/a.html") == "a")
        #expect(!FileManager.default.fileExists(atPath: root + "/new/b.html"))
    }

    /// The copy is dealt to its threads a top-level folder at a time, the largest first, each to
    /// the thread with the fewest paths so far: no two threads make folders in the same parent.
    @Test func eachTopFolderOfTheCopyGoesToOneThread() {
        let paths = [
            "cases/a/index.html", "releases/x/index.html", "cases/b/index.html", "index.html",
            "cases/c/index.html", "releases/y/index.html", "tags/t/index.html", "feed.xml",
        ]
        let shares = OutputMirror.shares(of: paths, count: 2)
        #expect(shares.count == 2)
        #expect(shares.flatMap { $0 }.sorted() == paths.sorted())
        func top(_ path: String) -> String {
            path.split(separator: "/").count > 1 ? String(path.prefix { $0 != "/" }) : ""
        }
        for folder in ["cases", "releases", "tags", ""] {
            #expect(shares.filter { $0.contains { top($0) == folder } }.count == 1, "\(folder)")
        }
        // cases (3) to one thread, releases (2) to the other; then the root's files (2) to the
        // second, which has fewer, and tags (1) to the first.
        #expect(shares.map(\.count) == [4, 4])
        #expect(shares[0].contains("tags/t/index.html") && shares[1].contains("feed.xml"))
        #expect(OutputMirror.shares(of: paths, count: 1).map { $0.sorted() } == [paths.sorted()])
        #expect(OutputMirror.shares(of: [], count: 2).isEmpty)
    }

    /// A copy laid out by two threads holds every file of the current site, linked.
    @Test func aCopyLaidOutByTwoThreadsIsWhole() throws {
        let root = try TestSupport.temporaryFolder("casebook-mirror")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var paths: [String] = []
        for folder in ["cases/a", "cases/b", "releases/r", "tags/t", ""] {
            try FileManager.default.createDirectory(
                atPath: root + "/old/" + folder, withIntermediateDirectories: true)
            let path = (folder.isEmpty ? "" : folder + "/") + "index.html"
            try Data(path.utf8).write(to: URL(fileURLWithPath: root + "/old/" + path))
            paths.append(path)
        }
        try FileManager.default.createDirectory(atPath: root + "/new", withIntermediateDirectories: true)
        let mirror = OutputMirror(from: root + "/old", to: root + "/new", paths: paths, threads: 2)
        #expect(mirror.wait().isEmpty)
        for path in paths {
            #expect(try TestSupport.inode(root + "/new/" + path) == TestSupport.inode(root + "/old/" + path))
        }
    }
}
