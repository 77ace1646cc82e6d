/// Typographic punctuation for what releases print from their frontmatter.
///
/// Bodies and timeline events get it from cmark-gfm as they are parsed; a release's title,
/// subtitle, summary and "Read also" titles are plain text, and get the same treatment here, so
/// a headline's apostrophe matches its body's on the page, in the text, the e-mail and the feed.
/// Case files' frontmatter (names, charges, sentences) is printed as written.
enum Typography {
    /// `content` with its releases' display texts made typographic when the site asks for it.
    static func apply(to content: Content) -> Content {
        guard content.site.smartPunctuation else { return content }
        var result = content
        // On every core: each release's texts go through cmark-gfm, and done one after another
        // this was a tenth of a rebuild that changed one case of 2,000, with nothing beside it.
        result.releases = Parallel.map(content.releases) { release in
            var release = release
            release.title = MarkdownParser.smartPunctuation(in: release.title)
            release.subtitle = release.subtitle.map(MarkdownParser.smartPunctuation(in:))
            release.summary = release.summary.map(MarkdownParser.smartPunctuation(in:))
            release.readAlso = release.readAlso.map { entry in
                guard case .link(let title, let url) = entry else { return entry }
                return .link(title: MarkdownParser.smartPunctuation(in: title), url: url)
            }
            return release
        }
        return result
    }
}
