import Foundation
import Testing

@testable import CasebookCore

/// The first build after one from nothing has no spare: it starts laying a copy of the current
/// site out before it loads and checks the content. A build that then fails its checks leaves
/// the site as it was and nothing beside it, and the build after it is the one a fresh build makes.
@Suite struct CopyBeforeChecksTests {
    static let now = Clock.parseInstant("2026-11-29T12:00:00Z") ?? Date()

    func options(_ folder: String) -> BuildOptions {
        BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
            outputFolder: folder + "/Output", now: Self.now, jobs: 2)
    }

    func site() throws -> String {
        let folder = try TestSupport.temporaryFolder("copy-before-checks")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    /// The file versions the last build recorded, as the next build reads them.
    func generations(_ folder: String) throws -> OutputGenerations {
        let cacheFolder = BuildRecord.cacheFolder(for: folder + "/Content", output: folder + "/Output")
        let state = try #require(BuildState.load(from: cacheFolder))
        return try #require(BuildState.generations(in: cacheFolder, id: state.id))
    }

    /// Inode of every output file: a file written anew has a new one.
    func inodes(_ folder: String) throws -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for path in TestSupport.files(under: folder) {
            result[path] = try TestSupport.inode(folder + "/" + path)
        }
        return result
    }

    @Test func onlyABuildWithoutAWholeSpareCopiesBeforeItsChecks() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try SiteBuilder.build(options(folder))
        let writer = try #require(
            SiteBuilder.copyingWriter(options(folder), generations: generations(folder)))
        #expect(writer.mirror != nil)
        writer.abandon()
        #expect(!FileManager.default.fileExists(atPath: folder + "/.Output.casebook-staging"))

        // The next build leaves the site it replaced as a whole spare, updated after the checks.
        try ContentEdit.setKey("name", to: "Bolat Second", in: folder + "/Content/cases/bolat-test.md")
        _ = try SiteBuilder.build(options(folder))
        #expect(SiteBuilder.copyingWriter(options(folder), generations: try generations(folder)) == nil)
    }

    @Test func aBuildThatFailsItsChecksWhileCopyingLeavesTheSiteAsItWas() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/Output"
        let caseFile = folder + "/Content/cases/bolat-test.md"
        _ = try SiteBuilder.build(options(folder))
        let siteA = OutputWriter.buildID(in: output)
        let before = try inodes(output)
        let original = TestSupport.read(caseFile)

        try ContentEdit.setKey("status", to: "vanished", in: caseFile)
        #expect(throws: DiagnosticsError.self) { try SiteBuilder.build(options(folder)) }
        #expect(OutputWriter.buildID(in: output) == siteA)
        #expect(try inodes(output) == before, "no file of the site was touched")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.Output.casebook-staging"))

        try original.write(toFile: caseFile, atomically: false, encoding: .utf8)
        try ContentEdit.setKey("name", to: "Bolat Second", in: caseFile)
        _ = try SiteBuilder.build(options(folder))
        let fresh = try TestSupport.temporaryFolder("copy-before-checks-fresh")
        defer { try? FileManager.default.removeItem(atPath: fresh) }
        try FileManager.default.copyItem(atPath: folder + "/Content", toPath: fresh + "/Content")
        _ = try SiteBuilder.build(options(fresh))
        #expect(TestSupport.files(under: output) == TestSupport.files(under: fresh + "/Output"))
        for path in TestSupport.files(under: fresh + "/Output") where path != OutputWriter.markerName {
            #expect(
                FileManager.default.contents(atPath: output + "/" + path)
                    == FileManager.default.contents(atPath: fresh + "/Output/" + path), "\(path)")
        }
    }
}
