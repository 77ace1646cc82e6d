import Foundation

/// The large values of a build (pages, facts, caches), let go of on a thread of their own once
/// the build is over: freeing them took the command a twentieth of a rebuild that changed one
/// file, and the process that ran it usually exits at once.
final class Leftovers: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Any] = []

    /// Holds `values` until `letGoInBackground`.
    func keep(_ values: [Any]) {
        lock.withLock { self.values += values }
    }

    /// Frees what it holds on another thread; it must hold the last reference to them, or the
    /// thread that lets go of the last one frees them.
    func letGoInBackground() {
        guard lock.withLock({ !values.isEmpty }) else { return }
        Thread { [self] in lock.withLock { values = [] } }.start()
    }
}
