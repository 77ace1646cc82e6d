import Foundation
import Testing

/// Runs the built `casebook` binary as staff would, checking exit codes and what it prints.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static let binary = TestSupport.productsFolder + "/casebook"

    func casebook(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Run
    {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary),
            "build the binary first: swift build --product casebook (make test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        process.environment = env.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of the golden fixture's content in a new folder, used as the working directory.
    func siteFolder() throws -> String {
        let folder = try TestSupport.temporaryFolder("cli")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    @Test func buildWithOnlyContentUsesTheBuiltInTheme() throws {
        let folder = try siteFolder()
        let run = try casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(run.status == 0)
        // 25 in English; in Russian 4 lists, 2 tag pages, the feed, a case, a release and its
        // text; in Polish the lists, tag pages and feed.
        #expect(run.standardOutput.hasPrefix("Built \(25 + 10 + 5) files into Output ("))
        #expect(run.standardOutput.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/assets/style.css"))
        #expect(TestSupport.read(folder + "/Output/index.html").contains("Aliya Testova"))
    }

    /// The libraries a run of `casebook` loads, from the dynamic loader's log (`LD_DEBUG=files`,
    /// written to files named by `LD_DEBUG_OUTPUT`).
    func librariesLoaded(_ arguments: [String], in folder: String, log: String) throws -> String {
        let run = try casebook(
            arguments, in: folder, environment: ["LD_DEBUG": "files", "LD_DEBUG_OUTPUT": folder + "/" + log])
        #expect(run.status == 0, "\(run.standardError.suffix(500))")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(log) }
        return files.map { TestSupport.read(folder + "/" + $0) }.joined()
    }

    /// Takes the site's one image (its preview image) out of the site in `folder`.
    func removeImages(from folder: String) throws {
        try FileManager.default.removeItem(atPath: folder + "/Content/assets/share.png")
        let site = folder + "/Content/site.yaml"
        let lines = TestSupport.read(site).split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("preview_image:") })
        let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix(" ") } ?? lines.endIndex
        try (lines[..<start] + lines[end...]).joined(separator: "\n").write(
            toFile: site, atomically: false, encoding: .utf8)
    }

    /// libvips is opened when a build first reads an image, never linked: a site without images
    /// is built without loading it or the many libraries it brings.
    @Test func libvipsIsLoadedOnlyByABuildWithImages() throws {
        let folder = try siteFolder()
        let withImage = try librariesLoaded(
            ["build", "--now", "2026-11-21T12:00:00Z"], in: folder, log: "with-image")
        #expect(withImage.contains("file=libvips.so"), "the preview image is read through libvips")
        try removeImages(from: folder)
        let withoutImages = try librariesLoaded(
            ["build", "--now", "2026-11-21T12:00:00Z", "--output", "Plain"], in: folder, log: "without-images"
        )
        #expect(FileManager.default.fileExists(atPath: folder + "/Plain/index.html"))
        #expect(withoutImages.contains("file=libcmark-gfm"), "the log names the libraries loaded")
        #expect(!withoutImages.contains("file=libvips.so"))
    }

    /// Counted phrases take their plural form from the ICU that Foundation links into the
    /// program: a build of a site in Russian and Polish loads no second ICU (Debian's libicu
    /// maps megabytes into every build). Only libvips, for images, brings one.
    @Test func pluralFormsComeWithoutLoadingASecondICU() throws {
        let folder = try siteFolder()
        try removeImages(from: folder)
        let loaded = try librariesLoaded(
            ["build", "--now", "2026-11-21T12:00:00Z"], in: folder, log: "plurals")
        #expect(loaded.contains("file=libcmark-gfm"), "the log names the libraries loaded")
        #expect(!loaded.contains("file=libicu"))
        #expect(TestSupport.read(folder + "/Output/ru/index.html").contains("2 дела"))
        #expect(TestSupport.read(folder + "/Output/pl/index.html").contains("2 sprawy"))
    }

    @Test func threeErrorsInThreeFilesGiveThreeLinesAndKeepTheOldSite() throws {
        let folder = try siteFolder()
        #expect(try casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder).status == 0)
        let before = TestSupport.read(folder + "/Output/index.html")
        try TestSupport.write(
            [
                "Content/cases/x1.md": "---\nname: A\ncountry: K\nstatus: jailed\n---\nBody\n",
                "Content/cases/x2.md":
                    "---\nname: B\ncountry: K\nstatus: imprisoned\ndetained: 2017-13-45\n---\n",
                "Content/releases/2026-01-01-x3.md":
                    "---\ntitle: T\ndate: 2026-01-01\ncases: [nobody]\n---\nText\n",
            ], under: folder)
        let run = try casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(run.status == 1)
        let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(
            errors.map { String($0.prefix(while: { $0 != " " })) } == [
                "Content/cases/x1.md:4:9:", "Content/cases/x2.md:5:11:",
                "Content/releases/2026-01-01-x3.md:4:9:",
            ])
        #expect(TestSupport.read(folder + "/Output/index.html") == before)
        #expect(try casebook(["check"], in: folder).status == 1)
    }

    @Test func releasePrintsADraftAsPlainText() throws {
        let folder = try siteFolder()
        let run = try casebook(["release", "2026-10-01-draft", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("SECRET-DRAFT-RELEASE HEADLINE"))
        #expect(run.standardOutput.hasPrefix("DRAFT — NOT FOR PUBLICATION\n"))
        #expect(run.standardOutput.hasSuffix("###\n"))
        let mail = try casebook(
            ["release", "2026-10-01-draft", "--format", "eml", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(mail.status == 0)
        #expect(mail.standardOutput.contains("\r\nX-Unsent: 1\r\n"))
        #expect(mail.standardOutput.contains("Subject: =?utf-8?b?"), "the draft line's dash is encoded")
        let html = try casebook(["release", "2026-10-01-draft", "--format", "html"], in: folder)
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(html.standardOutput.contains("DRAFT — NOT FOR PUBLICATION"))
        let wrongFormat = try casebook(["release", "2026-10-01-draft", "--format", "pdf"], in: folder)
        #expect(wrongFormat.status == 64)
        // A slug typed without its date, or with a letter wrong, gets the nearest one.
        let withoutDate = try casebook(["release", "draft"], in: folder)
        #expect(withoutDate.standardError.contains("did you mean '2026-10-01-draft'?"))
        let unknown = try casebook(["release", "2026-10-01-draf"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("did you mean '2026-10-01-draft'?"))
    }

    @Test func aMisspeltCommandGetsTheCommand() throws {
        let folder = try siteFolder()
        let run = try casebook(["buidl"], in: folder)
        #expect(run.status == 64)
        #expect(run.standardError.hasPrefix("Error: unknown command 'buidl'; did you mean 'build'?\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
        #expect(try casebook(["relaese", "x"], in: folder).standardError.contains("did you mean 'release'?"))
    }

    @Test func jobsHelpGivesItsDefaultOnce() throws {
        let help = try casebook(["build", "--help"], in: try siteFolder()).standardOutput
        let jobs = help.components(separatedBy: "--jobs <jobs>").last ?? ""
        let entry = jobs.components(separatedBy: "\n  --").first ?? ""
        #expect(entry.components(separatedBy: "default").count == 2, "\(entry)")
    }

    @Test func scheduleUsesSourceDateEpochAndPrintsJSON() throws {
        let folder = try siteFolder()
        // 2026-11-21T12:00:00Z
        let run = try casebook(
            ["schedule", "--json"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1795262400"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(#""next_change" : "2026-11-30T08:00:00Z""#))
        #expect(run.standardOutput.contains(#""now" : "2026-11-21T12:00:00Z""#))
    }

    @Test func reviewBuildGoesToReviewAndNeverToOutput() throws {
        let folder = try siteFolder()
        let run = try casebook(["build", "--drafts", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(run.status == 0)
        #expect(TestSupport.read(folder + "/Review/releases/2026-10-01-draft/index.html").contains("noindex"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
        let refused = try casebook(["build", "--drafts", "--output", "Output"], in: folder)
        #expect(refused.status != 0)
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let folder = try siteFolder()
        try TestSupport.write(["Mine/notes.txt": "keep me"], under: folder)
        let run = try casebook(["build", "--output", "Mine"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("Mine:1:1: error: this folder was not created by Casebook"))
        #expect(TestSupport.read(folder + "/Mine/notes.txt") == "keep me")
    }

    @Test func sameContentAndMomentGiveTheSameBytes() throws {
        let folder = try siteFolder()
        #expect(
            try casebook(
                ["build", "--now", "2026-11-21T12:00:00Z", "--output", "A", "--jobs", "1"], in: folder
            ).status == 0)
        #expect(
            try casebook(
                ["build", "--now", "2026-11-21T12:00:00Z", "--output", "B", "--jobs", "4"], in: folder
            ).status == 0)
        let first = TestSupport.files(under: folder + "/A")
        #expect(first == TestSupport.files(under: folder + "/B"))
        for path in first {
            #expect(
                TestSupport.read(folder + "/A/" + path) == TestSupport.read(folder + "/B/" + path),
                "\(path) differs")
        }
    }
}
