extension PlainTextWriter {
    /// A table as aligned columns two spaces apart, with a `-` underline below the header. Columns
    /// wider than the page shrink, widest first, and wrap their cells; a table that cannot fit even
    /// then is written as one `Header: value` line per cell instead.
    mutating func tableLines(
        alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]], width: Int
    ) -> [String] {
        // Markers are numbered in reading order: the header, then row by row.
        let headerTexts = header.map { text(of: $0, style: .body) }
        let rowTexts = rows.map { row in row.map { text(of: $0, style: .body) } }
        let columnCount = max(alignments.count, headerTexts.count)
        guard columnCount > 0 else { return [] }
        let allRows = [headerTexts] + rowTexts

        var natural = Array(repeating: 1, count: columnCount)
        var minimum = Array(repeating: 1, count: columnCount)
        for row in allRows {
            for (column, cell) in row.enumerated() where column < columnCount {
                for line in cell.split(separator: "\n") {
                    natural[column] = max(natural[column], TextWrapper.displayWidth(of: line))
                    for word in line.split(separator: " ") {
                        minimum[column] = max(minimum[column], TextWrapper.displayWidth(of: word))
                    }
                }
            }
        }
        let available = width - 2 * (columnCount - 1)
        guard minimum.reduce(0, +) <= available else {
            return recordLines(headers: headerTexts, rows: rowTexts, width: width)
        }
        var widths = natural
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            // Shrink the widest column that can still give up a column.
            var widest = -1
            for column in 0..<columnCount where widths[column] > minimum[column] {
                if widest < 0 || widths[column] > widths[widest] { widest = column }
            }
            guard widest >= 0 else { break }
            widths[widest] -= 1
            excess -= 1
        }

        var lines = rowLines(headerTexts, widths: widths, alignments: alignments)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rowTexts {
            lines += rowLines(row, widths: widths, alignments: alignments)
        }
        return lines
    }

    private func rowLines(_ cells: [String], widths: [Int], alignments: [TableAlignment]) -> [String] {
        let wrapped = widths.indices.map { column in
            column < cells.count ? TextWrapper.wrap(cells[column], width: widths[column]) : [""]
        }
        let height = wrapped.map(\.count).max() ?? 1
        var lines: [String] = []
        for lineIndex in 0..<height {
            var parts: [String] = []
            for column in widths.indices {
                let cellLine = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                let alignment = column < alignments.count ? alignments[column] : .none
                parts.append(Self.pad(cellLine, to: widths[column], alignment: alignment))
            }
            let line = parts.joined(separator: "  ")
            lines.append(String(line.reversed().drop(while: { $0 == " " }).reversed()))
        }
        return lines
    }

    private static func pad(_ text: String, to width: Int, alignment: TableAlignment) -> String {
        let space = max(width - TextWrapper.displayWidth(of: text), 0)
        switch alignment {
        case .right:
            return String(repeating: " ", count: space) + text
        case .center:
            return String(repeating: " ", count: space / 2) + text
                + String(repeating: " ", count: space - space / 2)
        case .left, .none:
            return text + String(repeating: " ", count: space)
        }
    }

    private func recordLines(headers: [String], rows: [[String]], width: Int) -> [String] {
        var lines: [String] = []
        for row in rows {
            if !lines.isEmpty { lines.append("") }
            for (column, cell) in row.enumerated() {
                let header = column < headers.count ? headers[column] : ""
                let text = header.isEmpty ? cell : header + ": " + cell
                lines += TextWrapper.wrap(text, width: width, indent: "  ")
            }
        }
        return lines
    }
}
