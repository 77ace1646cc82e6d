/// Lays out blocks as lines of plain text and numbers the notes their markers refer to.
///
/// The notes are the footnotes, with the numbers cmark-gfm gives them in the HTML, which are in
/// the order of their first reference, so a reader meets them in increasing order. A link whose
/// URL a footnote already gives points to that note; any other link writes its URL after its
/// text, in brackets, rather than taking a number out of reading order.
struct PlainTextWriter {
    let linkResolver: LinkResolver
    /// What ends a line that wrapping broke (see `TextWrapper.wrap`).
    let softBreak: String
    /// Where the language forbids a line break.
    let lineBreaks: LineBreakRules
    /// The footnotes, numbered as in the HTML.
    private(set) var notes: [PlainTextNote] = []
    /// Footnote numbers by the URLs each footnote links to (or is); the first footnote wins.
    var numbersByURL: [String: Int] = [:]

    init(
        footnotes: [Footnote], linkResolver: LinkResolver, softBreak: String = "",
        lineBreaks: LineBreakRules = .none
    ) {
        self.linkResolver = linkResolver
        self.softBreak = softBreak
        self.lineBreaks = lineBreaks
        for footnote in footnotes {
            let text = noteText(for: footnote.blocks)
            notes.append(PlainTextNote(number: footnote.number, text: text))
            for url in linkedURLs(in: footnote.blocks) + [text] where numbersByURL[url] == nil {
                numbersByURL[url] = footnote.number
            }
        }
    }

    /// The number of the footnote that gives `url`, if one does.
    func noteNumber(for url: String) -> Int? {
        numbersByURL[url]
    }

    /// Lines for `blocks` at most `width` columns wide, separated by blank lines unless `tight`.
    mutating func lines(for blocks: [MarkdownBlock], width: Int, tight: Bool) -> [String] {
        var result: [String] = []
        for block in blocks {
            let blockLines = lines(for: block, width: width)
            // Dropped blocks (raw HTML) leave no blank line behind.
            if blockLines.isEmpty { continue }
            if !result.isEmpty && !tight { result.append("") }
            result += blockLines
        }
        return result
    }

    mutating func lines(for block: MarkdownBlock, width: Int) -> [String] {
        switch block {
        case .paragraph(let inlines, _):
            let text = self.text(of: inlines, style: .body)
            return text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
                ? TextWrapper.wrap(text, width: width, softBreak: softBreak, rules: lineBreaks) : []
        case .heading(_, let inlines, _):
            let text = self.text(of: inlines, style: .heading)
            return text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
                ? TextWrapper.wrap(text, width: width, softBreak: softBreak, rules: lineBreaks) : []
        case .list(let ordered, let start, let tight, let items):
            return listLines(ordered: ordered, start: start, tight: tight, items: items, width: width)
        case .blockQuote(let children):
            return indented(lines(for: children, width: max(width - 4, 1), tight: false), by: "    ")
        case .codeBlock(_, let text):
            var codeLines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            }
            while codeLines.last?.isEmpty == true { codeLines.removeLast() }
            return indented(codeLines, by: "    ")
        case .thematicBreak:
            return [String(repeating: " ", count: max(width - 5, 0) / 2) + "* * *"]
        case .table(let alignments, let header, let rows):
            return tableLines(alignments: alignments, header: header, rows: rows, width: width)
        case .html:
            return []
        }
    }

    private mutating func listLines(
        ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]], width: Int
    ) -> [String] {
        let markers = items.indices.map { ordered ? "\(start + $0)." : "-" }
        // Numbers are right-aligned so that every item's text starts in the same column.
        let markerWidth = markers.map(\.utf8.count).max() ?? 1
        let hangingIndent = String(repeating: " ", count: markerWidth + 1)
        var result: [String] = []
        for (index, item) in items.enumerated() {
            let marker =
                String(repeating: " ", count: markerWidth - markers[index].utf8.count) + markers[index]
            let itemLines = lines(for: item, width: max(width - markerWidth - 1, 1), tight: tight)
            if index > 0 && !tight { result.append("") }
            guard let first = itemLines.first else {
                result.append(marker)
                continue
            }
            result.append(first.isEmpty ? marker : marker + " " + first)
            result += indented(itemLines.dropFirst(), by: hangingIndent)
        }
        return result
    }

    private func indented<Lines: Sequence<String>>(_ lines: Lines, by indent: String) -> [String] {
        lines.map { $0.isEmpty ? "" : indent + $0 }
    }
}
