import Foundation
import Testing

@testable import CasebookCore

/// The output folder is refused, with nothing moved or deleted, whenever Casebook cannot be
/// sure what it would replace; an output path that is a link is written through, never replaced.
@Suite struct OutputSafetyTests {
    static let now = Clock.parseInstant("2026-11-21T12:00:00Z") ?? Date()

    func siteFolder() throws -> String {
        let folder = try TestSupport.temporaryFolder("output-safety")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    func options(_ folder: String, output: String) -> BuildOptions {
        BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
            outputFolder: output, now: Self.now, jobs: 2)
    }

    func kind(_ path: String) -> FileSystem.Kind { FileSystem.kind(of: path) }

    @Test func anOutputLinkIsWrittenThroughAndKept() throws {
        let folder = try siteFolder()
        _ = try SiteBuilder.build(options(folder, output: folder + "/Served"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/Output", withDestinationPath: "Served")
        try TestSupport.write(
            ["Content/cases/new-case.md": "---\nname: N\ncountry: K\nstatus: imprisoned\n---\n"],
            under: folder)
        let report = try SiteBuilder.build(options(folder, output: folder + "/Output"))
        #expect(!report.upToDate)
        #expect(kind(folder + "/Output") == .link)
        #expect(kind(folder + "/Served") == .folder)
        #expect(FileManager.default.fileExists(atPath: folder + "/Served/cases/new-case/index.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.Output.casebook-staging"))
        // Built through the link again: nothing changed.
        #expect(try SiteBuilder.build(options(folder, output: folder + "/Output")).upToDate)
        #expect(kind(folder + "/Output") == .link)
    }

    @Test func anOutputLinkThatLeadsNowhereIsRefused() throws {
        let folder = try siteFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/Output", withDestinationPath: "Gone")
        #expect(throws: OutputError.brokenLink(path: folder + "/Output", reason: "No such file or directory"))
        {
            _ = try OutputWriter(destination: folder + "/Output")
        }
        #expect(kind(folder + "/Output") == .link)
    }

    @Test(arguments: ["Content/site", "Content/assets/out", "Templates/out", "."])
    func anOutputFolderOverlappingTheInputsIsRefused(_ output: String) throws {
        let folder = try siteFolder()
        try FileManager.default.createDirectory(
            atPath: folder + "/Templates", withIntermediateDirectories: true)
        let before = TestSupport.files(under: folder)
        #expect(throws: DiagnosticsError.self) {
            _ = try SiteBuilder.build(options(folder, output: folder + "/" + output))
        }
        #expect(TestSupport.files(under: folder) == before)
        let input = output.hasPrefix("Templates") ? folder + "/Templates/" : folder + "/Content/"
        #expect(throws: OutputError.overlapsInputs(path: folder + "/" + output, input: input)) {
            try OutputWriter.checkApart(
                folder + "/" + output, from: [folder + "/Content", folder + "/Templates"])
        }
    }

    @Test func aFolderAtTheStagingNameThatCasebookDidNotMakeIsKept() throws {
        let folder = try siteFolder()
        try TestSupport.write([".Output.casebook-staging/notes.txt": "precious"], under: folder)
        #expect(throws: OutputError.stagingTaken(path: folder + "/.Output.casebook-staging")) {
            _ = try OutputWriter(destination: folder + "/Output")
        }
        #expect(throws: DiagnosticsError.self) {
            _ = try SiteBuilder.build(options(folder, output: folder + "/Output"))
        }
        #expect(TestSupport.read(folder + "/.Output.casebook-staging/notes.txt") == "precious")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
        // A file at that name is not Casebook's either.
        try FileManager.default.removeItem(atPath: folder + "/.Output.casebook-staging")
        try TestSupport.write([".Output.casebook-staging": "a file"], under: folder)
        #expect(throws: OutputError.stagingTaken(path: folder + "/.Output.casebook-staging")) {
            _ = try OutputWriter(destination: folder + "/Output")
        }
        #expect(TestSupport.read(folder + "/.Output.casebook-staging") == "a file")
    }

    @Test func casebooksOwnStagingFolderIsStillReused() throws {
        let folder = try siteFolder()
        // An empty one, as a build killed just after making it leaves, and the previous site.
        try FileManager.default.createDirectory(
            atPath: folder + "/.Output.casebook-staging", withIntermediateDirectories: true)
        _ = try SiteBuilder.build(options(folder, output: folder + "/Output"))
        try TestSupport.write(
            ["Content/cases/new-case.md": "---\nname: N\ncountry: K\nstatus: imprisoned\n---\n"],
            under: folder)
        _ = try SiteBuilder.build(options(folder, output: folder + "/Output"))
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/cases/new-case/index.html"))
    }

    /// Tests run as root, whom no folder mode stops, so the build runs as `nobody` here.
    @Test func anOutputFolderThatCannotBeListedIsRefused() throws {
        let setpriv = "/usr/bin/setpriv"
        try #require(FileManager.default.isExecutableFile(atPath: setpriv), "util-linux's setpriv is needed")
        try #require(getuid() == 0, "the test switches to the user nobody, which needs root")
        let folder = try siteFolder()
        // nobody may read the content and write beside the output, but not list Output/.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        try TestSupport.write(
            ["Output/index.html": "the old site", "Output/.casebook-output": "x"], under: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o333], ofItemAtPath: folder + "/Output")
        defer {
            try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: folder + "/Output")
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = [
            "--reuid=65534", "--regid=65534", "--clear-groups", CommandLineTests.binary, "build", "--now",
            "2026-11-21T12:00:00Z",
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(
            message.contains("Output:1:1: error: cannot list this folder (Permission denied)"), "\(message)")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/Output")
        #expect(TestSupport.read(folder + "/Output/index.html") == "the old site")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.Output.casebook-staging"))
    }
}
