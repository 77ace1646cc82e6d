/// One piece of a parsed template; the tree a compiled template renders.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is (one line at most: a partial's indentation goes at line starts).
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{>name}}`; `indentation` is set for a partial alone on its line.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}…{{/name}}` in a template: a block a child template may replace.
    case block(String, defaultNodes: [TemplateNode], indentation: [UInt8])
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: a replacement for the parent's block.
    case blockDefinition(String, [TemplateNode])
}

/// A variable or section name, split at dots once, with where it was written.
struct TemplateName: Sendable {
    /// The name as written (`.` for the current value).
    let text: String
    /// The dotted parts; empty for `.`.
    let parts: [Substring]
    /// Each part's key number (`TemplateKeys.number`), nil for a key no page model has.
    let keys: [Int?]
    /// Where the tag is, for errors.
    let line: Int
    let column: Int

    init(_ text: String, line: Int, column: Int) {
        self.text = text
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: true)
        keys = parts.map { TemplateKeys.number[String($0)] }
        self.line = line
        self.column = column
    }
}
