import Foundation
import Testing

@testable import CasebookCore

@Suite struct OutputWriterTests {
    @Test func writesANewSiteAndMarksItAsCasebooks() throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        let writer = try OutputWriter(destination: root + "/Output")
        try writer.add(OutputFile(path: "cases/a/index.html", text: "A"))
        let summary = try writer.commit()
        #expect(summary == WriteSummary(written: 1, unchanged: 0))
        #expect(FileManager.default.contents(atPath: root + "/Output/cases/a/index.html") == Data("A".utf8))
        #expect(FileManager.default.fileExists(atPath: root + "/Output/" + OutputWriter.markerName))
        #expect(!FileManager.default.fileExists(atPath: root + "/.Output.casebook-staging"))
    }

    @Test func keepsUnchangedFilesAndRemovesStaleOnes() throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        let first = try OutputWriter(destination: root + "/Output")
        try first.add(OutputFile(path: "same.html", text: "same"))
        try first.add(OutputFile(path: "changed.html", text: "old"))
        try first.add(OutputFile(path: "gone.html", text: "gone"))
        try first.commit()
        let sameInode = try TestSupport.inode(root + "/Output/same.html")

        let second = try OutputWriter(destination: root + "/Output")
        try second.add(OutputFile(path: "same.html", text: "same"))
        try second.add(OutputFile(path: "changed.html", text: "new"))
        let summary = try second.commit()
        #expect(summary == WriteSummary(written: 1, unchanged: 1))
        #expect(try TestSupport.inode(root + "/Output/same.html") == sameInode)
        #expect(FileManager.default.contents(atPath: root + "/Output/changed.html") == Data("new".utf8))
        #expect(!FileManager.default.fileExists(atPath: root + "/Output/gone.html"))
    }

    /// A new staging folder gets files created in place, and unchanged ones hard-linked from the
    /// live site; a second file at the same path must replace the link, never write through it.
    @Test func aPathAddedTwiceNeverWritesThroughToTheLiveSite() throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        let first = try OutputWriter(destination: root + "/Output")
        try first.add(OutputFile(path: "page.html", text: "live"))
        try first.commit()

        let second = try OutputWriter(destination: root + "/Output")
        try second.add(OutputFile(path: "page.html", text: "live"))
        #expect(
            try TestSupport.inode(root + "/.Output.casebook-staging/page.html")
                == TestSupport.inode(root + "/Output/page.html"))
        try second.add(OutputFile(path: "page.html", text: "replaced"))
        #expect(FileManager.default.contents(atPath: root + "/Output/page.html") == Data("live".utf8))
        try second.commit()
        #expect(FileManager.default.contents(atPath: root + "/Output/page.html") == Data("replaced".utf8))
    }

    @Test func refusesAFolderItDidNotCreate() throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        try FileManager.default.createDirectory(
            atPath: root + "/Documents", withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: root + "/Documents/thesis.txt"))
        #expect(throws: OutputError.foreignFolder(path: root + "/Documents")) {
            _ = try OutputWriter(destination: root + "/Documents")
        }
        #expect(FileManager.default.contents(atPath: root + "/Documents/thesis.txt") == Data("precious".utf8))
    }

    @Test func acceptsAnEmptyFolderKeptByGit() throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        try FileManager.default.createDirectory(atPath: root + "/Output", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/Output/.gitkeep", contents: Data())
        let writer = try OutputWriter(destination: root + "/Output")
        try writer.add(OutputFile(path: "index.html", text: "x"))
        try writer.commit()
        #expect(FileManager.default.fileExists(atPath: root + "/Output/index.html"))
    }

    @Test func abandonedBuildLeavesThePreviousSite() throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        let first = try OutputWriter(destination: root + "/Output")
        try first.add(OutputFile(path: "index.html", text: "old"))
        try first.commit()
        let second = try OutputWriter(destination: root + "/Output")
        try second.add(OutputFile(path: "index.html", text: "half"))
        second.abandon()
        #expect(FileManager.default.contents(atPath: root + "/Output/index.html") == Data("old".utf8))
        #expect(!FileManager.default.fileExists(atPath: root + "/.Output.casebook-staging"))
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "", "a//b", "./a", "a/.", "a/"])
    func refusesPathsOutsideTheSite(_ path: String) throws {
        let root = try TestSupport.temporaryFolder("casebook-writer")
        let writer = try OutputWriter(destination: root + "/Output")
        #expect(throws: OutputError.unsafePath(path: path)) {
            try writer.add(OutputFile(path: path, text: "x"))
        }
        writer.abandon()
    }
}

@Suite struct FolderPathTests {
    @Test func splitsShortAndLongPaths() {
        #expect(FolderPath.parent(of: "A") == "")
        #expect(FolderPath.name(of: "A") == "A")
        #expect(FolderPath.parent(of: "a/b/c") == "a/b")
        #expect(FolderPath.name(of: "a/b/c") == "c")
        #expect(FolderPath.parent(of: "/c") == "/")
    }

    /// Paths of any language split at their last slash, never inside a character.
    @Test func splitsPathsOfOtherScripts() {
        #expect(FolderPath.parent(of: "ru/дела/алия/index.html") == "ru/дела/алия")
        #expect(FolderPath.name(of: "ru/дела/алия") == "алия")
        #expect(FolderPath.name(of: "uk/справи/é́/x") == "x")
        #expect(FolderPath.parent(of: "é́/x") == "é́")
    }
}

/// Carrying out render jobs: what waits, what is kept.
@Suite struct RenderJobTests {
    /// Counts the jobs that finished, from several threads.
    final class Finished: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    @Test func aJobThatWaitsStartsOnlyOnceEveryEarlierJobFinished() throws {
        let root = NSTemporaryDirectory() + "casebook-jobs-\(UUID().uuidString)"
        let finished = Finished()
        let pages = (0..<40).map { index in
            RenderJob(paths: ["p\(index).html"], reuse: .never) {
                // Slow enough that a job started early would see some still running.
                Thread.sleep(forTimeInterval: 0.002)
                finished.add()
                return [OutputFile(path: "p\(index).html", text: "\(index)")]
            }
        }
        var index = RenderJob(paths: ["index.json"], reuse: .never) {
            [OutputFile(path: "index.json", text: "\(finished.value)")]
        }
        index.waitsForEarlierJobs = true
        let writer = try OutputWriter(destination: root + "/Output")
        try writer.run(pages + [index], jobs: 4, fingerprints: nil)
        try writer.commit()
        #expect(FileManager.default.contents(atPath: root + "/Output/index.json") == Data("40".utf8))
    }

    /// A ledger in which `list.html` was made last time from inputs with fingerprint "b".
    final class Ledger: FingerprintLedger, @unchecked Sendable {
        private let lock = NSLock()
        private var noted: [String: String] = [:]
        func isUnchanged(_ path: String, fingerprint: String) -> Bool {
            path == "list.html" && fingerprint == "b"
        }
        func record(_ path: String, fingerprint: String) { lock.withLock { noted[path] = fingerprint } }
        var recorded: [String: String] { lock.withLock { noted } }
    }

    /// A list page's model is built once: for its fingerprint, and for the page when it is made;
    /// a page that is kept is not made at all.
    @Test func aModelIsBuiltOnceWhetherItsPageIsKeptOrMade() throws {
        let root = NSTemporaryDirectory() + "casebook-model-jobs-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (models, pages, unshared) = (Finished(), Finished(), Finished())
        func job(_ fingerprint: String) -> RenderJob {
            RenderJob(
                paths: ["list.html"],
                reuse: .sameModel {
                    models.add()
                    return ModelFingerprint(fingerprint) {
                        pages.add()
                        return [OutputFile(path: "list.html", text: fingerprint)]
                    }
                }
            ) {
                unshared.add()
                return [OutputFile(path: "list.html", text: "without the model")]
            }
        }
        for (fingerprint, made) in [("a", 1), ("b", 1), ("c", 2)] {
            let ledger = Ledger()
            let writer = try OutputWriter(destination: root + "/Output")
            try writer.run([job(fingerprint)], jobs: 2, fingerprints: ledger)
            try writer.commit()
            #expect(ledger.recorded == ["list.html": fingerprint])
            #expect(pages.value == made)
        }
        #expect(models.value == 3)
        #expect(unshared.value == 0)
        #expect(FileManager.default.contents(atPath: root + "/Output/list.html") == Data("c".utf8))
    }
}
