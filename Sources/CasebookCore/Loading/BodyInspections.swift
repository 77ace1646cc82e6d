import Foundation

/// The lint reports of the bodies a loader reads, made while each file's bytes are in memory and
/// gathered from every thread that reads files.
final class BodyInspections: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String: InspectedBody] = [:]

    /// Inspects the body of `text`, the checked text of the file at `path`, if it has one.
    func inspect(_ text: ContentText, path: String) {
        guard let body = FrontmatterSplitter.bodyOffsets(in: text) else { return }
        let report = text.withBytes { MarkdownLint.inspect(bytes: UnsafeBufferPointer(rebasing: $0[body])) }
        let inspected = report.cacheLine.map(InspectedBody.line) ?? .report(report)
        lock.withLock { found[path] = inspected }
    }

    /// The reports so far, by path.
    var reports: [String: InspectedBody] { lock.withLock { found } }
}

/// A body's lint report as the loader keeps it until the checks: as its one line of text
/// (`MarkdownLintReport.cacheLine`), a single string of what the checks look at, where it can
/// be one. A site's reports kept whole, as values, took 6 MB more of a 2,000-case build's memory.
enum InspectedBody: Sendable {
    case line(String)
    /// A report that cannot be written as one line.
    case report(MarkdownLintReport)

    /// The report, less the links no check looks at: every line `cacheLine` writes reads back.
    var report: MarkdownLintReport {
        switch self {
        case .line(let line):
            guard let report = MarkdownLintReport(cacheLine: line) else {
                preconditionFailure("a lint report's line did not read back: \(line)")
            }
            return report
        case .report(let report): return report
        }
    }
}
