import Foundation

/// Reuses the Markdown lint reports of files whose bytes did not change since the last build:
/// scanning every body was a quarter of a rebuild that changed one file.
///
/// Reports are kept by the hash of the whole file, as one line of text each, in the build state.
final class LintCache: @unchecked Sendable {
    private let previous: [String: String]
    private let fileHashes: [String: String]
    private let lock = NSLock()
    private var used: [String: String] = [:]

    /// A cache of `previous` encoded reports by file hash, for files with the given hashes.
    init(previous: [String: String], fileHashes: [String: String]) {
        self.previous = previous
        self.fileHashes = fileHashes
    }

    /// The reports this build used, for the next one.
    var entries: [String: String] { lock.withLock { used } }

    /// The lint report of the body of the file at `path`.
    func report(for body: String, path: String) -> MarkdownLintReport {
        guard let hash = fileHashes[path] else { return MarkdownLintReport.inspect(body) }
        if let line = previous[hash], let report = MarkdownLintReport(cacheLine: line) {
            lock.withLock { used[hash] = line }
            return report
        }
        let report = MarkdownLintReport.inspect(body)
        if let line = report.cacheLine { lock.withLock { used[hash] = line } }
        return report
    }
}

extension MarkdownLintReport {
    /// Inspects a body (the uncached way).
    static func inspect(_ body: String) -> MarkdownLintReport { MarkdownLint.inspect(body) }

    // Records are separated by U+001E and fields by U+001F, which no label or URL holds in
    // practice; a report that does hold one is simply not cached.
    private static let recordSeparator: Character = "\u{1E}"
    private static let fieldSeparator: Character = "\u{1F}"

    /// The report as one line, or nil when it cannot be written as one.
    var cacheLine: String? {
        var records: [String] = []
        for finding in findings {
            let (kind, text): (String, String)
            switch finding.kind {
            case .undefinedFootnote(let label): (kind, text) = ("u", label)
            case .unreferencedFootnote(let label): (kind, text) = ("r", label)
            case .duplicateFootnote(let label): (kind, text) = ("d", label)
            case .rawHTML(let tag): (kind, text) = ("h", tag)
            }
            records.append(["f", kind, String(finding.line), String(finding.column), text].joined(separator: "\u{1F}"))
        }
        for link in links {
            let kind = link.isImage ? "i" : "l"
            records.append(["k", kind, String(link.line), String(link.column), link.destination].joined(separator: "\u{1F}"))
        }
        let line = records.joined(separator: "\u{1E}")
        let forbidden: Set<Character> = ["\n", "\r", "\t"]
        guard !line.contains(where: forbidden.contains) else { return nil }
        let fieldCount = line.filter { $0 == Self.fieldSeparator }.count
        guard fieldCount == records.count * 4 else { return nil }
        return "=" + line
    }

    /// Reads a report written by `cacheLine`.
    init?(cacheLine: String) {
        guard cacheLine.first == "=" else { return nil }
        var findings: [MarkdownLintFinding] = []
        var links: [MarkdownLinkDestination] = []
        for record in cacheLine.dropFirst().split(separator: Self.recordSeparator) {
            let fields = record.split(separator: Self.fieldSeparator, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let line = Int(fields[2]), let column = Int(fields[3]) else { return nil }
            switch (fields[0], fields[1]) {
            case ("f", "u"): findings.append(.init(.undefinedFootnote(label: fields[4]), line: line, column: column))
            case ("f", "r"): findings.append(.init(.unreferencedFootnote(label: fields[4]), line: line, column: column))
            case ("f", "d"): findings.append(.init(.duplicateFootnote(label: fields[4]), line: line, column: column))
            case ("f", "h"): findings.append(.init(.rawHTML(tag: fields[4]), line: line, column: column))
            case ("k", let kind): links.append(.init(fields[4], isImage: kind == "i", line: line, column: column))
            default: return nil
            }
        }
        self.init(findings: findings, links: links)
    }
}
