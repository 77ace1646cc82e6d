import Foundation
import Testing

/// A build killed at any moment leaves the old site or the new one, never a mix.
@Suite struct KillTests {
    /// Every file of a folder, by path.
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
            version == 1
            ? original : original.replacingOccurrences(of: "Aliya Testova", with: "Aliya Testowa")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func killedBuildsLeaveAWholeSite() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary))
        let folder = try TestSupport.temporaryFolder("kill")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        // The two whole sites, built apart.
        var sites: [[String: String]] = []
        for version in [1, 2] {
            try setVersion(version, in: folder)
            let build = try start(folder, output: "Site\(version)")
            build.waitUntilExit()
            try #require(build.terminationStatus == 0)
            sites.append(snapshot(folder + "/Site\(version)"))
        }
        #expect(sites[0] != sites[1])

        var generator = NoLeakPropertyTests.SplitMix(state: 42)
        var killed = 0
        for round in 0..<16 {
            try setVersion(round % 2 == 0 ? 1 : 2, in: folder)
            let build = try start(folder, output: "Output")
            usleep(UInt32.random(in: 0..<120_000, using: &generator))
            if build.isRunning {
                kill(build.processIdentifier, SIGKILL)
                killed += 1
            }
            build.waitUntilExit()
            let output = snapshot(folder + "/Output")
            if !output.isEmpty {
                #expect(output == sites[0] || output == sites[1], "round \(round): Output is neither site")
            }
        }
        // The next build after all that still produces the right site.
        try setVersion(2, in: folder)
        let last = try start(folder, output: "Output")
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(snapshot(folder + "/Output") == sites[1])
        #expect(killed > 0, "no build was killed; the test proved nothing")
    }
}
