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
        let first = DecodedCache(folder: folder, fileHashes: ["c/ana-example.md": "h1"])
        _ = first.caseFile(at: "c/ana-example.md") { decoded }
        first.save(to: folder)

        let counter = Counter()
        let second = DecodedCache(folder: folder, fileHashes: ["c/ana-example.md": "h1"])
        let (reused, problems) = second.caseFile(at: "c/ana-example.md") {
            counter.count += 1
            return decoded
        }
        #expect(counter.count == 0)
        #expect(problems.isEmpty)
        #expect(reused == decoded.0)
        #expect(!reused.locations.isEmpty && !reused.timeline.isEmpty && !reused.unDecisions.isEmpty)
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
        let first = DecodedCache(folder: folder, fileHashes: ["c/ana-example.md": "h1"])
        _ = first.caseFile(at: "c/ana-example.md") { decoded }
        first.save(to: folder)
        // Change one letter of the name inside the file, keeping every length the same.
        let path = folder + "/decoded-cache"
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let name = Data("Ana Example".utf8)
        let range = try #require(bytes.range(of: name))
        bytes[range.lowerBound] = UInt8(ascii: "E")
        try bytes.write(to: URL(fileURLWithPath: path))

        let counter = Counter()
        let second = DecodedCache(folder: folder, fileHashes: ["c/ana-example.md": "h1"])
        let (item, _) = second.caseFile(at: "c/ana-example.md") {
            counter.count += 1
            return decoded
        }
        #expect(counter.count == 1)
        #expect(item.name == "Ana Example")
    }

    @Test func filesWithProblemsAreNotKept() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = CaseFileDecoder.decode("---\nname: [\n---\n", path: "c/b.md", slug: "b")
        #expect(!broken.1.isEmpty)
        let first = DecodedCache(folder: folder, fileHashes: ["c/b.md": "h1"])
        _ = first.caseFile(at: "c/b.md") { broken }
        first.save(to: folder)
        let counter = Counter()
        let second = DecodedCache(folder: folder, fileHashes: ["c/b.md": "h1"])
        let (_, problems) = second.caseFile(at: "c/b.md") {
            counter.count += 1
            return broken
        }
        #expect(counter.count == 1)
        #expect(problems == broken.1)
    }
}
