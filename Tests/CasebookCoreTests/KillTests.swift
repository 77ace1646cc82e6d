import Foundation
import Testing

/// A build killed at any moment leaves the old site or the new one: once a build has succeeded,
/// the output folder is never missing, empty or a mix of two sites.
@Suite struct KillTests {
    /// Where a round's kill is aimed.
    enum Moment {
        /// At a random moment while the new site is being read, rendered and written.
        case beforeTheSwap
        /// As soon as the output is seen to change (the new site swapped in, or the old one gone).
        case atTheSwap
        /// A random moment after the output is seen to change, while the build records its state.
        case afterTheSwap
        /// Not killed: the build runs to its end, and must repair whatever the kills left.
        case never
    }

    /// The moments of the rounds, in turn: runs of kills at and after swaps, each followed by a
    /// build that finishes, are how a state left behind by a killed build would come to be trusted.
    static let schedule: [Moment] = [
        .beforeTheSwap, .atTheSwap, .atTheSwap, .never, .atTheSwap, .afterTheSwap, .never,
    ]

    /// Every file of a folder, by path (the marker file included).
    func snapshot(_ folder: String) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: TestSupport.files(under: folder).map {
                ($0, TestSupport.read(folder + "/" + $0))
            })
    }

    func start(_ folder: String, output: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = ["build", "--now", "2026-11-21T12:00:00Z", "--output", output, "--jobs", "2"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func setVersion(_ version: Int, in folder: String) throws {
        let path = folder + "/Content/cases/aliya-test.md"
        let original = TestSupport.read(TestSupport.fixtures + "/golden/Content/cases/aliya-test.md")
        let text =
            version == 0
            ? original : original.replacingOccurrences(of: "Aliya Testova", with: "Aliya Testowa")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The marker file of the output folder, or nil when there is none.
    func marker(_ output: String) -> Data? {
        FileManager.default.contents(atPath: output + "/.casebook-output")
    }

    /// Waits until the build exits or the output folder differs from `before` (its marker
    /// changed or vanished), for at most `limit` seconds. It polls without sleeping, so that the
    /// kill lands within microseconds of the swap, while the build is still tidying up after it.
    func waitForTheSwap(_ build: Process, output: String, before: Data?, limit: TimeInterval) {
        let deadline = Date() + limit
        while build.isRunning, marker(output) == before, Date() < deadline { sched_yield() }
    }

    /// The seed of this run's random delays: new every run, or CASEBOOK_KILL_SEED to replay one.
    static let seed: UInt64 =
        ProcessInfo.processInfo.environment["CASEBOOK_KILL_SEED"].flatMap { UInt64($0) }
        ?? UInt64.random(in: 0...UInt64.max)

    @Test func killedBuildsLeaveAWholeSite() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary))
        let seed = Self.seed
        let replay = "seed \(seed); replay with CASEBOOK_KILL_SEED=\(seed)"
        let folder = try TestSupport.temporaryFolder("kill")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        // The two whole sites, built apart; their times set the range of the delays.
        var sites: [[String: String]] = []
        var slowest: TimeInterval = 0
        for version in [0, 1] {
            try setVersion(version, in: folder)
            let started = Date()
            let build = try start(folder, output: "Site\(version)")
            build.waitUntilExit()
            slowest = max(slowest, Date().timeIntervalSince(started))
            try #require(build.terminationStatus == 0)
            sites.append(snapshot(folder + "/Site\(version)"))
        }
        try #require(sites[0] != sites[1])
        try #require(sites[0][".casebook-output"] != nil, "the marker file is part of each site")

        // The first build of Output succeeds; from then on Output must always be a whole site.
        try setVersion(0, in: folder)
        let first = try start(folder, output: "Output")
        first.waitUntilExit()
        try #require(first.terminationStatus == 0)
        let output = folder + "/Output"
        var current = 0

        var generator = NoLeakPropertyTests.SplitMix(state: seed)
        var kills: [Moment: Int] = [:]
        let micros = UInt32(min(max(slowest, 0.05), 5) * 1_000_000)
        for round in 0..<(Self.schedule.count * 14) {
            // Always the other site, so that every build that is not killed swaps.
            let version = 1 - current
            try setVersion(version, in: folder)
            let moment = Self.schedule[round % Self.schedule.count]
            let before = marker(output)
            let build = try start(folder, output: "Output")
            switch moment {
            case .beforeTheSwap:
                usleep(UInt32.random(in: 0..<micros, using: &generator))
            case .atTheSwap:
                waitForTheSwap(build, output: output, before: before, limit: 10)
            case .afterTheSwap:
                waitForTheSwap(build, output: output, before: before, limit: 10)
                usleep(UInt32.random(in: 0..<(micros / 4 + 1), using: &generator))
            case .never:
                build.waitUntilExit()
                #expect(
                    build.terminationStatus == 0, "round \(round): a build after kills failed (\(replay))")
            }
            if build.isRunning {
                kill(build.processIdentifier, SIGKILL)
                kills[moment, default: 0] += 1
            }
            build.waitUntilExit()
            let found = snapshot(output)
            let whole = sites.firstIndex(of: found)
            #expect(
                whole != nil,
                """
                round \(round), kill \(moment): Output is \
                \(found.isEmpty ? "missing or empty" : "neither site (\(found.count) files)") (\(replay))
                """)
            current = whole ?? current
        }
        // The next build after all that still produces the right site.
        try setVersion(1, in: folder)
        let last = try start(folder, output: "Output")
        last.waitUntilExit()
        #expect(last.terminationStatus == 0, "\(replay)")
        #expect(snapshot(output) == sites[1], "the build after the kills is wrong (\(replay))")
        #expect(kills.values.reduce(0, +) > 0, "no build was killed; the test proved nothing (\(replay))")
        #expect(kills[.beforeTheSwap, default: 0] > 0, "no build was killed before its swap (\(replay))")
    }
}
