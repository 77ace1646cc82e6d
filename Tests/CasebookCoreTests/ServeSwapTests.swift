import CasebookCore
import Foundation
import Testing

@testable import CasebookServe

/// What `casebook serve` reads while a rebuild replaces the site: the old page or the new one,
/// whole, never a mixture or a truncated file.
@Suite struct ServeSwapTests {
    @Test func pagesReadDuringRebuildsAreWholeOldOrNew() throws {
        let folder = try TestSupport.temporaryFolder("serve-swap")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        let casePath = folder + "/Content/cases/aliya-test.md"
        let original = TestSupport.read(casePath)
        // Long bodies, so that writing a page takes long enough for reads to fall inside it.
        func version(_ marker: String) -> String {
            original + "\n"
                + String(repeating: "Paragraph of version \(marker), long enough to matter.\n\n", count: 3000)
        }
        let options = BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
            outputFolder: folder + "/.casebook/serve/public",
            now: try #require(Clock.parseInstant("2026-11-21T12:00:00Z")),
            jobs: 1)
        try version("AAA").write(toFile: casePath, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options)
        let page = options.outputFolder + "/cases/aliya-test/index.html"

        let done = SharedBox(false)
        let reads = SharedBox<[String]>([])
        let reader = Thread {
            var seen: [String] = []
            while !done.value {
                if let bytes = PreviewResponder.readWhole(page) {
                    seen.append(String(decoding: bytes, as: UTF8.self))
                }
            }
            reads.value = seen
        }
        reader.start()
        for round in 0..<8 {
            try version(round % 2 == 0 ? "BBB" : "AAA").write(
                toFile: casePath, atomically: false, encoding: .utf8)
            let report = try SiteBuilder.build(options)
            #expect(report.written > 0)
        }
        done.value = true
        while reads.value.isEmpty { Thread.sleep(forTimeInterval: 0.01) }
        let seen = reads.value
        #expect(seen.count > 10)
        // Reads fell on both sides of the swaps.
        #expect(seen.contains { $0.contains("version AAA") } && seen.contains { $0.contains("version BBB") })
        for text in seen {
            let a = text.contains("version AAA"), b = text.contains("version BBB")
            #expect(a != b, "one version, not a mixture")
            #expect(text.hasSuffix("</html>\n"), "a whole page")
        }
    }
}

/// A value shared between the test and its reading thread.
final class SharedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
