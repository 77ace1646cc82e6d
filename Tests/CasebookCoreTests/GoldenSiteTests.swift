import Foundation
import Testing

@testable import CasebookCore

/// Builds the fixture site and compares every output file with the committed expected files.
///
/// Re-record on purpose with `make record` (CASEBOOK_RECORD=1), then read the diff before
/// committing. Recording is refused on CI, so a red test can never turn itself green there.
@Suite struct GoldenSiteTests {
    static let site = TestSupport.fixtures + "/golden"
    static let now = Clock.parseInstant("2026-11-21T12:00:00Z") ?? Date()

    @Test func publicBuildMatchesTheExpectedFiles() throws {
        try compare(review: false, expected: Self.site + "/expected-public")
    }

    @Test func reviewBuildMatchesTheExpectedFiles() throws {
        try compare(review: true, expected: Self.site + "/expected-review")
    }

    func compare(review: Bool, expected: String) throws {
        let output = try TestSupport.temporaryFolder("golden") + "/Output"
        let options = BuildOptions(
            contentFolder: Self.site + "/Content", templatesFolder: Self.site + "/Templates",
            outputFolder: output, review: review, now: Self.now, jobs: 2)
        _ = try SiteBuilder.build(options)
        let built = TestSupport.files(under: output).filter { $0 != OutputWriter.markerName }

        let environment = ProcessInfo.processInfo.environment
        if environment["CASEBOOK_RECORD"] == "1" {
            try #require(environment["CI"] == nil, "golden files are never re-recorded on CI")
            try? FileManager.default.removeItem(atPath: expected)
            for path in built {
                let target = URL(fileURLWithPath: expected + "/" + path)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: output + "/" + path, toPath: target.path)
            }
            return
        }
        #expect(built == TestSupport.files(under: expected), "the set of files differs from \(expected)")
        for path in built {
            let actual = TestSupport.read(output + "/" + path)
            let wanted = TestSupport.read(expected + "/" + path)
            #expect(actual == wanted, "\(path) differs from the golden file")
        }
    }
}
