/// `{tag, name, mark}`: the language of a linked page that is not the page's own (an item of a
/// list without a translation), for the link's `hreflang` and `lang` and a visible label.
struct ItemLanguage: TemplateModel {
    let tag: String
    /// The language's name in itself ("English").
    let name: String
    /// The label in the page's language (`original_language`): "язык: английский".
    let mark: String

    init(_ tag: String, in localization: Localization) {
        self.tag = tag
        name = Localization.autonym(tag)
        mark = localization.originalLanguageMark(tag)
    }

    static let templateFields: [TemplateField<ItemLanguage>] = [
        .text("tag", \.tag), .text("name", \.name), .text("mark", \.mark),
    ]
}

/// `{tag, name, url, absoluteURL, current}`: one language a page exists in, for its
/// `rel="alternate" hreflang` links and the language switcher.
struct PageLanguage: TemplateModel {
    let tag: String
    /// The language's name in itself ("Русский").
    let name: String
    /// The page in that language, from the site's root.
    let url: String
    let absoluteURL: String
    /// True for the page's own language (`aria-current` in the switcher).
    let current: Bool

    static let templateFields: [TemplateField<PageLanguage>] = [
        .text("tag", \.tag), .text("name", \.name), .text("url", \.url), .text("absoluteURL", \.absoluteURL),
        .flag("current", \.current),
    ]
}

extension PageLanguage {
    /// The languages the page at `path` (relative to a language's root) exists in; nil when it
    /// exists in one language only, so that a site in one language shows no switcher.
    static func list(path: String, languages: [String], in context: PageContext) -> ItemList<PageLanguage>? {
        guard languages.count > 1 else { return nil }
        return .of(
            languages.map { tag in
                let relative = context.frame.folder(of: tag) + path
                return PageLanguage(
                    tag: tag, name: Localization.autonym(tag), url: context.links.basePath + relative,
                    absoluteURL: context.links.baseURL + relative, current: tag == context.frame.language)
            })
    }
}
