import Foundation

/// Reuses the Markdown lint reports of files whose bytes did not change since the last build:
/// scanning every body was a quarter of a rebuild that changed one file.
///
/// Reports are kept by the hash of the whole file, as one line of text each, in the build state;
/// beside them, for each file whose body gave no problem, the digest of the index it was
/// checked against: such a body is not checked again while both are the same.
final class LintCache: LintReports, @unchecked Sendable {
    private let previous: [String: String]
    private let previousPassed: [String: String]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    private var used: [String: String] = [:]
    private var passed: [String: String] = [:]

    /// A cache of `previous` encoded reports by file hash, and of the index digests the bodies
    /// with those hashes passed against (`passed`), for files with the given hashes.
    init(previous: [String: String], passed: [String: String] = [:], fileHashes: [String: String]) {
        self.previous = previous
        self.previousPassed = passed
        self.fileHashes = fileHashes
    }

    /// The reports this build used, for the next one.
    var entries: [String: String] { lock.withLock { used } }

    /// The index digests the bodies of this build passed against, by file hash, for the next one.
    var passedEntries: [String: String] { lock.withLock { passed } }

    func bodyPassed(path: String, index: String) -> Bool {
        // The report is kept too: it is what the next build checks when the index changes.
        guard let hash = fileHashes[path], previousPassed[hash] == index, let line = previous[hash] else {
            return false
        }
        lock.withLock {
            used[hash] = line
            passed[hash] = index
        }
        return true
    }

    func notePassed(path: String, index: String) {
        guard let hash = fileHashes[path] else { return }
        lock.withLock { passed[hash] = index }
    }

    /// The lint report of the body of the file at `path`.
    func report(for body: String, path: String) -> MarkdownLintReport {
        report(path: path, inspect: { MarkdownLintReport.inspect(body) })
    }

    func keep(path: String, line: String) {
        guard let hash = fileHashes[path] else { return }
        lock.withLock { used[hash] = line }
    }

    /// The lint report of the file at `path`, made by `inspect` only when it is not cached.
    func report(path: String, inspect: () -> MarkdownLintReport) -> MarkdownLintReport {
        guard let hash = fileHashes[path] else { return inspect() }
        if let line = previous[hash], let report = MarkdownLintReport(cacheLine: line) {
            lock.withLock { used[hash] = line }
            return report
        }
        let report = inspect()
        if let line = report.cacheLine { lock.withLock { used[hash] = line } }
        return report
    }
}

extension MarkdownLintReport {
    /// Inspects a body (the uncached way).
    static func inspect(_ body: String) -> MarkdownLintReport { MarkdownLint.inspect(body) }
}
