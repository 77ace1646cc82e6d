import Foundation
import Testing

@testable import CasebookCore

/// A build that dies part-way leaves nothing the next build trusts wrongly. These tests stop a
/// build at one exact point, which the kill test (random moments) reaches only by chance.
@Suite struct InterruptedBuildTests {
    static let now = Clock.parseInstant("2026-11-29T12:00:00Z") ?? Date()

    func build(_ folder: String) throws {
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
                outputFolder: folder + "/Output", now: Self.now, jobs: 2))
    }

    func setName(_ name: String, in folder: String) throws {
        try ContentEdit.setKey("name", to: name, in: folder + "/Content/cases/bolat-test.md")
    }

    /// The content goes A → B → A. The spare (site A) is spoilt, so the third build assembles
    /// site A in a new folder, and dies after its first file, its copy of the current site not
    /// yet made. That folder must not be trusted
    /// as site A by the build after it, though site A is the spare the record expects.
    @Test func aNewFolderLeftByADeadBuildIsNotTrustedAsTheSpare() throws {
        let folder = try TestSupport.temporaryFolder("interrupted")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        let output = folder + "/Output"
        try build(folder)
        let siteA = try #require(OutputWriter.buildID(in: output))
        try setName("Bolat Second", in: folder)
        try build(folder)
        let spare = folder + "/.Output.casebook-staging"
        try #require(OutputWriter.buildID(in: spare) == siteA, "the spare is site A")
        try "This folder is written by Casebook\n".write(
            toFile: spare + "/" + OutputWriter.markerName, atomically: false, encoding: .utf8)

        // The third build, stopped after its first file, as SiteBuilder would start it, and
        // before its copy of the current site got anywhere: the copy links nothing.
        try setName("Bolat Testov", in: folder)
        let cacheFolder = BuildRecord.cacheFolder(for: folder + "/Content", output: output)
        let state = try #require(BuildState.load(from: cacheFolder))
        let generations = try #require(BuildState.generations(in: cacheFolder, id: state.id))
        let writer = try OutputWriter(
            destination: output, buildID: siteA, generations: generations, link: { _, _ in false })
        try writer.add(OutputFile(path: "index.html", text: "<!doctype html>\n"))

        try build(folder)
        let fresh = try TestSupport.temporaryFolder("interrupted-fresh")
        defer { try? FileManager.default.removeItem(atPath: fresh) }
        try FileManager.default.copyItem(atPath: folder + "/Content", toPath: fresh + "/Content")
        try build(fresh)
        #expect(TestSupport.files(under: output) == TestSupport.files(under: fresh + "/Output"))
        for path in TestSupport.files(under: fresh + "/Output") {
            #expect(
                FileManager.default.contents(atPath: output + "/" + path)
                    == FileManager.default.contents(atPath: fresh + "/Output/" + path), "\(path)")
        }
    }
}
