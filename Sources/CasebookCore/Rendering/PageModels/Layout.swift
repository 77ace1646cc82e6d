/// The keys the layout (`layout.mustache`) reads; every page model has them at its top level.
struct Layout: TemplateModel {
    /// The section of the site a page belongs to, for the navigation's `aria-current`.
    enum Section: Hashable, Sendable {
        case cases, releases, tags, none
        /// A page of Content/pages/, by slug.
        case page(String)
    }

    let language: String
    let siteTitle: String
    let organisation: String
    /// "Title – Site" (`page_title`), or the site's title alone on the index.
    let pageTitle: String
    let feedURL: String
    /// The site's path, such as `/cases/`, for links that work from a sub-path.
    let base: String
    /// The root of the page's language: `base`, or `base` and `ru/`; the navigation starts here.
    let home: String
    /// The languages the page exists in (its alternates and the language switcher); nil when
    /// there is only one.
    let languages: ItemList<PageLanguage>?
    /// The page in the default language, for `hreflang="x-default"`; nil with one language.
    let xDefault: String?
    /// The page's absolute URL; nil for the 404 page, which has none.
    let canonical: String?
    /// The review build's notice on a draft or embargoed page.
    let banner: String?
    /// True on review builds and the 404 page: search engines must not index the page.
    let noindex: Bool
    let navCases: Bool
    let navReleases: Bool
    let navTags: Bool
    /// The pages with a `menu` position, in the navigation after Casebook's own sections.
    let menu: [MenuLink]
    /// The meta description and link preview; nil on review builds and the 404 page.
    let preview: LinkPreview?
    /// Every word of the theme in the page's language.
    let labels: Labels

    /// The layout of the page at `path` (nil: no canonical URL) titled `title`, which exists in
    /// `languages` (nil: in every language of the site, as lists do); `preview` says what link
    /// previews show of it (the site's title stands for a page without its own).
    init(
        title: String?, path: String?, section: Section, banner: String? = nil, languages: [String]? = nil,
        preview: PreviewFacts,
        in context: PageContext
    ) {
        let site = context.site
        let strings = context.localization.strings
        language = context.frame.language
        home = context.links.path("")
        let pageLanguages = path == nil ? [context.frame.language] : languages ?? context.frame.languages
        self.languages = path.flatMap { PageLanguage.list(path: $0, languages: pageLanguages, in: context) }
        xDefault = self.languages == nil ? nil : path.map { context.links.baseURL + $0 }
        siteTitle = site.title
        organisation = site.organisation
        pageTitle = title.map { strings[.pageTitle, ["page": $0, "site": site.title]] } ?? site.title
        feedURL = context.links.absolute("feed.xml")
        base = context.links.basePath
        canonical = path.map(context.links.absolute)
        self.banner = banner
        noindex = context.options.isReview || path == nil
        navCases = section == .cases
        navReleases = section == .releases
        navTags = section == .tags
        // Pages are written in the default language only: every edition links to them there.
        menu = context.menuPages.map { page in
            MenuLink(
                title: page.title, url: context.links.basePath + SiteLinks.pagePath(page.slug),
                current: section == .page(page.slug))
        }
        // A review build shows drafts and embargoed releases: nothing of it may be shared.
        if let canonical, !context.options.isReview {
            self.preview = LinkPreview(
                title: title ?? site.title, url: canonical, facts: preview, site: site,
                language: context.frame.language, defaultImage: context.defaultPreviewImage)
        } else {
            self.preview = nil
        }
        labels = context.labels
    }

    static let templateFields: [TemplateField<Layout>] = [
        .text("language", \.language), .text("siteTitle", \.siteTitle),
        .text("organisation", \.organisation), .text("pageTitle", \.pageTitle),
        .text("feedURL", \.feedURL), .text("base", \.base), .text("home", \.home),
        .object("languages", \.languages), .text("xDefault", \.xDefault), .text("canonical", \.canonical),
        .text("banner", \.banner), .flag("noindex", \.noindex), .flag("navCases", \.navCases),
        .flag("navReleases", \.navReleases), .flag("navTags", \.navTags), .list("menu", \.menu),
        .object("preview", \.preview), .object("labels", \.labels),
    ]
}

/// `{title, url, current}`: a page in the navigation.
struct MenuLink: TemplateModel {
    let title: String
    let url: String
    /// True on the page itself, for `aria-current`.
    let current: Bool

    static let templateFields: [TemplateField<MenuLink>] = [
        .text("title", \.title), .text("url", \.url), .flag("current", \.current),
    ]
}
