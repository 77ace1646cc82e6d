import Foundation
import Testing

@testable import CasebookCore

/// Builds that overlap (cron and a person, two timers) take turns: the output is always exactly
/// one build's site, and a lock never outlives the build that held it.
@Suite struct ConcurrentBuildTests {
    static let now = "2026-11-21T12:00:00Z"

    /// A copy of the golden content in a new site folder.
    func siteFolder() throws -> String {
        let folder = try TestSupport.temporaryFolder("concurrent")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    /// Marks Bolat Testov's case a draft or not, keeping the file's size.
    func setDraft(_ draft: Bool, in folder: String) throws {
        let original = TestSupport.read(TestSupport.fixtures + "/golden/Content/cases/bolat-test.md")
        let line = draft ? "draft:  true\n" : "draft: false\n"
        let text = original.replacingOccurrences(of: "tags: [health]\n", with: "tags: [health]\n" + line)
        try text.write(toFile: folder + "/Content/cases/bolat-test.md", atomically: true, encoding: .utf8)
    }

    func start(_ arguments: [String], in folder: String) throws -> Process {
        try #require(
            FileManager.default.isExecutableFile(atPath: CommandLineTests.binary),
            "build the binary first: swift build --product casebook (make test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = ["build", "--now", Self.now, "--jobs", "2"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func snapshot(_ folder: String) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: TestSupport.files(under: folder).map {
                ($0, TestSupport.read(folder + "/" + $0))
            })
    }

    /// Every path under `folder`, hidden ones and those of hidden folders included.
    func allPaths(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
    }

    @Test func twoBuildsAtOnceLeaveExactlyOneBuildsSite() throws {
        let folder = try siteFolder()
        // The two sites, built apart: with the case public, and with it a draft.
        var sites: [Bool: [String: String]] = [:]
        for draft in [false, true] {
            try setDraft(draft, in: folder)
            let build = try start(["--output", "Apart-\(draft)"], in: folder)
            build.waitUntilExit()
            try #require(build.terminationStatus == 0)
            sites[draft] = snapshot(folder + "/Apart-\(draft)")
        }
        #expect(sites[false]?["cases/bolat-test/index.html"] != nil)
        #expect(sites[true]?["cases/bolat-test/index.html"] == nil)

        for round in 0..<20 {
            let draft = round % 2 == 1
            try setDraft(draft, in: folder)
            let builds = try [start([], in: folder), start([], in: folder)]
            builds.forEach { $0.waitUntilExit() }
            #expect(builds.map(\.terminationStatus) == [0, 0], "round \(round)")
            let output = snapshot(folder + "/Output")
            let expected = sites[draft] ?? [:]
            let differing = Set(output.keys).union(expected.keys).filter { output[$0] != expected[$0] }
            #expect(
                differing.isEmpty, "round \(round): Output is not this round's site: \(differing.sorted())")
            #expect(
                !draft || !output.keys.contains { $0.contains("bolat-test") },
                "round \(round): draft published")
            let temporaries = allPaths(under: folder).filter { $0.hasSuffix(".casebook-new") }
            #expect(temporaries.isEmpty, "round \(round): \(temporaries)")
        }
    }

    @Test func aSecondBuildGivesUpWithTheHoldersProcessID() throws {
        let folder = try siteFolder()
        let destination = folder + "/Review"
        let held = try BuildLock.acquire(
            OutputWriter.lockPath(for: destination), for: "Review", waitingUpTo: 0)
        let run = try CommandLineTests().casebook(
            ["build", "--drafts", "--now", Self.now, "--wait", "0"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.standardError.contains("error: another build is writing Review/ (pid \(getpid()))"),
            "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: destination))
        held.release()
        let after = try CommandLineTests().casebook(
            ["build", "--drafts", "--now", Self.now, "--wait", "0"], in: folder)
        #expect(after.status == 0)
    }

    @Test func aWaitingBuildRunsOnceTheFirstIsDone() throws {
        let folder = try siteFolder()
        let held = try BuildLock.acquire(
            OutputWriter.lockPath(for: folder + "/Output"), for: "Output", waitingUpTo: 0)
        let waiting = try start(["--wait", "30"], in: folder)
        usleep(400_000)
        #expect(waiting.isRunning, "the build did not wait for the lock")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
        held.release()
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/index.html"))
    }

    @Test func buildsInOneProcessTakeTurnsToo() throws {
        let folder = try siteFolder()
        let lockFile = OutputWriter.lockPath(for: folder + "/Output")
        let first = try BuildLock.acquire(lockFile, for: "Output", waitingUpTo: 0)
        #expect(throws: OutputError.busy(path: "Output", holder: getpid(), waited: 0)) {
            _ = try BuildLock.acquire(lockFile, for: "Output", waitingUpTo: 0)
        }
        let options = BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
            outputFolder: folder + "/Output", now: Date(), jobs: 1, lockWait: 0.2)
        #expect(throws: DiagnosticsError.self) { _ = try SiteBuilder.build(options) }
        first.release()
        #expect(try SiteBuilder.build(options).files > 0)
    }

    /// The kernel drops the lock of a build killed with SIGKILL: the next build never waits.
    @Test func aKilledBuildNeverLeavesTheLockHeld() throws {
        let folder = try siteFolder()
        let lockFile = OutputWriter.lockPath(for: folder + "/Output")
        var killedHolding = 0
        for _ in 0..<30 where killedHolding < 5 {
            // A changed input each time, so that every build does real work.
            try setDraft(killedHolding % 2 == 0, in: folder)
            let build = try start([], in: folder)
            // Wait until the build holds the lock, then kill it.
            var holds = false
            for _ in 0..<400 where build.isRunning && !holds {
                do {
                    try BuildLock.acquire(lockFile, for: "Output", waitingUpTo: 0).release()
                    usleep(1_000)
                } catch {
                    holds = true
                }
            }
            if holds, build.isRunning {
                kill(build.processIdentifier, SIGKILL)
                killedHolding += 1
            }
            build.waitUntilExit()
            let next = try CommandLineTests().casebook(
                ["build", "--now", Self.now, "--wait", "0"], in: folder)
            #expect(next.status == 0, "\(next.standardError)")
        }
        #expect(killedHolding > 0, "no build was killed while it held the lock; the test proved nothing")
    }
}
