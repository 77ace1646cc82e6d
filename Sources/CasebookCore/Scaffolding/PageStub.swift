/// The text of a new page of Content/pages/: every key present or commented, marked as a draft.
struct PageStub: Sendable {
    /// The page's slug, its file name without `.md`.
    var slug: String
    /// The title written in the stub.
    var title: String

    /// Creates a stub; without a title, one is made from the slug ("how-we-work" → "How we work").
    init(slug: String, title: String? = nil) {
        self.slug = slug
        let words = slug.split(separator: "-").joined(separator: " ")
        self.title = title ?? (words.prefix(1).uppercased() + words.dropFirst())
    }

    /// The whole file.
    var text: String {
        """
        ---
        title: \(YAMLText.quoted(title))
        # Its place in the navigation (1 first); without it the page is not in the menu.
        # menu: 1
        # One or two sentences (at most 300 characters) for link previews and search engines.
        # summary: >-
        #   ...
        # Remove this line (or write false) when the page may be published.
        draft: true
        ---

        Write the page here, in Markdown. Link to it from other pages as [\(title)](/\(slug)/).

        """
    }
}
