import Foundation
import Testing

@testable import CasebookCore

/// The build state and render cache are read back field by field from their bytes: every value
/// a build saves comes back as it was, and a damaged line is never half believed.
@Suite struct BuildStateFileTests {
    static func sample() -> BuildState {
        var state = BuildState(
            key: "k1", id: "build-7", validFrom: Date(timeIntervalSince1970: 1_700_000_000.5),
            validUntil: nil, outputFiles: 3029,
            inputs: [
                "Content/cases/a.md": InputStamp(
                    size: 1234, modified: 1_764_000_000_123_456_789, changed: 1_764_000_000_223_456_789,
                    inode: 42, hash: "00ff00ff00ff00ff"),
                // Before 1970, and an inode number using all 64 bits, as an overlay file system gives.
                "Content/cases/b.ru.md": InputStamp(
                    size: 0, modified: -86_400_000_000_000, changed: 0, inode: UInt64.max,
                    hash: "ffffffffffffffff"),
            ],
            scanStart: 1_764_000_001_000_000_000)
        state.pages = ["index.html": "0123456789abcdef", "cases/a/index.html": "fedcba9876543210"]
        state.lint = ["00ff00ff00ff00ff": "3:1 heading levels skip"]
        state.passed = ["00ff00ff00ff00ff": "index-digest"]
        state.digests = ["cases/a json": "aa"]
        state.generations = OutputGenerations(
            build: 7, output: ["index.html": 7, "cases/a/index.html": 3], spareID: "build-6",
            spare: ["index.html": 6])
        return state
    }

    @Test func everySavedValueIsReadBack() throws {
        let folder = try TestSupport.temporaryFolder("build-state")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let state = Self.sample()
        state.save(to: folder)
        var loaded = try #require(BuildState.load(from: folder))
        #expect(loaded.inputs == state.inputs)
        #expect(loaded.pages.isEmpty, "the render cache is read only when asked for")
        loaded.loadRenderCache(from: folder)
        loaded.generations = try #require(BuildState.generations(in: folder, id: loaded.id))
        #expect(loaded == state)
    }

    @Test func aDamagedNumberMakesTheStateUnknown() throws {
        let folder = try TestSupport.temporaryFolder("build-state")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        Self.sample().save(to: folder)
        let path = folder + "/build-state"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for damaged in ["1234", "42", "-86400000000000"] {
            let broken = text.replacingOccurrences(of: "\t\(damaged)\t", with: "\t\(damaged)x\t")
            #expect(broken != text)
            try broken.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(BuildState.load(from: folder) == nil, "\(damaged)x")
        }
        // One more digit than 64 bits hold.
        try text.replacingOccurrences(of: "\t\(UInt64.max)\t", with: "\t\(UInt64.max)0\t")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(BuildState.load(from: folder) == nil)
    }

    @Test func aRenderCacheOfAnotherBuildAddsNothing() throws {
        let folder = try TestSupport.temporaryFolder("build-state")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        Self.sample().save(to: folder)
        var other = try #require(BuildState.load(from: folder))
        other.id = "build-8"
        other.loadRenderCache(from: folder)
        #expect(other.pages.isEmpty && other.lint.isEmpty && other.generations == OutputGenerations())
    }

    /// The file versions are read alone, before the render cache, and only as the build that
    /// saved them; a damaged line makes them unknown rather than half read.
    @Test func theFileVersionsAreReadAloneAndOnlyAsTheirBuilds() throws {
        let folder = try TestSupport.temporaryFolder("build-state")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let state = Self.sample()
        state.save(to: folder)
        #expect(BuildState.generations(in: folder, id: "build-7") == state.generations)
        #expect(BuildState.generations(in: folder, id: "build-8") == nil)
        // The render cache leaves them to that one reading.
        var loaded = try #require(BuildState.load(from: folder))
        loaded.loadRenderCache(from: folder)
        #expect(loaded.generations == OutputGenerations() && loaded.pages == state.pages)
        let path = folder + "/output-versions"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\nO\t", with: "\nO\t\t").write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(BuildState.generations(in: folder, id: "build-7") == nil)
    }
}
