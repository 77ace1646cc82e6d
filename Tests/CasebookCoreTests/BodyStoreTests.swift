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
    }
}
