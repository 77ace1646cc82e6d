extension HTMLWriter {
    mutating func write(_ inlines: [MarkdownInline]) {
        for inline in inlines { write(inline) }
    }

    mutating func write(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text):
            output.appendHTMLEscaped(text)
        case .code(let text):
            output.append("<code>")
            output.appendHTMLEscaped(text)
            output.append("</code>")
        case .emphasis(let children):
            wrap(children, in: "em")
        case .strong(let children):
            wrap(children, in: "strong")
        case .strikethrough(let children):
            wrap(children, in: "del")
        case .link(let url, let title, let isAutolink, let children):
            writeLink(url: url, title: title, isAutolink: isAutolink, children)
        case .image(let url, let title, let alt):
            writeImage(url: url, title: title, alt: alt)
        case .footnoteReference(let number, let occurrence):
            if insideLink {
                deferredReferences.append((number, occurrence))
            } else {
                writeFootnoteReference(number: number, occurrence: occurrence)
            }
        case .softBreak:
            output.append("\n")
        case .lineBreak:
            output.append("<br>\n")
        case .html:
            break
        }
    }

    private mutating func wrap(_ children: [MarkdownInline], in tag: StaticString) {
        output.append("<")
        output.append(tag)
        output.append(">")
        write(children)
        output.append("</")
        output.append(tag)
        output.append(">")
    }

    private mutating func writeLink(
        url: String, title: String, isAutolink: Bool, _ children: [MarkdownInline]
    ) {
        guard !insideLink, let href = linkResolver.safeURLInPieces(for: url) else {
            write(children)
            return
        }
        // A link that shows its own address is marked, so that print does not repeat it.
        let showsAddress = isAutolink || children.hasPlainText(spelling: href) || children.hasPlainText(url)
        output.append(showsAddress ? "<a class=\"url\" href=\"" : "<a href=\"")
        output.appendHTMLEscapedURL(href)
        if !title.isEmpty {
            output.append("\" title=\"")
            output.appendHTMLEscaped(title)
        }
        output.append("\">")
        insideLink = true
        write(children)
        insideLink = false
        output.append("</a>")
        writeDeferredReferences()
    }

    private mutating func writeImage(url: String, title: String, alt: [MarkdownInline]) {
        let altText = alt.plainText
        if let source = linkResolver.safeURLInPieces(for: url) {
            output.append("<img src=\"")
            output.appendHTMLEscapedURL(source)
            output.append("\" alt=\"")
            output.appendHTMLEscaped(altText)
            if !title.isEmpty {
                output.append("\" title=\"")
                output.appendHTMLEscaped(title)
            }
            output.append("\">")
        } else {
            output.appendHTMLEscaped(altText)
        }
        // Alt text cannot hold markup, but the note's back link still needs its reference.
        collectReferences(in: alt)
        if !insideLink { writeDeferredReferences() }
    }

    private mutating func collectReferences(in inlines: [MarkdownInline]) {
        for inline in inlines {
            switch inline {
            case .footnoteReference(let number, let occurrence):
                deferredReferences.append((number, occurrence))
            case .emphasis(let children), .strong(let children), .strikethrough(let children),
                .link(_, _, _, let children), .image(_, _, let children):
                collectReferences(in: children)
            default:
                break
            }
        }
    }

    private mutating func writeDeferredReferences() {
        guard !deferredReferences.isEmpty else { return }
        let references = deferredReferences
        deferredReferences.removeAll()
        for reference in references {
            writeFootnoteReference(number: reference.number, occurrence: reference.occurrence)
        }
    }

    private mutating func writeFootnoteReference(number: Int, occurrence: Int) {
        output.append("<sup class=\"footnote-ref\"><a href=\"#fn-")
        output.append(decimal: number)
        output.append("\" id=\"")
        writeReferenceIdentifier(number, occurrence)
        output.append("\" role=\"doc-noteref\">")
        output.append(decimal: number)
        output.append("</a></sup>")
    }
}
