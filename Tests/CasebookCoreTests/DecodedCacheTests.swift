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

    @Test func unchangedFilesAreTakenFromTheCacheWithEveryField() throws {
        let first = DecodedCache(previous: [:], fileHashes: ["c/ana-example.md": "h1"])
        let decoded = CaseFileDecoder.decode(Self.caseText, path: "c/ana-example.md", slug: "ana-example")
        #expect(decoded.1.isEmpty)
        _ = first.item(at: "c/ana-example.md", variant: "case") { decoded }

        let counter = Counter()
        let second = DecodedCache(previous: first.entries, fileHashes: ["c/ana-example.md": "h1"])
        let (reused, problems): (CaseFile, [LoadError]) = second.item(at: "c/ana-example.md", variant: "case")
        {
            counter.count += 1
            return decoded
        }
        #expect(counter.count == 0)
        #expect(problems.isEmpty)
        #expect(reused == decoded.0)
        #expect(second.entries == first.entries)
    }

    @Test func changedFilesAndOtherVariantsAreDecodedAgain() {
        let zone = TimeZone(identifier: "Europe/Warsaw") ?? .current
        let decoded = ReleaseDecoder.decode(Self.releaseText, path: "r/a.md", slug: "a", siteZone: zone)
        #expect(decoded.1.isEmpty)
        let first = DecodedCache(previous: [:], fileHashes: ["r/a.md": "h1"])
        _ = first.item(at: "r/a.md", variant: "release Europe/Warsaw") { decoded }

        let counter = Counter()
        let changed = DecodedCache(previous: first.entries, fileHashes: ["r/a.md": "h2"])
        _ = changed.item(at: "r/a.md", variant: "release Europe/Warsaw") {
            counter.count += 1
            return decoded
        }
        let otherZone = DecodedCache(previous: first.entries, fileHashes: ["r/a.md": "h1"])
        _ = otherZone.item(at: "r/a.md", variant: "release UTC") {
            counter.count += 1
            return decoded
        }
        #expect(counter.count == 2)
    }

    @Test func filesWithProblemsAreNotKept() {
        let broken = CaseFileDecoder.decode("---\nname: [\n---\n", path: "c/b.md", slug: "b")
        #expect(!broken.1.isEmpty)
        let cache = DecodedCache(previous: [:], fileHashes: ["c/b.md": "h1"])
        _ = cache.item(at: "c/b.md", variant: "case") { broken }
        #expect(cache.entries.isEmpty)
    }
}
