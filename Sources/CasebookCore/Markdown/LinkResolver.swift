/// Decides where a link from content points: the URL to write, or nil to keep only the link's text.
///
/// Renderers drop unsafe schemes themselves; a resolver adds the site's own rules (links to other
/// pages, the base path, pages that are not public).
package struct LinkResolver: Sendable {
    /// Maps a URL as written in content to the URL to write, or nil to drop the link.
    var resolve: @Sendable (String) -> String?

    /// Creates a resolver from a function.
    init(_ resolve: @escaping @Sendable (String) -> String?) {
        self.resolve = resolve
    }

    /// Keeps every URL as written (unsafe schemes are still dropped by the renderers).
    static let identity = LinkResolver { $0 }
}
