extension HTMLWriter {
    mutating func writeTable(
        alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]
    ) {
        output += "<table>\n"
        if !header.isEmpty {
            output += "<thead>\n"
            writeRow(header, cellTag: "th", alignments: alignments)
            output += "</thead>\n"
        }
        if !rows.isEmpty {
            output += "<tbody>\n"
            for row in rows { writeRow(row, cellTag: "td", alignments: alignments) }
            output += "</tbody>\n"
        }
        output += "</table>\n"
    }

    private mutating func writeRow(_ cells: [[MarkdownInline]], cellTag: String, alignments: [TableAlignment])
    {
        output += "<tr>\n"
        for (column, cell) in cells.enumerated() {
            output += "<" + cellTag
            switch column < alignments.count ? alignments[column] : .none {
            case .none: break
            case .left: output += " class=\"align-left\""
            case .center: output += " class=\"align-center\""
            case .right: output += " class=\"align-right\""
            }
            output += ">"
            write(cell)
            output += "</" + cellTag + ">\n"
        }
        output += "</tr>\n"
    }
}
