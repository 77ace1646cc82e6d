import Testing

@testable import CasebookCore

@Suite struct BodyStoreTests {
    @Test func bodiesLeftOnDiskComeBackTheSame() throws {
        let content = TestSupport.fixtures + "/golden/Content"
        let kept = ContentLoader().load(from: content).content
        let light = ContentLoader(keepsBodies: false).load(from: content).content
        #expect(light.cases.allSatisfy { $0.body.isEmpty && $0.source.bodyIsOnDisk })
        #expect(light.releases.allSatisfy { $0.body.isEmpty && $0.source.bodyIsOnDisk })
        let store = BodyStore()
        #expect(light.cases.map { store.withBody($0) } == kept.cases)
        #expect(light.releases.map { store.withBody($0) } == kept.releases)
        #expect(kept.cases.contains { $0.body.contains("Aliya Testova was arrested") })
        // A page parses its body from the bytes on disk: the same document as from the string.
        for caseFile in light.cases {
            let fromBytes = store.withBody(of: caseFile) { MarkdownParser.parse(bytes: $0, smart: true) }
            #expect(fromBytes == MarkdownParser.parse(store.withBody(caseFile).body, smart: true))
            #expect(!fromBytes.blocks.isEmpty)
        }
    }

    /// The checks read a body left on disk as bytes, with no String made of it: the report is
    /// the one the body as a String gives, for every case and release of the golden site and
    /// for a file with a byte-order mark and CR LF line endings.
    @Test func bodiesReadAsBytesGiveTheSameLintReport() throws {
        let light = ContentLoader(keepsBodies: false).load(from: TestSupport.fixtures + "/golden/Content")
            .content
        let store = BodyStore()
        let sources = light.cases.map(\.source) + light.releases.map(\.source)
        #expect(sources.count > 5)
        for source in sources {
            let fromBytes = store.withBodyBytes(of: source, MarkdownLint.inspect(bytes:))
            #expect(fromBytes != nil)
            #expect(fromBytes == MarkdownLint.inspect(store.body(of: source, inMemory: "")), "\(source.path)")
        }
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/crlf.md"
        let text = "\u{FEFF}---\r\nname: X\r\n---\r\nSee [^1] and <b>this</b>.\r\n\r\n[^2]: Unused.\r\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var source = SourceFile(path: path, bodyStartLine: 4)
        source.bodyIsOnDisk = true
        let report = store.withBodyBytes(of: source, MarkdownLint.inspect(bytes:))
        #expect(report == MarkdownLint.inspect(store.body(of: source, inMemory: "")))
        // A note never defined, one never used, and the tag's two halves.
        #expect(report?.findings.count == 4)
        #expect(report?.findings.contains { $0.kind == .undefinedFootnote(label: "1") } == true)
        #expect(report?.findings.contains { $0.kind == .unreferencedFootnote(label: "2") } == true)
        // A body the loader kept is not read again.
        source.bodyIsOnDisk = false
        #expect(store.withBodyBytes(of: source, MarkdownLint.inspect(bytes:)) == nil)
    }
}
