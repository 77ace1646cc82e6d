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

    // Records are separated by U+001E and fields by U+001F, which no label or URL holds in
    // practice; a report that does hold one is simply not cached.

    /// The report as one line, or nil when it cannot be written as one.
    var cacheLine: String? {
        // Written as bytes in one buffer (it runs for every file a build checks, once for each
        // of its links): a record's five fields joined by U+001F, records joined by U+001E,
        // after "=".
        var line: [UInt8] = [UInt8(ascii: "=")]
        line.reserveCapacity(64 * (findings.count + links.count) + 1)
        func add(_ group: UInt8, _ kind: UInt8, _ number: Int, _ column: Int, _ text: String) -> Bool {
            if line.count > 1 { line.append(0x1E) }
            line.append(group)
            line.append(0x1F)
            line.append(kind)
            line.append(0x1F)
            line.append(decimal: number)
            line.append(0x1F)
            line.append(decimal: column)
            line.append(0x1F)
            var text = text
            return text.withUTF8 { bytes in
                // A line break or tab would break the line, a U+001F the record: not cached.
                for byte in bytes where byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x1F {
                    return false
                }
                line.append(contentsOf: bytes)
                return true
            }
        }
        for finding in findings {
            let (kind, text): (UInt8, String)
            switch finding.kind {
            case .undefinedFootnote(let label): (kind, text) = (UInt8(ascii: "u"), label)
            case .unreferencedFootnote(let label): (kind, text) = (UInt8(ascii: "r"), label)
            case .duplicateFootnote(let label): (kind, text) = (UInt8(ascii: "d"), label)
            case .rawHTML(let tag): (kind, text) = (UInt8(ascii: "h"), tag)
            }
            guard add(UInt8(ascii: "f"), kind, finding.line, finding.column, text) else { return nil }
        }
        for link in links {
            let kind = link.isImage ? UInt8(ascii: "i") : UInt8(ascii: "l")
            guard add(UInt8(ascii: "k"), kind, link.line, link.column, link.destination) else { return nil }
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// Reads a report written by `cacheLine`, on UTF-8 bytes: thousands are read per build.
    init?(cacheLine: String) {
        let bytes = Array(cacheLine.utf8)
        guard bytes.first == UInt8(ascii: "=") else { return nil }
        var findings: [MarkdownLintFinding] = []
        var links: [MarkdownLinkDestination] = []
        for record in bytes.dropFirst().split(separator: 0x1E) {
            let fields = record.split(separator: 0x1F, omittingEmptySubsequences: false)
            guard fields.count == 5, let line = Int(String(decoding: fields[2], as: UTF8.self)),
                let column = Int(String(decoding: fields[3], as: UTF8.self)), fields[0].count == 1,
                fields[1].count == 1, let group = fields[0].first, let kind = fields[1].first
            else { return nil }
            let text = String(decoding: fields[4], as: UTF8.self)
            switch (group, kind) {
            case (UInt8(ascii: "f"), UInt8(ascii: "u")):
                findings.append(.init(.undefinedFootnote(label: text), line: line, column: column))
            case (UInt8(ascii: "f"), UInt8(ascii: "r")):
                findings.append(.init(.unreferencedFootnote(label: text), line: line, column: column))
            case (UInt8(ascii: "f"), UInt8(ascii: "d")):
                findings.append(.init(.duplicateFootnote(label: text), line: line, column: column))
            case (UInt8(ascii: "f"), UInt8(ascii: "h")):
                findings.append(.init(.rawHTML(tag: text), line: line, column: column))
            case (UInt8(ascii: "k"), _):
                links.append(.init(text, isImage: kind == UInt8(ascii: "i"), line: line, column: column))
            default: return nil
            }
        }
        self.init(findings: findings, links: links)
    }
}
