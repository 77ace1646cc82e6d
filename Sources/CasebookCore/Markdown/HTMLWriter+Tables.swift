extension HTMLWriter {
    mutating func writeTable(
        alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]
    ) {
        output.append("<table>\n")
        if !header.isEmpty {
            output.append("<thead>\n")
            writeRow(header, cellTag: "th", alignments: alignments)
            output.append("</thead>\n")
        }
        if !rows.isEmpty {
            output.append("<tbody>\n")
            for row in rows { writeRow(row, cellTag: "td", alignments: alignments) }
            output.append("</tbody>\n")
        }
        output.append("</table>\n")
    }

    private mutating func writeRow(
        _ cells: [[MarkdownInline]], cellTag: StaticString, alignments: [TableAlignment]
    ) {
        output.append("<tr>\n")
        for (column, cell) in cells.enumerated() {
            output.append("<")
            output.append(cellTag)
            switch column < alignments.count ? alignments[column] : .none {
            case .none: break
            case .left: output.append(" class=\"align-left\"")
            case .center: output.append(" class=\"align-center\"")
            case .right: output.append(" class=\"align-right\"")
            }
            output.append(">")
            write(cell)
            output.append("</")
            output.append(cellTag)
            output.append(">\n")
        }
        output.append("</tr>\n")
    }
}
