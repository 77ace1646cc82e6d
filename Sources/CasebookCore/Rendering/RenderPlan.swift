import Dispatch
import Foundation

/// Renders every file of a build and hands each to the writer as soon as it is ready, so memory
/// holds the pages being rendered, not the whole site.
package struct RenderPlan {
    /// What may be shown: public content, or everything in a review build.
    let content: Content
    /// The rules of the build's moment (for review banners and feed times).
    let rules: PublicationRules
    /// Which pages can be kept from the last build; nil renders everything.
    let cache: PageCache?
    /// Where bodies the loader left on disk are read from, one page at a time.
    let bodies: BodyStore
    // Built once: a page renderer indexes and sorts all the content it is given.
    private let pages: SiteRenderer
    private let texts: TextReleaseRenderer
    /// In a review build, the e-mail messages written beside the text releases.
    private let mails: EmailReleaseRenderer?

    /// A plan for rendering `content` with `theme`; `review` marks what is not public.
    package init(
        content: Content, theme: CompiledTheme, rules: PublicationRules, review: Bool,
        cache: PageCache? = nil,
        bodies: BodyStore = BodyStore()
    ) {
        let content = Typography.apply(to: content)
        self.content = content
        self.rules = rules
        self.cache = cache
        self.bodies = bodies
        self.pages = SiteRenderer(
            content: content, theme: theme, options: RenderOptions(review: review ? rules : nil))
        self.texts = TextReleaseRenderer(
            links: SiteLinks(content: content), templates: theme.textTemplates, rules: rules,
            strings: theme.strings)
        self.mails = review ? EmailReleaseRenderer(text: texts) : nil
    }

    /// Renders all files into the writer, `jobs` pages at a time. The bytes of every file are the
    /// same whatever `jobs` is: each page depends only on the content, never on render order.
    func render(jobs: Int, into writer: OutputWriter) throws {
        let pages = pages
        let texts = texts
        let mails = mails
        let content = content
        let cache = cache
        let bodies = bodies
        try Parallel.forEach(pages.cases, jobs: jobs) { caseFile in
            let path = SiteLinks.casePath(caseFile.slug) + "index.html"
            let fingerprint = cache?.fingerprint(of: caseFile)
            try Self.keepOrRender([path], fingerprint: fingerprint, cache: cache, writer: writer) {
                [pages.renderCasePage(bodies.withBody(caseFile))]
            }
        }
        try Parallel.forEach(pages.releases, jobs: jobs) { release in
            var paths = [
                SiteLinks.releasePath(release.slug) + "index.html", SiteLinks.releaseTextPath(release.slug),
            ]
            if mails != nil { paths.append(EmailReleaseRenderer.path(of: release.slug)) }
            let fingerprint = cache?.fingerprint(of: release)
            try Self.keepOrRender(paths, fingerprint: fingerprint, cache: cache, writer: writer) {
                let release = bodies.withBody(release)
                let document = MarkdownParser.parse(release.body, smart: content.site.smartPunctuation)
                var files = [
                    pages.renderReleasePage(release, document: document),
                    texts.render(release, document: document, content: content),
                ]
                if let mails { files.append(mails.render(release, document: document, content: content)) }
                return files
            }
        }
        try renderListsAndFeeds(pages, jobs: jobs, into: writer)
        try copyAssets(themeAssets: pages.themeAssets, into: writer)
    }

    /// One list page or machine-readable file: where it goes, what it shows (its fingerprint's
    /// parts) and which file it is.
    private struct ListFile: Sendable {
        enum Kind: Sendable {
            case index, releases, notFound, tagIndex, tag(String), feed, sitemap, casesJSON
        }
        let path: String
        let parts: [String]
        let kind: Kind
    }

    /// The index, the release list, the tag pages, the 404 page, the feed, the sitemap and
    /// cases.json, rendered side by side, each kept from the last build when what it shows did
    /// not change.
    private func renderListsAndFeeds(_ pages: SiteRenderer, jobs: Int, into writer: OutputWriter) throws {
        let files = listPages(pages) + machineReadableFileParts()
        let cache = cache
        try Parallel.forEach(files, jobs: jobs) { file in
            let fingerprint = cache?.fingerprint(of: file.path, from: file.parts)
            try Self.keepOrRender([file.path], fingerprint: fingerprint, cache: cache, writer: writer) {
                switch file.kind {
                case .index: [pages.renderIndexPage()]
                case .releases: [pages.renderReleaseIndexPage()]
                case .notFound: [pages.renderNotFoundPage()]
                case .tagIndex: [pages.renderTagIndexPage()]
                case .tag(let tag): [pages.renderTagPage(tag)]
                case .feed: [feed()]
                case .sitemap: [sitemap()]
                case .casesJSON: [casesJSON()]
                }
            }
        }
    }

    /// The list pages, each with the fingerprint of its model: what it shows.
    private func listPages(_ pages: SiteRenderer) -> [ListFile] {
        [
            ListFile(path: "index.html", parts: [pages.indexPage.fingerprint], kind: .index),
            ListFile(
                path: "releases/index.html", parts: [pages.releaseIndexPage.fingerprint], kind: .releases),
            ListFile(path: "404.html", parts: [pages.notFoundPage.fingerprint], kind: .notFound),
            ListFile(
                path: SiteLinks.tagIndexPath + "index.html", parts: [pages.tagIndexPage.fingerprint],
                kind: .tagIndex),
        ]
            + pages.tags.map { tag in
                ListFile(
                    path: SiteLinks.tagPath(tag) + "index.html", parts: [pages.tagPage(tag).fingerprint],
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

    /// One release, found by slug, as plain text, an e-mail message or the e-mail's HTML, its
    /// frame in `language` (the site's default language when nil); nil when there is no such release.
    package func release(_ slug: String, format: ReleaseFormat, language: String? = nil) -> String? {
        guard let release = content.releases.first(where: { $0.slug == slug }).map(bodies.withBody) else {
            return nil
        }
        let document = MarkdownParser.parse(release.body, smart: content.site.smartPunctuation)
        let mail = EmailReleaseRenderer(text: texts)
        switch format {
        case .text: return texts.text(of: release, document: document, content: content, language: language)
        case .eml: return mail.message(release, document: document, content: content, language: language)
        case .html: return mail.html(release, document: document, content: content, language: language)
        }
    }

    /// feed.xml, sitemap.xml and cases.json with what each shows: the feed shows releases
    /// whole, the sitemap paths and dates, cases.json every fact but bodies.
    private func machineReadableFileParts() -> [ListFile] {
        let releases = content.releases.map { "\($0.source.path)=\(cache?.fileHash($0.source.path) ?? "")" }
        let facts = content.cases.map(PageCache.facts(of:))
        let releaseCases = content.releases.map { "\($0.slug) \($0.date) \($0.cases.joined(separator: " "))" }
        let dates =
            content.cases.map { "\($0.slug) \($0.updated?.description ?? "") \($0.tags)" }
            + content.releases.map { "\($0.slug) \($0.date) \($0.tags)" }
        return [
            ListFile(path: "feed.xml", parts: releases, kind: .feed),
            ListFile(path: "sitemap.xml", parts: dates, kind: .sitemap),
            ListFile(path: "cases.json", parts: facts + ["|"] + releaseCases, kind: .casesJSON),
        ]
    }

    /// feed.xml, sitemap.xml and cases.json.
    package func machineReadableFiles() -> [OutputFile] {
        [feed(), sitemap(), casesJSON()]
    }

    private func feed() -> OutputFile {
        let site = content.site
        return AtomFeedRenderer(strings: pages.localization.strings).render(
            site: site,
            entries: content.releases.map { release in
                FeedEntry(
                    title: release.title, url: site.baseURL + SiteLinks.releasePath(release.slug),
                    published: rules.publicationTime(of: release),
                    summary: Self.summary(of: bodies.withBody(release), smart: site.smartPunctuation))
            })
    }

    private func sitemap() -> OutputFile {
        var sitemap = [
            SitemapEntry(path: ""), SitemapEntry(path: "releases/"),
            SitemapEntry(path: SiteLinks.tagIndexPath),
        ]
        sitemap += content.cases.map {
            SitemapEntry(path: SiteLinks.casePath($0.slug), lastModified: $0.updated)
        }
        sitemap += content.releases.map {
            SitemapEntry(path: SiteLinks.releasePath($0.slug), lastModified: $0.date)
        }
        sitemap += pages.tags.map { SitemapEntry(path: SiteLinks.tagPath($0)) }
        return SitemapRenderer().render(site: content.site, entries: sitemap)
    }

    private func casesJSON() -> OutputFile {
        var releasesByCase: [String: [String]] = [:]
        for release in pages.releases {
            for slug in release.cases { releasesByCase[slug, default: []].append(release.slug) }
        }
        return CasesJSONRenderer().render(
            site: content.site, cases: content.cases, releasesByCase: releasesByCase)
    }

    /// A release's summary for the feed: its `summary`, else its subtitle, else its first paragraph.
    static func summary(of release: Release, smart: Bool) -> String {
        if let summary = release.summary, !summary.isEmpty { return summary }
        if let subtitle = release.subtitle, !subtitle.isEmpty { return subtitle }
        guard let text = MarkdownParser.firstParagraphText(release.body, smart: smart) else {
            return release.title
        }
        return text.count <= 300 ? text : String(text.prefix(297)) + "…"
    }

    // Content assets win over theme assets of the same name: they are the organisation's own files.
    private func copyAssets(themeAssets: [OutputFile], into writer: OutputWriter) throws {
        let own = Set(content.assets.map { "assets/" + $0 })
        for file in themeAssets where !own.contains(file.path) { try writer.add(file) }
        for path in content.assets {
            try writer.copy(from: content.root + "/assets/" + path, to: "assets/" + path)
        }
    }
}
