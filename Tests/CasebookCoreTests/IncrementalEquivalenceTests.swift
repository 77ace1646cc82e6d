import Foundation
import Testing

@testable import CasebookCore

/// After any sequence of edits, an incremental build (page cache, kept files, updated spare)
/// writes exactly what a fresh build of the same content writes.
@Suite struct IncrementalEquivalenceTests {
    static let start = Clock.parseInstant("2026-11-29T12:00:00Z") ?? Date()

    enum Edit: CaseIterable {
        case appendToCaseBody, renameCase, addCase, deleteRelease, editRelease, passTime, nothing
    }

    func apply(_ edit: Edit, to content: String, round: Int, now: inout Date) throws {
        let cases = content + "/cases/"
        switch edit {
        case .appendToCaseBody:
            let path = cases + "aliya-test.md"
            try (TestSupport.read(path) + "\nRound \(round) adds a sentence.\n").write(
                toFile: path, atomically: false, encoding: .utf8)
        case .renameCase:
            let path = cases + "bolat-test.md"
            let text = TestSupport.read(path).replacingOccurrences(
                of: #"name: [^\n]*"#, with: "name: Bolat Round\(round)", options: .regularExpression)
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        case .addCase:
            try TestSupport.write(
                [
                    "cases/added-\(round).md":
                        "---\nname: Added \(round)\ncountry: K\nstatus: released\ntags: [health]\n---\nText.\n"
                ],
                under: content)
        case .deleteRelease:
            try? FileManager.default.removeItem(atPath: content + "/releases/2026-10-01-draft.md")
        case .editRelease:
            let path = content + "/releases/2026-11-02-public.md"
            try (TestSupport.read(path) + "\nAn update in round \(round).\n").write(
                toFile: path, atomically: false, encoding: .utf8)
        case .passTime:
            now += 86_400
        case .nothing:
            break
        }
    }

    func build(_ folder: String, now: Date) throws {
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
                outputFolder: folder + "/Output", now: now, jobs: 2))
    }

    func expectSameFiles(_ incremental: String, _ fresh: String, round: Int) {
        let files = TestSupport.files(under: incremental)
        #expect(files == TestSupport.files(under: fresh), "round \(round): the sets of files differ")
        for path in files
        where TestSupport.read(incremental + "/" + path) != TestSupport.read(fresh + "/" + path) {
            Issue.record("round \(round): \(path) differs from a fresh build")
        }
    }

    @Test(arguments: [1, 2, 3])
    func incrementalBuildsEqualFreshBuilds(seed: Int) throws {
        let folder = try TestSupport.temporaryFolder("equivalence")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        var now = Self.start
        try build(folder, now: now)
        var generator = NoLeakPropertyTests.SplitMix(state: UInt64(seed))
        for round in 1...8 {
            let edit = Edit.allCases.randomElement(using: &generator) ?? .nothing
            try apply(edit, to: folder + "/Content", round: round, now: &now)
            try build(folder, now: now)

            let fresh = try TestSupport.temporaryFolder("fresh")
            try FileManager.default.copyItem(atPath: folder + "/Content", toPath: fresh + "/Content")
            try build(fresh, now: now)
            expectSameFiles(folder + "/Output", fresh + "/Output", round: round)
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
