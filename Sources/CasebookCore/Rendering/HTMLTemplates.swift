import Mustache

/// The content type every HTML template is rendered with: the same escaping as swift-mustache's
/// HTML type, done on UTF-8 bytes, which made template escaping a tenth of a build's time.
///
/// swift-mustache starts every partial in its own HTML type, so the pragma naming this one is
/// put in front of every template, partials included (see `TextTemplates` for the same guard).
struct FastHTMLContentType: MustacheContentType {
    /// The name the pragma uses.
    static let name = "CASEBOOK_HTML"
    /// The pragma put in front of every HTML template, on a line of its own: a standalone tag
    /// leaves no trace in the output, and error lines are shifted back by one.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the type (once; swift-mustache keeps content types in a locked global table).
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String { text.htmlEscapedIfNeeded }
}
