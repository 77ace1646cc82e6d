import Dispatch
import Foundation

/// Renders every file of a build and hands each to the writer as soon as it is ready, so memory
/// holds the pages being rendered, not the whole site.
struct RenderPlan {
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

    /// A plan for rendering `content` with `theme`; `review` marks what is not public.
    init(
        content: Content, theme: CompiledTheme, rules: PublicationRules, review: Bool,
        cache: PageCache? = nil,
        bodies: BodyStore = BodyStore()
    ) {
        self.content = content
        self.rules = rules
        self.cache = cache
        self.bodies = bodies
        self.pages = SiteRenderer(
            content: content, theme: theme, options: RenderOptions(review: review ? rules : nil))
        self.texts = TextReleaseRenderer(links: SiteLinks(content: content), library: theme.textLibrary)
    }

    /// Renders all files into the writer, `jobs` pages at a time. The bytes of every file are the
    /// same whatever `jobs` is: each page depends only on the content, never on render order.
    func render(jobs: Int, into writer: OutputWriter) throws {
        let pages = pages
        let texts = texts
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
            let paths = [
                SiteLinks.releasePath(release.slug) + "index.html", SiteLinks.releaseTextPath(release.slug),
            ]
            let fingerprint = cache?.fingerprint(of: release)
            try Self.keepOrRender(paths, fingerprint: fingerprint, cache: cache, writer: writer) {
                let release = bodies.withBody(release)
                return [
                    pages.renderReleasePage(release),
                    texts.render(release, document: MarkdownParser.parse(release.body), content: content),
                ]
            }
        }
        try renderListPages(pages, jobs: jobs, into: writer)
        try renderMachineReadableFiles(into: writer)
        try copyAssets(themeAssets: pages.themeAssets, into: writer)
    }

    /// One list page: where it goes, the cards it shows (its fingerprint) and which page it is.
    private struct ListPage: Sendable {
        enum Kind: Sendable { case index, releases, notFound, tag(String) }
        let path: String
        let cards: [String]
        let kind: Kind
    }

    /// The index, the release list, the tag pages and the 404 page, each kept from the last
    /// build when the cards it lists did not change.
    private func renderListPages(_ pages: SiteRenderer, jobs: Int, into writer: OutputWriter) throws {
        let caseCards = content.cases.map(PageCache.card(of:))
        let releaseCards = content.releases.map(PageCache.card(of:))
        var lists: [ListPage] = [
            ListPage(path: "index.html", cards: caseCards, kind: .index),
            ListPage(path: "releases/index.html", cards: releaseCards, kind: .releases),
            ListPage(path: "404.html", cards: [], kind: .notFound),
        ]
        for tag in pages.tags {
            let cards =
                zip(content.cases, caseCards).filter { $0.0.tags.contains(tag) }.map(\.1)
                + zip(content.releases, releaseCards).filter { $0.0.tags.contains(tag) }.map(\.1)
            lists.append(ListPage(path: SiteLinks.tagPath(tag) + "index.html", cards: cards, kind: .tag(tag)))
        }
        let cache = cache
        try Parallel.forEach(lists, jobs: jobs) { list in
            let fingerprint = cache?.fingerprint(listing: list.cards)
            try Self.keepOrRender([list.path], fingerprint: fingerprint, cache: cache, writer: writer) {
                switch list.kind {
                case .index: [pages.renderIndexPage()]
                case .releases: [pages.renderReleaseIndexPage()]
                case .notFound: [pages.renderNotFoundPage()]
                case .tag(let tag): [pages.renderTagPage(tag)]
                }
            }
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

    /// The plain text of one release.
    func textRelease(_ release: Release) -> OutputFile {
        let release = bodies.withBody(release)
        return texts.render(release, document: MarkdownParser.parse(release.body), content: content)
    }

    /// feed.xml, sitemap.xml and cases.json, each kept when what it shows did not change: the
    /// feed shows releases whole, the sitemap paths and dates, cases.json every fact but bodies.
    private func renderMachineReadableFiles(into writer: OutputWriter) throws {
        let releases = content.releases.map { "\($0.source.path)=\(cache?.fileHash($0.source.path) ?? "")" }
        let facts = content.cases.map(PageCache.facts(of:))
        let releaseCases = content.releases.map { "\($0.slug) \($0.date) \($0.cases.joined(separator: " "))" }
        let dates =
            content.cases.map { "\($0.slug) \($0.updated?.description ?? "") \($0.tags)" }
            + content.releases.map { "\($0.slug) \($0.date) \($0.tags)" }
        let files: [(path: String, parts: [String])] = [
            ("feed.xml", releases), ("sitemap.xml", dates), ("cases.json", facts + ["|"] + releaseCases),
        ]
        let rendered = LazyFiles { machineReadableFiles() }
        for file in files {
            let fingerprint = cache?.fingerprint(of: file.path, from: file.parts)
            try Self.keepOrRender([file.path], fingerprint: fingerprint, cache: cache, writer: writer) {
                rendered.files.filter { $0.path == file.path }
            }
        }
    }

    /// feed.xml, sitemap.xml and cases.json.
    func machineReadableFiles() -> [OutputFile] {
        let site = content.site
        let releases = content.releases
        let feed = AtomFeedRenderer().render(
            site: site,
            entries: releases.map { release in
                FeedEntry(
                    title: release.title, url: site.baseURL + SiteLinks.releasePath(release.slug),
                    published: rules.publicationTime(of: release),
                    summary: Self.summary(of: bodies.withBody(release)))
            })
        var sitemap = [SitemapEntry(path: ""), SitemapEntry(path: "releases/")]
        sitemap += content.cases.map {
            SitemapEntry(path: SiteLinks.casePath($0.slug), lastModified: $0.updated)
        }
        sitemap += releases.map { SitemapEntry(path: SiteLinks.releasePath($0.slug), lastModified: $0.date) }
        sitemap += pages.tags.map { SitemapEntry(path: SiteLinks.tagPath($0)) }
        var releasesByCase: [String: [String]] = [:]
        for release in pages.releases {
            for slug in release.cases { releasesByCase[slug, default: []].append(release.slug) }
        }
        return [
            feed,
            SitemapRenderer().render(site: site, entries: sitemap),
            CasesJSONRenderer().render(site: site, cases: content.cases, releasesByCase: releasesByCase),
        ]
    }

    /// A release's summary for the feed: its `summary`, else its subtitle, else its first paragraph.
    static func summary(of release: Release) -> String {
        if let summary = release.summary, !summary.isEmpty { return summary }
        if let subtitle = release.subtitle, !subtitle.isEmpty { return subtitle }
        for block in MarkdownParser.parse(release.body).blocks {
            if case .paragraph(let inlines, _) = block {
                let text = inlines.plainText
                return text.count <= 300 ? text : String(text.prefix(297)) + "…"
            }
        }
        return release.title
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

/// Files rendered together, the first time one of them is needed.
private final class LazyFiles {
    private let make: () -> [OutputFile]
    private var made: [OutputFile]?

    init(_ make: @escaping () -> [OutputFile]) { self.make = make }

    var files: [OutputFile] {
        if let made { return made }
        let files = make()
        made = files
        return files
    }
}
