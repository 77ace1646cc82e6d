/// The model of a page of Content/pages/ (template `page`): the layout's keys plus `page`.
struct StandalonePage: TemplateModel {
    let layout: Layout
    let page: PageFacts

    /// The page of `page`, whose body is `bodyHTML` and starts with `firstParagraph`.
    init(_ page: Page, bodyHTML: [UInt8], firstParagraph: String?, in context: PageContext) {
        layout = Layout(
            title: page.title, path: SiteLinks.pagePath(page.slug), section: .page(page.slug),
            banner: context.options.banner(for: page, in: context.localization),
            // Pages are written in the default language only: no alternates, no switcher.
            languages: [context.frame.language],
            preview: PreviewFacts(description: page.summary ?? firstParagraph ?? page.title, kind: .article),
            in: context)
        self.page = PageFacts(slug: page.slug, title: page.title, bodyHTML: bodyHTML)
    }

    static let templateFields: [TemplateField<StandalonePage>] = [
        .inlined("layout", \.layout), .object("page", \.page),
    ]
}

/// `page`: the title and body of a page.
struct PageFacts: TemplateModel {
    let slug: String
    let title: String
    /// The body as HTML (insert with `{{{…}}}`).
    let bodyHTML: [UInt8]

    static let templateFields: [TemplateField<PageFacts>] = [
        .text("slug", \.slug), .text("title", \.title), .html("bodyHTML", \.bodyHTML),
    ]
}
