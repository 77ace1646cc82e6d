import CasebookCore
import Foundation

/// What the server shows now: the last good build's folder and base path, or the errors of
/// the last build, with a version that changes whenever either changes.
final class PreviewState: @unchecked Sendable {
    /// One moment of the state, read under the lock.
    struct Snapshot: Sendable {
        /// Bumped after every build that changed what a page shows.
        var version: Int
        /// The site's path on the server, from base_url.
        var basePath: String
        /// The problems that stopped the last build; empty when it succeeded.
        var errors: [Diagnostic]
    }

    private let lock = NSLock()
    private var current = Snapshot(version: 0, basePath: "/", errors: [])
    private var subscribers: [UUID: AsyncStream<Int>.Continuation] = [:]

    /// The state now.
    var snapshot: Snapshot { lock.withLock { current } }

    /// Records a successful build; tells open pages to reload when it changed anything.
    func built(basePath: String, changed: Bool) {
        publish { state in
            let changes = changed || !state.errors.isEmpty || state.basePath != basePath
            state.basePath = basePath
            state.errors = []
            return changes
        }
    }

    /// Records a failed build; open pages reload to show its errors.
    func failed(_ diagnostics: [Diagnostic]) {
        publish { state in
            guard state.errors != diagnostics else { return false }
            state.errors = diagnostics
            return true
        }
    }

    /// A stream of versions for one open page, starting with the current one.
    func subscribe() -> AsyncStream<Int> {
        let id = UUID()
        return AsyncStream { continuation in
            let version = lock.withLock {
                subscribers[id] = continuation
                return current.version
            }
            continuation.yield(version)
            continuation.onTermination = { [weak self] _ in
                self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
            }
        }
    }

    /// Ends every stream, so that connections close when the server stops.
    func finishAll() {
        let all = lock.withLock { Array(subscribers.values) }
        for continuation in all { continuation.finish() }
    }

    private func publish(_ change: (inout Snapshot) -> Bool) {
        let (version, listeners): (Int?, [AsyncStream<Int>.Continuation]) = lock.withLock {
            guard change(&current) else { return (nil, []) }
            current.version += 1
            return (current.version, Array(subscribers.values))
        }
        guard let version else { return }
        for listener in listeners { listener.yield(version) }
    }
}
