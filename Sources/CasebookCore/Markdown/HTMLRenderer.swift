/// Renders a Markdown document to HTML in safe mode: raw HTML and unsafe links never reach the page.
public struct HTMLRenderer: Sendable {
    /// Where links point.
    public var linkResolver: LinkResolver

    /// Creates a renderer.
    public init(linkResolver: LinkResolver = .identity) {
        self.linkResolver = linkResolver
    }

    /// The body's HTML followed by its footnotes section.
    public func render(_ document: MarkdownDocument) -> String {
        var writer = HTMLWriter(linkResolver: linkResolver, capacity: 4096)
        for footnote in document.footnotes {
            writer.identifiers.reserve("fn-\(footnote.number)")
            for occurrence in 1...max(1, footnote.referenceCount) {
                writer.identifiers.reserve(HTMLWriter.referenceIdentifier(footnote.number, occurrence))
            }
        }
        writer.write(document.blocks, tight: false)
        writer.writeFootnotes(document.footnotes)
        return writer.output
    }

    /// HTML for inline content (a timeline event).
    public func render(_ inlines: [MarkdownInline]) -> String {
        var writer = HTMLWriter(linkResolver: linkResolver, capacity: 256)
        writer.write(inlines)
        return writer.output
    }
}

/// Accumulates the HTML of one render call.
struct HTMLWriter {
    let linkResolver: LinkResolver
    var output = ""
    var identifiers = IdentifierRegistry()
    /// Set while writing a link's content, where a nested `<a>` would be invalid.
    var insideLink = false
    /// Footnote references met inside a link or image, written after it.
    var deferredReferences: [(number: Int, occurrence: Int)] = []

    init(linkResolver: LinkResolver, capacity: Int) {
        self.linkResolver = linkResolver
        output.reserveCapacity(capacity)
    }

    static func referenceIdentifier(_ number: Int, _ occurrence: Int) -> String {
        occurrence == 1 ? "fnref-\(number)" : "fnref-\(number)-\(occurrence)"
    }

    mutating func write(_ blocks: [MarkdownBlock], tight: Bool) {
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
            output += "<blockquote>\n"
            write(children, tight: false)
            output += "</blockquote>\n"
        case .codeBlock(let info, let text):
            writeCodeBlock(info: info, text: text)
        case .thematicBreak:
            output += "<hr>\n"
        case .table(let alignments, let header, let rows):
            writeTable(alignments: alignments, header: header, rows: rows)
        case .html:
            break
        }
    }

    /// Writes `<p>…</p>`, or nothing when the content renders empty (only raw HTML, say).
    mutating func writeParagraph(_ inlines: [MarkdownInline], trailer: String = "") {
        let start = output.utf8.count
        output += "<p>"
        write(inlines)
        output += trailer
        if output.utf8.count == start + 3 {
            output.removeLast(3)
        } else {
            output += "</p>\n"
        }
    }

    mutating func writeHeading(level: Int, _ inlines: [MarkdownInline]) {
        let text = inlines.plainText
        // An empty heading is invalid HTML and useless to readers and to the outline.
        guard text.contains(where: { !$0.isWhitespace }) else { return }
        // The page title is the only h1.
        let tag = "h\(min(max(level, 2), 6))"
        output += "<\(tag) id=\""
        output.appendHTMLEscaped(identifiers.identifier(forHeading: text))
        output += "\">"
        write(inlines)
        output += "</\(tag)>\n"
    }

    mutating func writeList(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]]) {
        if ordered {
            output += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
        } else {
            output += "<ul>\n"
        }
        for item in items {
            output += "<li>"
            for (index, block) in item.enumerated() {
                if case .paragraph = block, tight {
                    write(block, tight: true)
                    if index < item.count - 1 { output += "\n" }
                } else {
                    if index == 0 { output += "\n" }
                    write(block, tight: tight)
                }
            }
            output += "</li>\n"
        }
        output += ordered ? "</ol>\n" : "</ul>\n"
    }

    mutating func writeCodeBlock(info: String, text: String) {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        if language.isEmpty {
            output += "<pre><code>"
        } else {
            output += "<pre><code class=\"language-"
            output.appendHTMLEscaped(language)
            output += "\">"
        }
        output.appendHTMLEscaped(text)
        output += "</code></pre>\n"
    }
}
