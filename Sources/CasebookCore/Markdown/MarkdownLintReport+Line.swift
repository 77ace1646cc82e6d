/// A report as one line of text, the form in which the incremental cache keeps it and the
/// loader hands it to the checks (`BodyInspections`): its findings, and the links a check can
/// find fault with (`MarkdownLinkDestination.mayBeFaulted`). Most links of a body point to
/// other sites; kept, they made a 2,000-case site's reports 2 MB and the loader's copy of them
/// 6 MB of a build's memory.
extension MarkdownLintReport {
    // Records are separated by U+001E and fields by U+001F, which no label or URL holds in
    // practice; a report that does hold one is simply not cached.

    /// The report as one line, less the links no check looks at, or nil when it cannot be
    /// written as one.
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
                // A line break or tab would break the line, a U+001E or U+001F the record: such a
                // report has no line, so that every line reads back as the report it was made of.
                for byte in bytes
                where byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x1E || byte == 0x1F {
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
        for link in links where link.mayBeFaulted {
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
