extension PlainTextWriter {
    /// How inline content is written.
    enum InlineStyle {
        /// Body text: links become `text[N]` when footnote N gives their URL, `text (URL)`
        /// otherwise; hard breaks stay.
        case body
        /// A heading: like body text, in capitals.
        case heading
        /// A note's text on one line: links become `text (URL)`.
        case note
    }

    /// The text of `inlines`, with footnote markers `[N]`.
    mutating func text(of inlines: [MarkdownInline], style: InlineStyle) -> String {
        var output = ""
        append(inlines, to: &output, style: style)
        return output
    }

    private mutating func append(_ inlines: [MarkdownInline], to output: inout String, style: InlineStyle) {
        for inline in inlines { append(inline, to: &output, style: style) }
    }

    private mutating func append(_ inline: MarkdownInline, to output: inout String, style: InlineStyle) {
        switch inline {
        case .text(let text), .code(let text):
            output += style == .heading ? text.uppercased() : text
        case .emphasis(let children), .strong(let children), .strikethrough(let children):
            append(children, to: &output, style: style)
        case .link(let url, _, let isAutolink, let children):
            if isAutolink {
                // The reader sees the address itself; a marker would only repeat it.
                output += children.plainText
            } else {
                appendLink(url: url, text: text(of: children, style: style), to: &output, style: style)
            }
        case .image(let url, _, let alt):
            appendLink(url: url, text: text(of: alt, style: style), to: &output, style: style)
        case .footnoteReference(let number, _):
            output += "[\(number)]"
        case .softBreak:
            output += " "
        case .lineBreak:
            output += style == .note ? " " : "\n"
        case .html:
            break
        }
    }

    private mutating func appendLink(url: String, text: String, to output: inout String, style: InlineStyle) {
        guard let resolved = linkResolver.safeURL(for: url) else {
            output += text
            return
        }
        if !text.contains(where: { !$0.isWhitespace }) {
            output += resolved
        } else if text == resolved {
            output += text
        } else if style != .note, let number = noteNumber(for: resolved) {
            output += text + "[\(number)]"
        } else {
            output += text + " (" + resolved + ")"
        }
    }

    /// The URLs the links and images in `blocks` point to, as resolved for this site.
    func linkedURLs(in blocks: [MarkdownBlock]) -> [String] {
        var urls: [String] = []
        func collect(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case .link(let url, _, _, let children):
                    if let resolved = linkResolver.safeURL(for: url) { urls.append(resolved) }
                    collect(children)
                case .image(let url, _, let alt):
                    if let resolved = linkResolver.safeURL(for: url) { urls.append(resolved) }
                    collect(alt)
                case .emphasis(let children), .strong(let children), .strikethrough(let children):
                    collect(children)
                default:
                    break
                }
            }
        }
        func collect(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines, _), .heading(_, let inlines, _): collect(inlines)
                case .list(_, _, _, let items): items.forEach(collect)
                case .blockQuote(let children): collect(children)
                case .table(_, let header, let rows): (header + rows.joined()).forEach(collect)
                case .codeBlock, .thematicBreak, .html: break
                }
            }
        }
        collect(blocks)
        return urls
    }

    /// A footnote's content on one line: its blocks' text joined by single spaces.
    mutating func noteText(for blocks: [MarkdownBlock]) -> String {
        var parts: [String] = []
        collectNoteText(from: blocks, into: &parts)
        return parts.joined(separator: " ").wordsSingleSpaced
    }

    private mutating func collectNoteText(from blocks: [MarkdownBlock], into parts: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines, _), .heading(_, let inlines, _):
                parts.append(text(of: inlines, style: .note))
            case .list(_, _, _, let items):
                for item in items { collectNoteText(from: item, into: &parts) }
            case .blockQuote(let children):
                collectNoteText(from: children, into: &parts)
            case .codeBlock(_, let text):
                parts.append(text)
            case .table(_, let header, let rows):
                for cell in header + rows.joined() { parts.append(text(of: cell, style: .note)) }
            case .thematicBreak, .html:
                break
            }
        }
    }
}
