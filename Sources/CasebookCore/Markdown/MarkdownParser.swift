/// Parses Markdown bodies with cmark-gfm. This is the only file that imports the C module.
public enum MarkdownParser {
    /// Registers cmark-gfm's extensions; call once before any concurrent parsing.
    public static func prepare() {}

    /// Parses a Markdown body (CommonMark + tables, autolinks, strikethrough, footnotes).
    public static func parse(_ text: String) -> MarkdownDocument {
        // Placeholder until the cmark-gfm boundary lands: one paragraph of literal text.
        MarkdownDocument(blocks: [.paragraph([.text(text)], line: 1)])
    }

    /// Parses one line of inline Markdown (a timeline event), returning its inlines.
    public static func parseInline(_ text: String) -> [MarkdownInline] {
        [.text(text)]
    }
}
