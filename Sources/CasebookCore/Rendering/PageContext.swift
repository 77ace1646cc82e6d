/// What every page model reads: the content's lookups, the links and the options.
///
/// A class, shared rather than copied: every item of a list and every model takes the context,
/// and copying its twenty fields (a retain and a release each) cost more than making the item.
final class PageContext: Sendable {
    let site: Site
    let links: SiteLinks
    let options: RenderOptions
    /// The page's language: its labels, plural rules and dates.
    let localization: Localization
    /// Every label in that language, made once for all pages.
    let labels: Labels
    /// Cases in slug order.
    let cases: [CaseFile]
    /// Releases, newest first.
    let releasesNewestFirst: [Release]
    /// Every tag used by a case or a release, sorted.
    let tags: [String]
    // The lookups hold positions in `cases` and `releasesNewestFirst`: a case or release held in
    // each table that names it took megabytes on a large site, for the whole of rendering.
    private let caseIndex: [String: Int]
    private let releaseIndex: [String: Int]
    private let releasesAbout: [String: [Int]]
    private let casesWithTag: [String: [Int]]
    private let releasesWithTag: [String: [Int]]
    /// The list items of the cases and releases, made once for all lists.
    let listItems: ListItems
    /// The case photos, with what the pages need to name their sizes.
    let photos: PhotoCatalogue
    /// Pages of Content/pages/, in slug order.
    let pages: [Page]
    /// The pages with a `menu` position, in that order (then by slug).
    let menuPages: [Page]
    /// The site's `preview_image`, for pages without an image of their own.
    let defaultPreviewImage: PreviewImage?
    /// The language of the pages and the languages each page exists in.
    let frame: LanguageFrame

    /// The context of pages in the site's default language with the built-in strings.
    convenience init(content: Content, options: RenderOptions, photos: PhotoCatalogue = PhotoCatalogue()) {
        let language = content.site.language
        self.init(
            content: content, options: options,
            localization: StringCatalog.builtin.localization(for: language, defaultLanguage: language),
            photos: photos)
    }

    /// The context of pages in `localization`'s language, for a site in one language.
    convenience init(
        content: Content, options: RenderOptions, localization: Localization,
        photos: PhotoCatalogue = PhotoCatalogue()
    ) {
        self.init(
            content: content, links: SiteLinks(content: content),
            frame: LanguageFrame(language: localization.strings.language), options: options,
            localization: localization, photos: photos)
    }

    /// The context of one language's pages.
    convenience init(
        edition: LanguageEdition, options: RenderOptions, localization: Localization,
        photos: PhotoCatalogue = PhotoCatalogue()
    ) {
        self.init(
            content: edition.content, links: SiteLinks(edition: edition), frame: edition.frame,
            options: options, localization: localization, photos: photos)
    }

    private init(
        content: Content, links: SiteLinks, frame: LanguageFrame, options: RenderOptions,
        localization: Localization, photos: PhotoCatalogue
    ) {
        self.photos = photos
        site = content.site
        self.links = links
        self.frame = frame
        self.options = options
        self.localization = localization
        labels = localization.labels(for: content.site)
        cases = content.cases
        listItems = ListItems(cases: content.cases.count, releases: content.releases.count)
        caseIndex = Dictionary(
            content.cases.indices.map { (content.cases[$0].slug, $0) },
            uniquingKeysWith: { first, _ in first })
        let releases = content.releases
        let newestFirst = releases.indices.sorted {
            (releases[$0].date, releases[$0].slug) > (releases[$1].date, releases[$1].slug)
        }
        releasesNewestFirst = newestFirst.map { releases[$0] }
        var position = [Int](repeating: 0, count: releases.count)
        for (newIndex, index) in newestFirst.enumerated() { position[index] = newIndex }
        // By slug, the first release of the content's order that has it.
        releaseIndex = Dictionary(
            releases.indices.map { (releases[$0].slug, position[$0]) },
            uniquingKeysWith: { first, _ in first })
        var byCase: [String: [Int]] = [:]
        var releasesTagged: [String: [Int]] = [:]
        for (index, release) in releasesNewestFirst.enumerated() {
            for slug in Set(release.cases) { byCase[slug, default: []].append(index) }
            for tag in Set(release.tags) { releasesTagged[tag, default: []].append(index) }
        }
        releasesAbout = byCase
        var casesTagged: [String: [Int]] = [:]
        for (index, caseFile) in content.cases.enumerated() {
            for tag in Set(caseFile.tags) { casesTagged[tag, default: []].append(index) }
        }
        casesWithTag = casesTagged
        releasesWithTag = releasesTagged
        // Each tag tested once, not once per item that carries it.
        tags = Set(casesTagged.keys).union(releasesTagged.keys).filter(Self.isSlug).sorted()
        pages = content.pages
        menuPages = content.pages.filter { $0.menu != nil }.sorted {
            ($0.menu ?? 0, $0.slug) < ($1.menu ?? 0, $1.slug)
        }
        defaultPreviewImage = content.site.previewImage.map { [links] image in
            PreviewImage(asset: image.file, alt: image.alt, links: links)
        }
    }

    /// The case `slug`, or nil when there is none.
    func caseFile(_ slug: String) -> CaseFile? { caseIndex[slug].map { cases[$0] } }

    /// The release `slug`, or nil when there is none.
    func release(_ slug: String) -> Release? { releaseIndex[slug].map { releasesNewestFirst[$0] } }

    /// The releases about the case `slug`, newest first.
    func releases(about slug: String) -> [Release] {
        (releasesAbout[slug] ?? []).map { releasesNewestFirst[$0] }
    }

    /// The list items of the cases that carry `tag`, in slug order.
    func caseItems(tagged tag: String) -> [CaseItem] { (casesWithTag[tag] ?? []).map(caseItem(at:)) }

    /// The list items of the releases that carry `tag`, newest first.
    func releaseItems(tagged tag: String) -> [ReleaseItem] {
        (releasesWithTag[tag] ?? []).map(releaseItem(at:))
    }

    /// A Markdown body parsed with the site's smart punctuation switch.
    func parse(_ markdown: String) -> MarkdownDocument {
        MarkdownParser.parse(markdown, smart: site.smartPunctuation)
    }

    /// The body of `item` parsed: from its bytes on disk when the loader left it there, with no
    /// String made of it, else from memory.
    func parseBody(of item: some ContentItem, from bodies: BodyStore) -> MarkdownDocument {
        bodies.withBody(of: item) { MarkdownParser.parse(bytes: $0, smart: site.smartPunctuation) }
    }

    /// A body parsed already (with the site's smart punctuation switch) as HTML.
    func html(document: MarkdownDocument) -> [UInt8] {
        HTMLRenderer(linkResolver: links.resolver, footnoteLabels: localization.footnoteLabels).renderBytes(
            document)
    }

    /// One line of inline Markdown as HTML.
    func inlineHTML(markdown: String) -> String {
        HTMLRenderer(linkResolver: links.resolver).render(
            MarkdownParser.parseInline(markdown, smart: site.smartPunctuation))
    }

    /// A URL from frontmatter as it may be written, or nil when it may not be linked.
    func url(fromFrontmatter url: String) -> String? {
        links.resolve(url)
    }

    /// A tag safe to use as a folder name.
    static func isSlug(_ text: String) -> Bool {
        // Byte by byte: Foundation's substring search for "--" cost more than the rest.
        let bytes = text.utf8
        let hyphen = UInt8(ascii: "-")
        return !bytes.isEmpty && bytes.first != hyphen && bytes.last != hyphen
            && !zip(bytes, bytes.dropFirst()).contains { $0 == hyphen && $1 == hyphen }
            && bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == hyphen }
    }

    /// The language a link to a case leads to, when it is not the page's: an untranslated case
    /// links to its original.
    func otherLanguage(ofCase slug: String) -> ItemLanguage? {
        links.isTranslated(case: slug) ? nil : ItemLanguage(frame.defaultLanguage, in: localization)
    }

    /// The language a link to a release leads to, when it is not the page's.
    func otherLanguage(ofRelease slug: String) -> ItemLanguage? {
        links.isTranslated(release: slug) ? nil : ItemLanguage(frame.defaultLanguage, in: localization)
    }

    /// `{iso, text}` for a date, written in the page's language.
    func dateText(_ date: PartialDate) -> DateText {
        DateText(date, formatting: localization.dates)
    }

    /// `{iso, text}` for a date that follows "since", in the form the preposition asks for.
    func dateTextAfterPreposition(_ date: PartialDate) -> DateText {
        DateText(date, afterPreposition: true, formatting: localization.dates)
    }

    /// `{name, url}` for a tag link.
    func tagLink(_ tag: String) -> TagLink {
        TagLink(name: localization.strings.tagName(tag), url: links.path(SiteLinks.tagPath(tag)))
    }

    /// The tags of a page that have pages, as a list model.
    func tagList(_ tags: [String]) -> ItemList<TagLink>? {
        .of(tags.filter(Self.isSlug).map(tagLink))
    }
}
