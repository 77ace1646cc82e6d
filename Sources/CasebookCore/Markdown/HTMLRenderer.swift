/// Renders a Markdown document to HTML in safe mode: raw HTML and unsafe links never reach the page.
package struct HTMLRenderer: Sendable {
    /// Where links point.
    var linkResolver: LinkResolver
    /// The words of the footnotes section, in the page's language.
    var footnoteLabels: FootnoteLabels

    /// Creates a renderer.
    package init(linkResolver: LinkResolver = .identity, footnoteLabels: FootnoteLabels = .english) {
        self.linkResolver = linkResolver
        self.footnoteLabels = footnoteLabels
    }

    /// The body's HTML followed by its footnotes section.
    package func render(_ document: MarkdownDocument) -> String {
        String(decoding: renderBytes(document), as: UTF8.self)
    }

    /// `render(_:)` as the UTF-8 bytes written: what a page puts into its template as it is,
    /// without Swift checking as a string the bytes it has just written.
    func renderBytes(_ document: MarkdownDocument) -> [UInt8] {
        // Room for most bodies' HTML at once: growing a buffer copies what it holds.
        var writer = HTMLWriter(linkResolver: linkResolver, capacity: 16_384)
        writer.identifiers.footnoteReferenceCounts = document.footnotes.map(\.referenceCount)
        writer.write(document.blocks, tight: false)
        writer.writeFootnotes(document.footnotes, labels: footnoteLabels)
        return writer.output.array
    }

    /// HTML for inline content (a timeline event).
    func render(_ inlines: [MarkdownInline]) -> String {
        var writer = HTMLWriter(linkResolver: linkResolver, capacity: 256)
        writer.write(inlines)
        return writer.output.string
    }
}

/// Accumulates the HTML of one render call, as UTF-8 bytes.
struct HTMLWriter: ~Copyable {
    let linkResolver: LinkResolver
    var output: ByteOutput
    var identifiers = IdentifierRegistry()
    /// Set while writing a link's content, where a nested `<a>` would be invalid.
    var insideLink = false
    /// Footnote references met inside a link or image, written after it.
    var deferredReferences: [(number: Int, occurrence: Int)] = []

    init(linkResolver: LinkResolver, capacity: Int) {
        self.linkResolver = linkResolver
        output = ByteOutput(capacity: capacity)
    }

    /// Writes the id of a footnote's `occurrence`-th reference: `fnref-N`, then `fnref-N-2`, ….
    mutating func writeReferenceIdentifier(_ number: Int, _ occurrence: Int) {
        output.append("fnref-")
        output.append(decimal: number)
        if occurrence > 1 {
            output.append("-")
            output.append(decimal: occurrence)
        }
    }

    mutating func write(_ blocks: some Collection<MarkdownBlock>, tight: Bool) {
        for block in blocks { write(block, tight: tight) }
    }

    mutating func write(_ block: MarkdownBlock, tight: Bool) {
        switch block {
        case .paragraph(let inlines, _):
            if tight {
                write(inlines)
            } else {
                writeParagraph(inlines)
            }
        case .heading(let level, let inlines, _):
            writeHeading(level: level, inlines)
        case .list(let ordered, let start, let isTight, let items):
            writeList(ordered: ordered, start: start, tight: isTight, items: items)
        case .blockQuote(let children):
            output.append("<blockquote>\n")
            write(children, tight: false)
            output.append("</blockquote>\n")
        case .codeBlock(let info, let text):
            writeCodeBlock(info: info, text: text)
        case .thematicBreak:
            output.append("<hr>\n")
        case .table(let alignments, let header, let rows):
            writeTable(alignments: alignments, header: header, rows: rows)
        case .html:
            break
        }
    }

    /// Writes `<p>…</p>`, or nothing when the content renders empty (only raw HTML, say); the
    /// back links of `footnote`, when given, end the paragraph.
    mutating func writeParagraph(
        _ inlines: [MarkdownInline], backLinksOf footnote: Footnote? = nil,
        label: (before: String, after: String) = ("", "")
    ) {
        let start = output.count
        output.append("<p>")
        write(inlines)
        if let footnote { writeBackLinks(of: footnote, label: label) }
        if output.count == start + 3 {
            output.removeLast(3)
        } else {
            output.append("</p>\n")
        }
    }

    mutating func writeHeading(level: Int, _ inlines: [MarkdownInline]) {
        let text = inlines.plainText
        // An empty heading is invalid HTML and useless to readers and to the outline.
        guard text.contains(where: { !$0.isWhitespace }) else { return }
        // The page title is the only h1.
        let digit = UInt8(ascii: "0") + UInt8(min(max(level, 2), 6))
        output.append("<h")
        output.append(digit)
        output.append(" id=\"")
        output.appendHTMLEscaped(identifiers.identifier(forHeading: text))
        output.append("\">")
        write(inlines)
        output.append("</h")
        output.append(digit)
        output.append(">\n")
    }

    mutating func writeList(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]]) {
        if !ordered {
            output.append("<ul>\n")
        } else if start == 1 {
            output.append("<ol>\n")
        } else {
            output.append("<ol start=\"")
            output.append(decimal: start)
            output.append("\">\n")
        }
        for item in items {
            output.append("<li>")
            for (index, block) in item.enumerated() {
                if case .paragraph = block, tight {
                    write(block, tight: true)
                    if index < item.count - 1 { output.append("\n") }
                } else {
                    if index == 0 { output.append("\n") }
                    write(block, tight: tight)
                }
            }
            output.append("</li>\n")
        }
        output.append(ordered ? "</ol>\n" : "</ul>\n")
    }

    mutating func writeCodeBlock(info: String, text: String) {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        if language.isEmpty {
            output.append("<pre><code>")
        } else {
            output.append("<pre><code class=\"language-")
            output.appendHTMLEscaped(language)
            output.append("\">")
        }
        output.appendHTMLEscaped(text)
        output.append("</code></pre>\n")
    }
}
