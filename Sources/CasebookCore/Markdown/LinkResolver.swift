/// Decides where a link from content points: the URL to write, or nil to keep only the link's text.
///
/// Renderers drop unsafe schemes themselves; a resolver adds the site's own rules (links to other
/// pages, the base path, pages that are not public).
package struct LinkResolver: Sendable {
    /// Maps a URL as written in content to the URL to write, in pieces, or nil to drop the link.
    let resolveInPieces: @Sendable (String) -> ResolvedURL?

    /// Creates a resolver from a function that gives whole URLs.
    init(_ resolve: @escaping @Sendable (String) -> String?) {
        resolveInPieces = { resolve($0).map(ResolvedURL.init(whole:)) }
    }

    /// Creates a resolver from a function that gives URLs in pieces, which the HTML writer
    /// writes without joining them.
    init(inPieces resolve: @escaping @Sendable (String) -> ResolvedURL?) {
        resolveInPieces = resolve
    }

    /// The URL to write for `url` as written in content, or nil to drop the link.
    func resolve(_ url: String) -> String? { resolveInPieces(url)?.whole }

    /// Keeps every URL as written (unsafe schemes are still dropped by the renderers).
    static let identity = LinkResolver { $0 }
}
