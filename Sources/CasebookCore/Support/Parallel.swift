import Dispatch
import Foundation

/// Runs work over a list on several threads, stopping at the first error.
enum Parallel {
    /// The number of threads work is spread over by default: the machine's cores.
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `elements.map(transform)`, computed `jobs` at a time; the results keep the input order.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int = defaultJobs, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = ResultSlots<Result>(count: elements.count)
        // Nothing in `transform` throws, so forEach can only return normally.
        try? forEach(Array(elements.indices), jobs: jobs) { index in
            results.set(index, transform(elements[index]))
        }
        return results.values
    }

    /// Calls `body` for every element, `jobs` at a time; rethrows the first error.
    static func forEach<Element: Sendable>(
        _ elements: [Element], jobs: Int, _ body: @Sendable (Element) throws -> Void
    ) throws {
        if jobs <= 1 || elements.count < 2 {
            for element in elements { try body(element) }
            return
        }
        let state = ParallelState()
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: min(jobs, elements.count)) { _ in
                while let index = state.next(limit: elements.count) {
                    do {
                        try body(elements[index])
                    } catch {
                        state.fail(error)
                    }
                }
            }
        }
        if let error = state.error { throw error }
    }
}

/// The shared counter and first error of a parallel loop.
private final class ParallelState: @unchecked Sendable {
    private let lock = NSLock()
    private var index = 0
    private(set) var error: Error?

    func next(limit: Int) -> Int? {
        lock.withLock {
            guard error == nil, index < limit else { return nil }
            defer { index += 1 }
            return index
        }
    }

    func fail(_ failure: Error) {
        lock.withLock { if error == nil { error = failure } }
    }
}

/// One result slot per input, filled from several threads.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
