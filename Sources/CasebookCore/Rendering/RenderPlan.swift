import Dispatch
import Foundation

/// Renders every file of a build and hands each to the writer as soon as it is ready, so memory
/// holds the pages being rendered, not the whole site.
package struct RenderPlan {
    /// What may be shown, in the default language: public content, or everything in a review build.
    let content: Content
    /// The rules of the build's moment (for review banners and feed times).
    let rules: PublicationRules
    /// Which pages can be kept from the last build; nil renders everything.
    let cache: PageCache?
    /// Where bodies the loader left on disk are read from, one page at a time.
    let bodies: BodyStore
    /// The search index's words: of the pages rendered by this build, and of files that did not
    /// change since the last.
    let searchWords: SearchWordsCache
    /// The case photos and the processing of every image.
    let images: ImageWork
    /// One edition per language, the default first; each renders its language's pages.
    let editions: [EditionRenderers]
    /// In a review build, the e-mail messages written beside the text releases.
    private let mails: EmailReleaseRenderer?

    /// The renderers of one language, built once: a page renderer indexes and sorts all the
    /// content it is given.
    struct EditionRenderers: Sendable {
        let edition: LanguageEdition
        let pages: SiteRenderer
        let texts: TextReleaseRenderer
        /// Source paths of the originals by slug, which a translated page is made from too.
        let originals: [String: String]

        /// What a page in this language reads besides its own file: in another language than the
        /// default, the original and every translation into the language (lists of names on it).
        func alsoReading(_ slug: String) -> [String] {
            guard !edition.isDefault else { return [] }
            return ["language \(edition.frame.language)", originals[slug] ?? ""] + edition.translationSources
        }
    }

    /// A plan for rendering `content` with `theme`; `review` marks what is not public.
    package init(
        content: Content, theme: CompiledTheme, rules: PublicationRules, review: Bool,
        cache: PageCache? = nil, searchWords: SearchWordsCache = SearchWordsCache(),
        bodies: BodyStore = BodyStore(), images: ImageWork = ImageWork()
    ) {
        let options = RenderOptions(review: review ? rules : nil)
        let originals = Dictionary(
            (content.cases.map { ("case \($0.slug)", $0.source.path) })
                + content.releases.map { ("release \($0.slug)", $0.source.path) }
        ) { first, _ in first }
        let editions = LanguageEdition.all(of: content).map { edition in
            let edition = edition.withTypography()
            return EditionRenderers(
                edition: edition,
                pages: SiteRenderer(edition: edition, theme: theme, options: options, photos: images.photos),
                texts: TextReleaseRenderer(
                    links: SiteLinks(edition: edition), templates: theme.textTemplates, rules: rules,
                    strings: theme.strings),
                originals: originals)
        }
        self.editions = editions
        self.content = editions[0].edition.content
        self.rules = rules
        self.cache = cache
        self.bodies = bodies
        self.searchWords = searchWords
        self.images = images
        self.mails = review ? EmailReleaseRenderer(text: editions[0].texts) : nil
    }

    /// Renders all files into the writer, `jobs` pages at a time. The bytes of every file are the
    /// same whatever `jobs` is: each page depends only on the content, never on render order.
    func render(jobs: Int, into writer: OutputWriter) throws {
        for renderers in editions {
            try render(renderers, jobs: jobs, into: writer)
        }
        try renderPages(jobs: jobs, into: writer)
        try renderMachineReadableFiles(jobs: jobs, into: writer)
        try renderPhotos(jobs: jobs, into: writer)
        try copyAssets(themeAssets: editions[0].pages.themeAssets, jobs: jobs, into: writer)
    }

    /// The pages of Content/pages/, which are written in the default language only.
    private func renderPages(jobs: Int, into writer: OutputWriter) throws {
        let pages = editions[0].pages
        let cache = cache
        let bodies = bodies
        let searchWords = searchWords
        try Parallel.forEach(pages.pages, jobs: jobs) { page in
            let path = SiteLinks.pagePath(page.slug) + "index.html"
            let fingerprint = cache?.fingerprint(of: page)
            try Self.keepOrRender([path], fingerprint: fingerprint, cache: cache, writer: writer) {
                let page = bodies.withBody(page)
                let document = pages.context.parse(page.body)
                searchWords.words(at: page.source.path) { SearchIndexRenderer.words(page, body: document) }
                return [pages.renderPage(page, document: document)]
            }
        }
    }

    /// The case and release pages, text releases and lists of one language.
    private func render(_ renderers: EditionRenderers, jobs: Int, into writer: OutputWriter) throws {
        let pages = renderers.pages
        let texts = renderers.texts
        let mails = renderers.edition.isDefault ? mails : nil
        let content = renderers.edition.content
        let cache = cache
        let bodies = bodies
        let folder = pages.folder
        // The search index covers the originals: their words are taken from the bodies parsed here.
        let searchWords = renderers.edition.isDefault ? searchWords : nil
        try Parallel.forEach(pages.cases, jobs: jobs) { caseFile in
            let path = folder + SiteLinks.casePath(caseFile.slug) + "index.html"
            let fingerprint = cache?.fingerprint(
                of: caseFile, alsoReading: renderers.alsoReading("case \(caseFile.slug)"))
            try Self.keepOrRender([path], fingerprint: fingerprint, cache: cache, writer: writer) {
                let caseFile = bodies.withBody(caseFile)
                let document = pages.context.parse(caseFile.body)
                searchWords?.words(at: caseFile.source.path) {
                    SearchIndexRenderer.words(caseFile, body: document)
                }
                return [pages.renderCasePage(caseFile, document: document)]
            }
        }
        try Parallel.forEach(pages.releases, jobs: jobs) { release in
            var paths = [
                folder + SiteLinks.releasePath(release.slug) + "index.html",
                folder + SiteLinks.releaseTextPath(release.slug),
            ]
            if mails != nil { paths.append(EmailReleaseRenderer.path(of: release.slug)) }
            let fingerprint = cache?.fingerprint(
                of: release, alsoReading: renderers.alsoReading("release \(release.slug)"))
            try Self.keepOrRender(paths, fingerprint: fingerprint, cache: cache, writer: writer) {
                let release = bodies.withBody(release)
                let document = pages.context.parse(release.body)
                searchWords?.words(at: release.source.path) {
                    SearchIndexRenderer.words(release, body: document)
                }
                var files = [
                    pages.renderReleasePage(release, document: document),
                    texts.render(
                        release, document: document, content: content,
                        language: renderers.edition.frame.language),
                ]
                if let mails { files.append(mails.render(release, document: document, content: content)) }
                return files
            }
        }
        try renderLists(renderers, jobs: jobs, into: writer)
    }

    /// One list page or machine-readable file: where it goes, what it shows (its fingerprint's
    /// parts) and which file it is.
    struct ListFile: Sendable {
        enum Kind: Sendable {
            case index, releases, notFound, tagIndex, tag(String), feed, sitemap, casesJSON, searchIndex
        }
        let path: String
        let parts: [String]
        let kind: Kind
    }

    /// The index, the release list, the tag pages, the 404 page (in the default language) and
    /// the feed of one language, rendered side by side, each kept from the last build when what
    /// it shows did not change.
    private func renderLists(_ renderers: EditionRenderers, jobs: Int, into writer: OutputWriter) throws {
        let pages = renderers.pages
        let files = listPages(renderers) + [feedFile(renderers)]
        try renderFiles(files, jobs: jobs, into: writer) { file in
            switch file.kind {
            case .index: pages.renderIndexPage()
            case .releases: pages.renderReleaseIndexPage()
            case .notFound: pages.renderNotFoundPage()
            case .tagIndex: pages.renderTagIndexPage()
            case .tag(let tag): pages.renderTagPage(tag)
            case .feed: feed(renderers)
            case .sitemap: sitemap()
            case .casesJSON: casesJSON()
            case .searchIndex: searchIndex()
            }
        }
    }

    /// sitemap.xml, cases.json and search.json, which cover every language.
    private func renderMachineReadableFiles(jobs: Int, into writer: OutputWriter) throws {
        try renderFiles(machineReadableFileParts(), jobs: jobs, into: writer) { file in
            switch file.kind {
            case .casesJSON: casesJSON()
            case .searchIndex: searchIndex()
            default: sitemap()
            }
        }
    }

    private func renderFiles(
        _ files: [ListFile], jobs: Int, into writer: OutputWriter,
        render: @escaping @Sendable (ListFile) -> OutputFile
    ) throws {
        let cache = cache
        try Parallel.forEach(files, jobs: jobs) { file in
            let fingerprint = cache?.fingerprint(of: file.path, from: file.parts)
            try Self.keepOrRender([file.path], fingerprint: fingerprint, cache: cache, writer: writer) {
                [render(file)]
            }
        }
    }

    /// The list pages of one language, each with the fingerprint of its model: what it shows.
    private func listPages(_ renderers: EditionRenderers) -> [ListFile] {
        let pages = renderers.pages
        let folder = pages.folder
        var files = [
            ListFile(path: folder + "index.html", parts: [pages.indexPage.fingerprint], kind: .index),
            ListFile(
                path: folder + "releases/index.html", parts: [pages.releaseIndexPage.fingerprint],
                kind: .releases),
            ListFile(
                path: folder + SiteLinks.tagIndexPath + "index.html", parts: [pages.tagIndexPage.fingerprint],
                kind: .tagIndex),
        ]
        if renderers.edition.isDefault {
            files.append(ListFile(path: "404.html", parts: [pages.notFoundPage.fingerprint], kind: .notFound))
        }
        return files
            + pages.tags.map { tag in
                ListFile(
                    path: folder + SiteLinks.tagPath(tag) + "index.html",
                    parts: [pages.tagPage(tag).fingerprint],
                    kind: .tag(tag))
            }
    }

    /// Keeps the files at `paths` from the last build when their fingerprint is unchanged and
    /// they are all still there; renders and adds them otherwise.
    private static func keepOrRender(
        _ paths: [String], fingerprint: String?, cache: PageCache?, writer: OutputWriter,
        render: () -> [OutputFile]
    ) throws {
        if let cache, let fingerprint {
            defer { paths.forEach { cache.record($0, fingerprint: fingerprint) } }
            if paths.allSatisfy({ cache.isUnchanged($0, fingerprint: fingerprint) }),
                try paths.allSatisfy(writer.keep)
            {
                return
            }
        }
        for file in render() { try writer.add(file) }
    }

    /// One release, found by slug, as plain text, an e-mail message or the e-mail's HTML, in
    /// `language` (nil: the default); nil when there is no such release or no such translation.
    package func release(_ slug: String, format: ReleaseFormat, language: String? = nil) -> String? {
        guard
            let renderers = editions.first(where: {
                $0.edition.frame.language == (language ?? $0.edition.frame.defaultLanguage)
            }),
            renderers.pages.context.links.isTranslated(release: slug),
            let release = renderers.edition.content.releases.first(where: { $0.slug == slug }).map(
                bodies.withBody)
        else {
            return nil
        }
        let content = renderers.edition.content
        let document = MarkdownParser.parse(release.body, smart: content.site.smartPunctuation)
        let mail = EmailReleaseRenderer(text: renderers.texts)
        let language = renderers.edition.frame.language
        switch format {
        case .text:
            return renderers.texts.text(of: release, document: document, content: content, language: language)
        case .eml: return mail.message(release, document: document, content: content, language: language)
        case .html: return mail.html(release, document: document, content: content, language: language)
        }
    }
}

extension LanguageEdition {
    /// The edition with its releases' display texts made typographic, as the site asks.
    func withTypography() -> LanguageEdition {
        var edition = self
        edition.content = Typography.apply(to: content)
        return edition
    }
}
