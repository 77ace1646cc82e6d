import Foundation

/// Work done on a thread of its own while the caller goes on with its own; `wait` returns the
/// result once it is there.
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let finished = NSCondition()
    private var result: Result?

    /// Starts `work` at once on a new thread.
    init(_ work: @escaping @Sendable () -> Result) {
        Thread { [self] in
            let value = work()
            finished.withLock {
                result = value
                finished.broadcast()
            }
        }.start()
    }

    /// Waits until the work is done, and returns its result.
    func wait() -> Result {
        finished.withLock {
            while true {
                if let result { return result }
                finished.wait()
            }
        }
    }
}
