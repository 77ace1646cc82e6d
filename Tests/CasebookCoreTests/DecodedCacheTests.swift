import Foundation
import Testing

@testable import CasebookCore

@Suite struct DecodedCacheTests {
    static let caseText = """
        ---
        name: "Ana Example"
        country: Kazakhstan
        status: pre-trial-detention
        detained: 2019-03
        charges: ["Art. 174 (inciting discord)"]
        un_decisions:
          - body: UN Working Group on Arbitrary Detention
            reference: "Opinion No. 1/2020"
            date: 2020-05-01
        timeline:
          - date: 2019-03-02
            event: "Arrested in *Almaty*."
            source: https://example.org/a
        tags: [journalists]
        photo: {file: photos/ana.jpg, alt: "A drawing of Ana", credit: Studio}
        ---
        Body.
        """

    static let releaseText = """
        ---
        title: "A release"
        date: 2026-11-30
        place: Warsaw
        embargo: 2026-11-30 09:00
        read_also:
          - ana-example
          - title: "Elsewhere"
            url: https://example.org/x
        ---
        Body.
        """

    /// Counts the decodes it is asked for.
    final class Counter: @unchecked Sendable {
        var count = 0
    }

    /// Saves a cache in `folder` holding what decoding the case file at `path` gave.
    static func saveCase(_ decoded: (CaseFile, [LoadError]), at path: String, in folder: String) {
        let cache = DecodedCache(folder: folder, fileHashes: [path: "h1"])
        _ = cache.caseFile(at: path) { decoded }
        cache.save(to: folder)
    }

    /// Asks a new cache read from `folder` for the unchanged case file at `path`; returns what it
    /// gave and how often it had to decode (`fallback`) instead.
    static func reloadCase(
        at path: String, in folder: String, fallback: (CaseFile, [LoadError])
    ) -> (item: CaseFile, problems: [LoadError], decodes: Int) {
        let counter = Counter()
        let cache = DecodedCache(folder: folder, fileHashes: [path: "h1"])
        let (item, problems) = cache.caseFile(at: path) {
            counter.count += 1
            return fallback
        }
        return (item, problems, counter.count)
    }

    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "casebook-decoded-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func unchangedFilesAreTakenFromTheCacheWithEveryField() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let decoded = CaseFileDecoder.decode(Self.caseText, path: "c/ana-example.md", slug: "ana-example")
        #expect(decoded.1.isEmpty)
        Self.saveCase(decoded, at: "c/ana-example.md", in: folder)

        let (reused, problems, decodes) = Self.reloadCase(
            at: "c/ana-example.md", in: folder, fallback: decoded)
        #expect(decodes == 0)
        #expect(problems.isEmpty)
        #expect(reused == decoded.0)
        #expect(!reused.locations.isEmpty && !reused.timeline.isEmpty && !reused.unDecisions.isEmpty)
        #expect(reused.photo?.credit == "Studio" && reused.photo?.location.line == 16)
        // The table of key locations, read from the cache only when asked, is the decoded one.
        #expect(reused.locations.count == decoded.0.locations.count)
        for (key, location) in decoded.0.locations.all {
            #expect(reused.locations[key] == location, "\(key)")
        }
    }

    @Test func everyFieldOfAReleaseSurvives() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Warsaw"))
        var release = ReleaseDecoder.decode(Self.releaseText, path: "r/a.md", slug: "a", siteZone: zone).0
        release.contactIDs = ["ana", "ben"]
        release.bareReadAlsoIndices = [0, 3]
        release.readAlso.append(.release("b"))
        release.locations["elsewhere"] = SourceLocation(path: "Content/site.yaml", line: 3, column: 7)
        release.source.bodyIsOnDisk = true
        #expect(release.embargo != nil)
        var writer = RecordWriter()
        writer.release(release)
        var reader = RecordReader(writer.bytes[...])
        #expect(reader.release() == release)
        #expect(reader.isAtEnd)
    }

    @Test func truncatedRecordsAreNotRead() {
        let decoded = CaseFileDecoder.decode(Self.caseText, path: "c/ana-example.md", slug: "ana-example").0
        var writer = RecordWriter()
        writer.caseFile(decoded)
        for cut in stride(from: 0, to: writer.bytes.count, by: 7) {
            var reader = RecordReader(writer.bytes[..<cut])
            #expect(reader.caseFile() == nil)
        }
    }

    @Test func changedFilesAndOtherZonesAreDecodedAgain() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zone = try #require(TimeZone(identifier: "Europe/Warsaw"))
        let decoded = ReleaseDecoder.decode(Self.releaseText, path: "r/a.md", slug: "a", siteZone: zone)
        #expect(decoded.1.isEmpty)
        let first = DecodedCache(folder: folder, fileHashes: ["r/a.md": "h1"])
        _ = first.release(at: "r/a.md", zone: zone) { decoded }
        first.save(to: folder)

        let counter = Counter()
        let changed = DecodedCache(folder: folder, fileHashes: ["r/a.md": "h2"])
        _ = changed.release(at: "r/a.md", zone: zone) {
            counter.count += 1
            return decoded
        }
        let otherZone = DecodedCache(folder: folder, fileHashes: ["r/a.md": "h1"])
        _ = otherZone.release(at: "r/a.md", zone: try #require(TimeZone(identifier: "Asia/Almaty"))) {
            counter.count += 1
            return decoded
        }
        let same = DecodedCache(folder: folder, fileHashes: ["r/a.md": "h1"])
        _ = same.release(at: "r/a.md", zone: zone) {
            counter.count += 1
            return decoded
        }
        #expect(counter.count == 2)
    }

    @Test func aDamagedCacheFileIsNotRead() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let decoded = CaseFileDecoder.decode(Self.caseText, path: "c/ana-example.md", slug: "ana-example")
        Self.saveCase(decoded, at: "c/ana-example.md", in: folder)
        // Change one letter of the name inside the file, keeping every length the same.
        let path = folder + "/decoded-cache"
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let name = Data("Ana Example".utf8)
        let range = try #require(bytes.range(of: name))
        bytes[range.lowerBound] = UInt8(ascii: "E")
        try bytes.write(to: URL(fileURLWithPath: path))

        let (item, _, decodes) = Self.reloadCase(at: "c/ana-example.md", in: folder, fallback: decoded)
        #expect(decodes == 1)
        #expect(item.name == "Ana Example")
    }

    @Test func filesWithProblemsAreNotKept() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = CaseFileDecoder.decode("---\nname: [\n---\n", path: "c/b.md", slug: "b")
        #expect(!broken.1.isEmpty)
        Self.saveCase(broken, at: "c/b.md", in: folder)
        let (_, problems, decodes) = Self.reloadCase(at: "c/b.md", in: folder, fallback: broken)
        #expect(decodes == 1)
        #expect(problems == broken.1)
    }

    /// The cache file's checksum is taken as the file is written, piece by piece; read back,
    /// it is taken over the whole payload. Both must agree wherever the pieces end.
    @Test func aChecksumTakenPieceByPieceIsTheWholeOnes() {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0..<100, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            var checksum = StableHash.Checksum()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + Int.random(in: 0...11, using: &generator))
                bytes[start..<end].withUnsafeBytes { checksum.add($0) }
                start = end
            }
            #expect(checksum.hex == StableHash.checksum(of: bytes[...]), "\(bytes)")
        }
        #expect(
            StableHash.checksum(of: [1, 2, 3, 4, 5, 6, 7, 8, 9])
                != StableHash.checksum(of: [1, 2, 3, 4, 5, 6, 7, 9, 8]))
    }
}
