import Foundation
import Testing

@testable import CasebookCore

/// After any sequence of edits, an incremental build (page cache, kept files, updated spare)
/// writes exactly what a fresh build of the same content writes.
@Suite struct IncrementalEquivalenceTests {
    static let start = Clock.parseInstant("2026-11-29T12:00:00Z") ?? Date()

    func build(_ folder: String, now: Date) throws {
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
                outputFolder: folder + "/Output", now: now, jobs: 2))
    }

    /// Compares the two outputs byte for byte.
    func expectSameFiles(_ incremental: String, _ fresh: String, round: Int, context: String) {
        let files = TestSupport.files(under: incremental)
        #expect(
            files == TestSupport.files(under: fresh), "round \(round) (\(context)): the sets of files differ")
        for path in files
        where FileManager.default.contents(atPath: incremental + "/" + path)
            != FileManager.default.contents(atPath: fresh + "/" + path)
        {
            Issue.record("round \(round) (\(context)): \(path) differs from a fresh build")
        }
    }

    /// A fresh build of a copy of the site in `folder` (Content/ and Templates/) at `now`.
    func freshBuild(of folder: String, now: Date) throws -> String {
        let fresh = try TestSupport.temporaryFolder("fresh")
        try FileManager.default.copyItem(atPath: folder + "/Content", toPath: fresh + "/Content")
        if FileManager.default.fileExists(atPath: folder + "/Templates") {
            try FileManager.default.copyItem(atPath: folder + "/Templates", toPath: fresh + "/Templates")
        }
        try build(fresh, now: now)
        return fresh
    }

    func goldenCopy(_ name: String) throws -> String {
        let folder = try TestSupport.temporaryFolder(name)
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    /// Each edit alone, twice (so that an edit that undoes itself is tried too), after a build of
    /// the fixture: the incremental build equals a fresh one.
    @Test(arguments: ContentEdit.allCases)
    func everyEditAloneGivesWhatAFreshBuildGives(edit: ContentEdit) throws {
        let folder = try goldenCopy("edit")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var now = Self.start
        var generator = NoLeakPropertyTests.SplitMix(state: 99)
        try build(folder, now: now)
        for round in 1...2 {
            try edit.apply(to: folder, round: round, now: &now, using: &generator)
            try build(folder, now: now)
            let fresh = try freshBuild(of: folder, now: now)
            expectSameFiles(folder + "/Output", fresh + "/Output", round: round, context: "\(edit)")
            try? FileManager.default.removeItem(atPath: fresh)
        }
    }

    /// Random sequences of one to three edits a round, over several seeds.
    @Test(arguments: [1, 2, 3, 4, 5])
    func incrementalBuildsEqualFreshBuilds(seed: Int) throws {
        let folder = try goldenCopy("equivalence")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var now = Self.start
        try build(folder, now: now)
        var generator = NoLeakPropertyTests.SplitMix(state: UInt64(seed))
        var history: [String] = []
        for round in 1...10 {
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let edit = ContentEdit.allCases.randomElement(using: &generator) ?? .nothing
                try edit.apply(to: folder, round: round, now: &now, using: &generator)
                history.append("\(round):\(edit)")
            }
            try build(folder, now: now)
            let fresh = try freshBuild(of: folder, now: now)
            expectSameFiles(
                folder + "/Output", fresh + "/Output", round: round,
                context: "seed \(seed), edits \(history.joined(separator: " "))")
            try? FileManager.default.removeItem(atPath: fresh)
        }
        #expect(
            FileManager.default.fileExists(atPath: folder + "/.Output.casebook-staging"), "no spare was kept")
        #expect(!TestSupport.files(under: folder + "/Output").contains { $0.hasSuffix(".casebook-new") })
    }

    @Test func aSpareLeftHalfUpdatedIsNotTrusted() throws {
        let folder = try TestSupport.temporaryFolder("half-spare")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        try build(folder, now: Self.start)
        try build(folder, now: Self.start + 86_400 * 2)  // an embargo passes: the spare is kept
        // A build killed while updating the spare: its marker names a build that never finished,
        // and one of its pages holds half-written bytes.
        let spare = folder + "/.Output.casebook-staging"
        try "This folder is written by Casebook\nbuild unfinished\n".write(
            toFile: spare + "/" + OutputWriter.markerName, atomically: false, encoding: .utf8)
        // Replaced, not written through: the spare's files are hard links shared with the output,
        // and the writer itself only ever renames new files over them.
        try FileManager.default.removeItem(atPath: spare + "/index.html")
        try "torn".write(toFile: spare + "/index.html", atomically: false, encoding: .utf8)

        let path = folder + "/Content/cases/bolat-test.md"
        try (TestSupport.read(path) + "\nMore.\n").write(toFile: path, atomically: false, encoding: .utf8)
        try build(folder, now: Self.start + 86_400 * 2)
        #expect(TestSupport.read(folder + "/Output/index.html").hasPrefix("<!doctype html>"))
        #expect(TestSupport.read(folder + "/Output/cases/bolat-test/index.html").contains("More."))
    }
}
