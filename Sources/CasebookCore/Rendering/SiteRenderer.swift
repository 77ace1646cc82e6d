/// Renders the HTML pages of a site and lists the theme's assets: values in, files out.
///
/// Give it content already filtered to what may be shown (`PublicationRules.publicContent`), or
/// everything for a review build. Each page renders on its own, so callers can render pages
/// in parallel and write each as it comes.
package struct SiteRenderer: Sendable {
    let context: PageContext
    let theme: CompiledTheme

    /// A renderer for `content` with a compiled theme, its pages in `language` (the site's
    /// default language when nil): labels, dates and counted phrases follow it; `photos` are the
    /// case photos pages show.
    package init(
        content: Content, theme: CompiledTheme, options: RenderOptions = RenderOptions(),
        language: String? = nil, photos: PhotoCatalogue = PhotoCatalogue()
    ) {
        let site = content.site
        let localization = theme.strings.localization(
            for: language ?? site.language, defaultLanguage: site.language)
        context = PageContext(content: content, options: options, localization: localization, photos: photos)
        self.theme = theme
    }

    /// A renderer for one language's pages, which it writes under that language's folder.
    init(
        edition: LanguageEdition, theme: CompiledTheme, options: RenderOptions,
        photos: PhotoCatalogue = PhotoCatalogue()
    ) {
        let localization = theme.strings.localization(
            for: edition.frame.language, defaultLanguage: edition.frame.defaultLanguage)
        context = PageContext(edition: edition, options: options, localization: localization, photos: photos)
        self.theme = theme
    }

    /// The output folder of the renderer's language: "" for the default language, "ru/".
    var folder: String { context.frame.folder }

    /// The cases that get pages in this language, in slug order: in another language than the
    /// default, only those translated into it. In the default language, every case: the array
    /// itself, not a filtered copy of it.
    package var cases: [CaseFile] {
        guard !isDefaultLanguage else { return context.cases }
        return context.cases.filter { context.links.isTranslated(case: $0.slug) }
    }
    /// The releases that get pages in this language, newest first.
    package var releases: [Release] {
        guard !isDefaultLanguage else { return context.releasesNewestFirst }
        return context.releasesNewestFirst.filter { context.links.isTranslated(release: $0.slug) }
    }
    /// True in the site's default language, where every case and release is "translated".
    private var isDefaultLanguage: Bool { context.frame.language == context.frame.defaultLanguage }
    /// The language of the pages: their words, plural rules and dates.
    var localization: Localization { context.localization }
    /// The tags that get pages, sorted.
    package var tags: [String] { context.tags }

    /// The pages of Content/pages/, in slug order.
    package var pages: [Page] { context.pages }

    /// `cases/<slug>/index.html`.
    package func renderCasePage(_ caseFile: CaseFile) -> OutputFile {
        renderCasePage(caseFile, document: context.parse(caseFile.body))
    }

    /// The case page from its body already parsed (shared with the search index).
    func renderCasePage(_ caseFile: CaseFile, document: MarkdownDocument) -> OutputFile {
        let model = CasePage(
            caseFile, bodyHTML: context.html(document: document), firstParagraph: document.firstParagraphText,
            in: context)
        return page(SiteLinks.casePath(caseFile.slug), model, "case")
    }

    /// `releases/<slug>/index.html`.
    package func renderReleasePage(_ release: Release) -> OutputFile {
        renderReleasePage(release, document: context.parse(release.body))
    }

    /// The release page from its body already parsed (shared with its text release).
    func renderReleasePage(_ release: Release, document: MarkdownDocument) -> OutputFile {
        let model = ReleasePage(
            release, bodyHTML: context.html(document: document), firstParagraph: document.firstParagraphText,
            in: context)
        return page(SiteLinks.releasePath(release.slug), model, "release")
    }

    /// `<slug>/index.html` for a page of Content/pages/, from its body already parsed (shared
    /// with the search index).
    func renderPage(_ page: Page, document: MarkdownDocument) -> OutputFile {
        let model = StandalonePage(
            page, bodyHTML: context.html(document: document), firstParagraph: document.firstParagraphText,
            in: context)
        return self.page(SiteLinks.pagePath(page.slug), model, "page")
    }

    // Each list page is rendered from its model: one built here, or the one the caller built
    // already for the page's fingerprint.

    /// `index.html`: the cases grouped by status, with counts.
    package func renderIndexPage() -> OutputFile { renderIndexPage(indexPage) }
    func renderIndexPage(_ model: IndexPage) -> OutputFile { page("", model, "index") }

    /// `releases/index.html`: the releases, newest first.
    package func renderReleaseIndexPage() -> OutputFile { renderReleaseIndexPage(releaseIndexPage) }
    func renderReleaseIndexPage(_ model: ReleasesPage) -> OutputFile { page("releases/", model, "releases") }

    /// `tags/<tag>/index.html`: the cases and releases with that tag.
    package func renderTagPage(_ tag: String) -> OutputFile { renderTagPage(tag, tagPage(tag)) }
    func renderTagPage(_ tag: String, _ model: TagPage) -> OutputFile {
        page(SiteLinks.tagPath(tag), model, "tag")
    }

    /// `tags/index.html`: every tag, with how many cases and releases carry it.
    package func renderTagIndexPage() -> OutputFile { renderTagIndexPage(tagIndexPage) }
    func renderTagIndexPage(_ model: TagsPage) -> OutputFile { page(SiteLinks.tagIndexPath, model, "tags") }

    /// `404.html`.
    package func renderNotFoundPage() -> OutputFile { renderNotFoundPage(notFoundPage) }
    func renderNotFoundPage(_ model: NotFoundPage) -> OutputFile {
        OutputFile(path: "404.html", contents: theme.render(model, template: "404"))
    }

    /// The models of the list pages: what each shows, so that their fingerprints tell when a
    /// list page must be rendered again.
    var indexPage: IndexPage { IndexPage(in: context) }
    var releaseIndexPage: ReleasesPage { ReleasesPage(in: context) }
    var tagIndexPage: TagsPage { TagsPage(in: context) }
    func tagPage(_ tag: String) -> TagPage { TagPage(tag, in: context) }
    var notFoundPage: NotFoundPage { NotFoundPage(in: context) }

    /// The theme's `assets/…` files, as they are.
    var themeAssets: [OutputFile] { theme.assets }

    private func page(_ path: String, _ model: some TemplateModel, _ template: String) -> OutputFile {
        OutputFile(path: folder + path + "index.html", contents: theme.render(model, template: template))
    }
}
