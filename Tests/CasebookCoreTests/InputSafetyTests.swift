import Foundation
import Testing

@testable import CasebookCore

/// Links in Content/ are followed only while they stay inside it; anything that is not a
/// regular file is an error at its path; and the "up to date" shortcut is never taken when an
/// input may have changed, whatever its time stamps say.
@Suite struct InputSafetyTests {
    static let now = Clock.parseInstant("2026-11-21T12:00:00Z") ?? Date()

    /// A copy of the golden content in a new site folder.
    func siteFolder() throws -> String {
        let folder = try TestSupport.temporaryFolder("inputs")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    func options(_ folder: String) -> BuildOptions {
        BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
            outputFolder: folder + "/Output", now: Self.now, jobs: 2)
    }

    func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    /// The paths of the files the loader could not read, sorted.
    func unreadable(_ result: LoadResult) -> [String] {
        result.problems.compactMap { problem -> String? in
            if case .unreadableFile(_, let location) = problem { return location.path }
            return nil
        }.sorted()
    }

    @Test func linksLeadingOutsideContentAreErrorsAtTheirPaths() throws {
        let folder = try siteFolder()
        try TestSupport.write(
            [
                "Elsewhere/secret.md": "---\nname: Secret\ncountry: K\nstatus: imprisoned\n---\nPrivate\n",
                "Elsewhere/secret.txt": "private notes",
            ], under: folder)
        let content = folder + "/Content"
        try link(content + "/cases/linked.md", to: folder + "/Elsewhere/secret.md")
        try link(content + "/assets/notes.txt", to: "../../Elsewhere/secret.txt")
        try link(content + "/assets/elsewhere", to: folder + "/Elsewhere")
        let result = ContentLoader().load(from: content)
        #expect(
            unreadable(result) == [
                content + "/assets/elsewhere", content + "/assets/notes.txt", content + "/cases/linked.md",
            ])
        #expect(!result.content.assets.contains { $0.contains("notes") || $0.contains("elsewhere") })
        #expect(!result.content.cases.contains { $0.name == "Secret" })
        #expect(throws: DiagnosticsError.self) { _ = try SiteBuilder.build(options(folder)) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
    }

    @Test func linksThatStayInsideContentAreFollowed() throws {
        let folder = try siteFolder()
        let content = folder + "/Content"
        try TestSupport.write(["Content/extra/map.txt": "map"], under: folder)
        try link(content + "/assets/more", to: "../extra")
        try link(content + "/assets/bolat.md", to: content + "/cases/bolat-test.md")
        let result = ContentLoader().load(from: content)
        #expect(unreadable(result) == [])
        #expect(result.content.assets.contains("more/map.txt"))
        #expect(result.content.assets.contains("bolat.md"))
        _ = try SiteBuilder.build(options(folder))
        #expect(TestSupport.read(folder + "/Output/assets/more/map.txt") == "map")
    }

    /// Each kind of entry that cannot be read as a regular file, made at `path`.
    static let oddEntries = ["fifo", "device", "loop", "dangling", "loop back"]

    func makeOddEntry(_ kind: String, in content: String) throws -> String {
        switch kind {
        case "fifo":
            let path = content + "/cases/pipe.md"
            #expect(mkfifo(path, 0o644) == 0)
            return path
        case "device":
            try link(content + "/assets/zero.bin", to: "/dev/zero")
            return content + "/assets/zero.bin"
        case "loop":
            try link(content + "/cases/loop.md", to: "loop.md")
            return content + "/cases/loop.md"
        case "dangling":
            try link(content + "/releases/2026-01-01-gone.md", to: "nowhere.md")
            return content + "/releases/2026-01-01-gone.md"
        default:
            try link(content + "/assets/up", to: "..")
            return content + "/assets/up"
        }
    }

    @Test(arguments: oddEntries)
    func entriesThatAreNotRegularFilesAreErrors(_ kind: String) throws {
        let folder = try siteFolder()
        let path = try makeOddEntry(kind, in: folder + "/Content")
        #expect(unreadable(ContentLoader().load(from: folder + "/Content")) == [path])
    }

    @Test func aFIFOInTheThemeIsAnErrorAndNeverRead() throws {
        let folder = try siteFolder()
        try FileManager.default.createDirectory(
            atPath: folder + "/Templates/partials", withIntermediateDirectories: true)
        try TestSupport.write(["Templates/assets/extra.css": "p {}"], under: folder)
        let pipe = folder + "/Templates/partials/tags.mustache"
        #expect(mkfifo(pipe, 0o644) == 0)
        try link(folder + "/Templates/assets/shared.css", to: folder + "/Templates/assets/extra.css")
        do {
            _ = try ThemeLoader.read(directory: folder + "/Templates")
            Issue.record("a theme with a FIFO was read")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.location.path) == [pipe])
            #expect(error.diagnostics.first?.message.contains("FIFO") == true)
        }
        try FileManager.default.removeItem(atPath: pipe)
        let theme = try ThemeLoader.read(directory: folder + "/Templates")
        #expect(theme.files["assets/shared.css"]?.contents == Array("p {}".utf8))
    }

    /// After a good build, a new entry that cannot be read makes the next build fail with the
    /// errors `check` gives, never "up to date".
    @Test(arguments: oddEntries)
    func aBuildIsNeverUpToDateWithAnEntryItCannotRead(_ kind: String) throws {
        let folder = try siteFolder()
        _ = try SiteBuilder.build(options(folder))
        #expect(try SiteBuilder.build(options(folder)).upToDate)
        let path = try makeOddEntry(kind, in: folder + "/Content")
        let checked = SiteBuilder.check(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates"
        )
        .filter { $0.severity == .error }
        #expect(checked.map(\.location.path) == [path])
        do {
            let report = try SiteBuilder.build(options(folder))
            Issue.record("the build succeeded (up to date: \(report.upToDate))")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.filter { $0.severity == .error } == checked)
        }
    }

    @Test func theCommandLineReportsALinkToADeviceAsCheckDoes() throws {
        let cli = CommandLineTests()
        let folder = try cli.siteFolder()
        #expect(try cli.casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder).status == 0)
        try link(folder + "/Content/assets/zero.bin", to: "/dev/zero")
        let build = try cli.casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder)
        let check = try cli.casebook(["check"], in: folder)
        #expect(build.status == 1)
        #expect(check.status == 1)
        let errors = { (text: String) in text.split(separator: "\n").filter { $0.contains(": error: ") } }
        #expect(errors(build.standardError).count == 1)
        #expect(errors(build.standardError) == errors(check.standardError))
        #expect(errors(build.standardError).first?.hasPrefix("Content/assets/zero.bin:") == true)
    }

    func run(_ tool: String, _ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(tool) \(arguments) failed")
    }

    /// `cp -p` and `touch -r` put an old modification time on a same-size edit, as `rsync -t`
    /// and restores do: the edit that makes a case a draft must still unpublish it.
    @Test(arguments: ["cp -p", "touch -r"])
    func aSameSizeEditWithTheOldTimeIsSeen(_ tool: String) throws {
        let cli = CommandLineTests()
        let folder = try cli.siteFolder()
        let path = "Content/cases/bolat-test.md"
        let original = TestSupport.read(folder + "/" + path)
        let publicText = original.replacingOccurrences(
            of: "tags: [health]\n", with: "tags: [health]\ndraft: false\n")
        let draftText = original.replacingOccurrences(
            of: "tags: [health]\n", with: "tags: [health]\ndraft:  true\n")
        #expect(publicText.utf8.count == draftText.utf8.count)
        try publicText.write(toFile: folder + "/" + path, atomically: false, encoding: .utf8)
        try run("/usr/bin/touch", ["-d", "2026-01-01 10:00:00", path], in: folder)
        // Past the time-stamp step, so that the build trusts the stamps it records: only what
        // the edit changes can show it.
        usleep(2_500_000)
        #expect(try cli.casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/cases/bolat-test/index.html"))

        if tool == "cp -p" {
            try draftText.write(toFile: folder + "/draft.md", atomically: false, encoding: .utf8)
            try run("/usr/bin/touch", ["-r", path, "draft.md"], in: folder)
            try run("/bin/cp", ["-p", "draft.md", path], in: folder)
        } else {
            try run("/usr/bin/touch", ["-r", path, "reference"], in: folder)
            try draftText.write(toFile: folder + "/" + path, atomically: false, encoding: .utf8)
            try run("/usr/bin/touch", ["-r", "reference", path], in: folder)
        }
        let build = try cli.casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(build.status == 0)
        #expect(!build.standardOutput.hasPrefix("Up to date"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output/cases/bolat-test/index.html"))
    }

    /// A stamp made within the file system's time-stamp step of the last scan's start is not
    /// trusted: the file may have changed after it was read without its stamp changing.
    @Test func stampsNearTheLastScanAreHashedAgain() throws {
        let folder = try TestSupport.temporaryFolder("stamps")
        try TestSupport.write(["Content/a.txt": "now"], under: folder)
        let fresh = InputScan.scan([folder + "/Content"], previous: [:], previousStart: nil)
        let path = folder + "/Content/a.txt"
        let real = try #require(fresh.stamps[path])
        // The record of a scan that read other bytes, with the same size and time stamps.
        var stale = real
        stale.hash = "read-before-the-edit"
        let written = max(real.modified, real.changed)
        let soon = InputScan.scan(
            [folder + "/Content"], previous: [path: stale], previousStart: written + 1_000_000_000)
        #expect(soon.stamps[path]?.hash == real.hash)
        let later = InputScan.scan(
            [folder + "/Content"], previous: [path: stale], previousStart: written + 10_000_000_000)
        #expect(later.stamps[path]?.hash == stale.hash, "a stamp well before the scan is trusted")
    }

    /// Markdown files are hashed eight bytes at a time; every other input keeps the byte-wise
    /// hash, which names a photo's processed images: a photo named as before is not processed
    /// again after an upgrade, and its pages keep their image URLs.
    @Test func photosKeepTheHashTheirImagesAreNamedBy() throws {
        let folder = try TestSupport.temporaryFolder("hashes")
        let text = "---\nname: A\n---\nSome words, more than eight bytes of them.\n"
        let photo = "not really a JPEG, but bytes all the same"
        try TestSupport.write(
            ["Content/cases/a.md": text, "Content/assets/photos/a.jpg": photo], under: folder)
        let stamps = InputScan.scan([folder + "/Content"], previous: [:], previousStart: nil).stamps
        #expect(
            stamps[folder + "/Content/assets/photos/a.jpg"]?.hash == StableHash.of(bytes: Array(photo.utf8)))
        #expect(
            stamps[folder + "/Content/cases/a.md"]?.hash == StableHash.checksum(of: Array(text.utf8)[...]))
        #expect(StableHash.checksum(of: Array(text.utf8)[...]) != StableHash.of(bytes: Array(text.utf8)))
    }
}
