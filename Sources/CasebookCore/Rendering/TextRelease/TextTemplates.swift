import Mustache

/// Builds the template library for plain-text output, where nothing may be HTML-escaped.
///
/// swift-mustache starts every partial in HTML mode whatever its caller's mode, so a pragma in
/// the frame alone would let a partial escape `&` as `&amp;`. Here every template of the theme
/// is parsed with the TEXT pragma in front, so whatever partial a text frame includes stays text.
public enum TextTemplates {
    /// The pragma put in front of every template; on the same line, so line numbers do not move.
    static let pragma = "{{% CONTENT_TYPE: TEXT}}"

    /// A library of `sources` (template name → Mustache text), each parsed as plain text.
    public static func library(from sources: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, source) in sources {
            library.register(try MustacheTemplate(string: pragma + source), named: name)
        }
        return library
    }

    /// The column in the user's file of a parse error reported in a prefixed template.
    static func userColumn(line: Int, column: Int) -> Int {
        line == 1 ? max(1, column - pragma.count) : column
    }
}
