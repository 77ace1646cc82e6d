import Foundation
import Testing

/// The binary on the hostile values of `HostileValueTests`, as staff and cron run it: a build that
/// must stop stops with the message at the file, and a name that fits is rebuilt for ever.
@Suite struct HostileInputCommandTests {
    let cli = CommandLineTests()
    let now = ["--now", "2026-11-21T12:00:00Z"]

    @Test func aDraftKeyWithoutAValueStopsTheBuildAndKeepsTheSite() throws {
        let folder = try cli.siteFolder()
        #expect(try cli.casebook(["build"] + now, in: folder).status == 0)
        let page = folder + "/Output/cases/aliya-test/index.html"
        let before = TestSupport.read(page)
        let path = folder + "/Content/cases/aliya-test.md"
        let text = TestSupport.read(path)
        try text.replacingOccurrences(of: "---\n", with: "---\ndraft:\n", options: .anchored).write(
            toFile: path, atomically: true, encoding: .utf8)
        let run = try cli.casebook(["build"] + now, in: folder)
        #expect(run.status == 1)
        #expect(
            run.standardError.hasPrefix("Content/cases/aliya-test.md:2:7: error: 'draft' must not be empty"))
        #expect(TestSupport.read(page) == before)
    }

    @Test func theLongestSlugBuildsAgainAndAgain() throws {
        let folder = try cli.siteFolder()
        let slug = "2026-11-01-" + String(repeating: "x", count: 89)
        try TestSupport.write(
            ["Content/releases/\(slug).md": "---\ntitle: Long\ndate: 2026-11-01\n---\nText.\n"], under: folder
        )
        for round in 1...3 {
            let run = try cli.casebook(["build", "--jobs", "1"] + now, in: folder)
            #expect(run.status == 0, "round \(round): \(run.standardError)")
            try TestSupport.write(
                ["Content/releases/\(slug).md": "---\ntitle: Long \(round)\ndate: 2026-11-01\n---\nText.\n"],
                under: folder)
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/releases/\(slug).txt"))
    }

    @Test func aTagTooLongToWriteFailsCheckAtItsLine() throws {
        let folder = try cli.siteFolder()
        let tag = String(repeating: "t", count: 300)
        try TestSupport.write(
            [
                "Content/cases/long-tag.md":
                    "---\nname: A\ncountry: K\nstatus: imprisoned\ntags: [\(tag)]\n---\n"
            ],
            under: folder)
        for command in ["check", "build"] {
            let run = try cli.casebook([command] + (command == "build" ? now : []), in: folder)
            #expect(run.status == 1)
            #expect(
                run.standardError.contains(
                    "\nContent/cases/long-tag.md:5:8: error: '\(tag)' is 300 characters"))
        }
    }

    @Test func aFileNameWithANewlineCannotForgeAMessage() throws {
        let folder = try cli.siteFolder()
        let name = "evil\nforged.md:1:1: error: fake.md"
        try TestSupport.write(
            [
                "Content/cases/\(name)": "---\nname: A\n---\n",
                "Content/cases/bell.md": "---\nname: \"Bell \\a\"\ncountry: K\nstatus: imprisoned\n---\n",
                "Content/cases/escape.md": "---\nname: A\ncountry: \u{1B}[31mK\nstatus: imprisoned\n---\n",
            ], under: folder)
        let run = try cli.casebook(["check"], in: folder)
        #expect(run.status == 1)
        let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!run.standardError.contains("\u{1B}"))
        #expect(errors.allSatisfy { $0.hasPrefix("Content/cases/") })
        #expect(errors.contains { $0.hasPrefix("Content/cases/evil\\nforged.md:1:1: error: fake.md:") })
        #expect(
            errors.contains {
                $0.hasPrefix("Content/cases/bell.md:2:7: error: 'name' holds control character U+0007")
            })
        #expect(
            errors.contains {
                $0.hasPrefix("Content/cases/escape.md:3:10: error: invisible control character U+001B")
            })
    }

    @Test func nowOutOfRangeIsRefusedBeforeAnythingIsRead() throws {
        let folder = try cli.siteFolder()
        for value in ["99999999-01-01T00:00:00Z", "2026-11-30T08:00:00+99:00", "2026-02-30T00:00:00Z"] {
            let run = try cli.casebook(["build", "--now", value], in: folder)
            #expect(run.status != 0)
            #expect(run.standardError.contains("--now '\(value)' is not a time between 1970 and 9999"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
        }
    }

    @Test func anotherCasebookExecutableNeverTrustsThisOnesRecord() throws {
        let folder = try cli.siteFolder()
        #expect(try cli.casebook(["build"] + now, in: folder).status == 0)
        #expect(try cli.casebook(["build"] + now, in: folder).standardOutput.hasPrefix("Up to date"))
        // A copy is another file with its own time stamp, as an upgraded Casebook would be.
        let copy = folder + "/casebook-copy"
        // Copied by another process: a file this one held open for writing could be inherited by
        // a child that another test starts meanwhile, and running the copy would then fail with
        // "text file busy".
        let cp = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: [CommandLineTests.binary, copy])
        cp.waitUntilExit()
        #expect(cp.terminationStatus == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: copy)
        process.arguments = ["build"] + now
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed.hasPrefix("Built "))
    }
}
