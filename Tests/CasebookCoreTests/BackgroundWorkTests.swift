import Foundation
import Testing

@testable import CasebookCore

@Suite struct BackgroundWorkTests {
    /// The thread a value was freed on, read once `freed` is signalled.
    final class FreedOn: @unchecked Sendable {
        var thread = ""
    }

    /// Notes the thread it is freed on.
    final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let freedOn: FreedOn
        init(freed: DispatchSemaphore, freedOn: FreedOn) {
            self.freed = freed
            self.freedOn = freedOn
        }
        deinit {
            freedOn.thread = Thread.current.description
            freed.signal()
        }
    }

    @Test func workRunsOnAnotherThreadAndEveryWaitGetsItsResult() {
        let caller = Thread.current.description
        let work = BackgroundWork { Thread.current.description }
        let first = work.wait()
        #expect(first != caller)
        #expect(work.wait() == first)
    }

    @Test func leftoversAreFreedOnAnotherThread() {
        let freed = DispatchSemaphore(value: 0)
        let freedOn = FreedOn()
        let leftovers = Leftovers()
        leftovers.keep([Tracked(freed: freed, freedOn: freedOn)])
        let caller = Thread.current.description
        leftovers.letGoInBackground()
        #expect(freed.wait(timeout: .now() + 10) == .success)
        #expect(freedOn.thread != caller)
    }
}
