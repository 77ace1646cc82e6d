import Foundation

/// The machine-readable files: a feed per language, and one sitemap and cases.json for all.
extension RenderPlan {
    /// The feed of one language, kept while what it shows is unchanged: its releases whole,
    /// translations and the originals they take their other words from.
    func feedJob(_ renderers: EditionRenderers, paragraphs: FirstParagraphs) -> RenderJob {
        let cache = cache
        let originals = content.releases
        return fileJob(renderers.pages.folder + "feed.xml") {
            let sources = Set(
                renderers.edition.content.releases.map(\.source.path) + originals.map(\.source.path))
            let releases = sources.sorted().map { "\($0)=\(cache?.fileHash($0) ?? "")" }
            return [renderers.edition.frame.language] + releases
        } make: {
            feed(renderers, paragraphs: paragraphs)
        }
    }

    /// sitemap.xml, kept while the paths, dates and languages it shows are unchanged.
    func sitemapJob() -> RenderJob {
        fileJob("sitemap.xml") {
            shownDates() + ["|"] + shownTranslations()
        } make: {
            sitemap()
        }
    }

    /// cases.json, kept while every fact but bodies, and each case's translations, are unchanged.
    func casesJSONJob() -> RenderJob {
        fileJob("cases.json") {
            content.cases.map { caseFile in
                cache?.digest("cases.json", of: caseFile.source.path) { [PageCache.facts(of: caseFile)] }
                    ?? PageCache.facts(of: caseFile)
            } + ["|"]
                + content.releases.map { "\($0.slug) \($0.date) \($0.cases.joined(separator: " "))" } + [
                    "|"
                ]
                + shownTranslations()
        } make: {
            casesJSON()
        }
    }

    /// What the sitemap shows of each item: its path, its date and its tags.
    private func shownDates() -> [String] {
        func shown(_ path: String, _ line: () -> String) -> String {
            cache?.digest("sitemap", of: path) { [line()] } ?? line()
        }
        return content.cases.map { caseFile in
            shown(caseFile.source.path) {
                "\(caseFile.slug) \(caseFile.updated?.description ?? "") \(Self.shown(caseFile.tags))"
            }
        }
            + content.releases.map { release in
                shown(release.source.path) { "\(release.slug) \(release.date) \(Self.shown(release.tags))" }
            }
            + content.pages.map { "page \($0.slug)" }
    }

    /// Tags in a fingerprint line, each after its length so that no two lists read alike. An
    /// array's own description reflects on every element at run time, at many times the cost.
    private static func shown(_ tags: [String]) -> String {
        tags.map { "\($0.utf8.count):\($0)" }.joined(separator: " ")
    }

    /// Which items each language translates, and the translated names of cases.
    private func shownTranslations() -> [String] {
        editions.dropFirst().flatMap { renderers in
            renderers.edition.content.cases.filter { renderers.edition.translatedCases.contains($0.slug) }.map
            {
                "\(renderers.edition.frame.language) \($0.slug) \($0.name)"
            }
                + renderers.edition.translatedReleases.sorted().map {
                    "\(renderers.edition.frame.language) \($0)"
                }
        }
    }

    /// search.json, made once every page is: it takes the words each page folded from the
    /// body it parsed, and a body of a page still being rendered would be parsed twice. It shows
    /// every file whole.
    func searchIndexJob() -> RenderJob {
        var job = fileJob(SiteLinks.searchIndexPath) {
            let fileHash = { (path: String) in "\(path)=\(cache?.fileHash(path) ?? "")" }
            return content.cases.map { fileHash($0.source.path) } + ["|"]
                + content.releases.map { fileHash($0.source.path) }
                + ["|"] + content.pages.map { fileHash($0.source.path) }
        } make: {
            searchIndex()
        }
        job.waitsForEarlierJobs = true
        return job
    }

    /// The Atom feed of one language: every public release, in that language where translated.
    func feed(_ renderers: EditionRenderers, paragraphs: FirstParagraphs) -> OutputFile {
        let content = renderers.edition.content
        let site = content.site
        let links = renderers.pages.context.links
        return AtomFeedRenderer(strings: renderers.pages.localization.strings).render(
            site: site, language: renderers.edition.frame.language, folder: renderers.pages.folder,
            entries: content.releases.map { release in
                var entry = FeedEntry(
                    title: release.title, url: links.baseURL + links.releaseFolder(release.slug),
                    published: rules.publicationTime(of: release),
                    summary: Self.summary(of: release) {
                        paragraphs.kept(for: release)
                            ?? MarkdownParser.firstParagraphText(
                                bodies.withBody(release).body, smart: site.smartPunctuation)
                    })
                entry.language =
                    links.isTranslated(release: release.slug) ? nil : renderers.edition.frame.defaultLanguage
                return entry
            })
    }

    /// Every page of every language, each with the languages it exists in.
    func sitemap() -> OutputFile {
        let frame = editions[0].edition.frame
        let every = frame.languages
        var sitemap = ["", "releases/", SiteLinks.tagIndexPath].map {
            SitemapEntry(path: $0, languages: every, folder: frame.folder(of:))
        }
        sitemap += content.cases.map {
            SitemapEntry(
                path: SiteLinks.casePath($0.slug), lastModified: $0.updated,
                languages: frame.languages(ofCase: $0.slug), folder: frame.folder(of:))
        }
        sitemap += content.releases.map {
            SitemapEntry(
                path: SiteLinks.releasePath($0.slug), lastModified: $0.date,
                languages: frame.languages(ofRelease: $0.slug), folder: frame.folder(of:))
        }
        sitemap += editions[0].pages.tags.map {
            SitemapEntry(path: SiteLinks.tagPath($0), languages: every, folder: frame.folder(of:))
        }
        // Pages of Content/pages/ are written in the default language only.
        sitemap += content.pages.map { SitemapEntry(path: SiteLinks.pagePath($0.slug)) }
        return SitemapRenderer().render(site: content.site, entries: sitemap.flatMap(\.inEveryLanguage))
    }

    func casesJSON() -> OutputFile {
        var releasesByCase: [String: [String]] = [:]
        for release in editions[0].pages.releases {
            for slug in release.cases { releasesByCase[slug, default: []].append(release.slug) }
        }
        var translations: [String: [CaseTranslationLink]] = [:]
        for renderers in editions.dropFirst() {
            let edition = renderers.edition
            for caseFile in edition.content.cases where edition.translatedCases.contains(caseFile.slug) {
                translations[caseFile.slug, default: []].append(
                    CaseTranslationLink(
                        language: edition.frame.language,
                        url: content.site.baseURL + renderers.pages.context.links.caseFolder(caseFile.slug),
                        name: caseFile.name))
            }
        }
        return CasesJSONRenderer().render(
            site: content.site, cases: content.cases, releasesByCase: releasesByCase,
            translations: translations)
    }

    /// search.json: every case, release and page. Their entries come from the last build while
    /// their files did not change; the words of the others were taken while their pages were
    /// rendered, and only a page kept without its entry in the cache has its body read and
    /// parsed again here. The entries are kept for the next build as parts of the file.
    func searchIndex() -> OutputFile {
        let links = SiteLinks(content: content)
        // What an entry shows besides its own file: links from the site's base path, and a
        // release's headline with the site's punctuation.
        let context = "\(links.path("")) \(content.site.smartPunctuation)"
        var paths: [String] = []
        func item<Item: ContentItem>(
            _ item: Item, _ fold: @escaping (Item, MarkdownDocument) -> String,
            _ make: (Item, String) -> SearchEntry
        ) -> SearchIndexRenderer.Item {
            paths.append(item.source.path)
            if let written = searchWords.writtenEntry(at: item.source.path, context: context) {
                return .written(written)
            }
            let words = searchWords.takeWords(at: item.source.path) {
                fold(
                    item,
                    bodies.withBody(of: item) {
                        MarkdownParser.parse(bytes: $0, smart: content.site.smartPunctuation)
                    })
            }
            return .made(make(item, words))
        }
        var items =
            content.cases.map { caseFile in
                item(caseFile, SearchIndexRenderer.words) {
                    SearchIndexRenderer.entry($0, words: $1, links: links)
                }
            }
            + editions[0].pages.releases.map { release in
                item(release, SearchIndexRenderer.words) {
                    SearchIndexRenderer.entry($0, words: $1, links: links)
                }
            }
            + content.pages.map { page in
                item(page, SearchIndexRenderer.words) {
                    SearchIndexRenderer.entry($0, words: $1, links: links)
                }
            }
        let (file, ranges) = SearchIndexRenderer().render(&items)
        searchWords.keep(
            entriesOf: file.contents, at: zip(paths, ranges).map { (path: $0, range: $1) }, context: context)
        return file
    }

    /// A release's summary for the feed: its `summary`, else its subtitle, else its first paragraph.
    static func summary(of release: Release, smart: Bool) -> String {
        summary(of: release) { MarkdownParser.firstParagraphText(release.body, smart: smart) }
    }

    /// `summary(of:smart:)`, the first paragraph's text (nil when the body has none) given by
    /// `firstParagraph`, which is asked only when the release has neither summary nor subtitle.
    static func summary(of release: Release, firstParagraph: () -> String?) -> String {
        if let summary = release.summary, !summary.isEmpty { return summary }
        if let subtitle = release.subtitle, !subtitle.isEmpty { return subtitle }
        guard let text = firstParagraph() else { return release.title }
        return text.count <= 300 ? text : String(text.prefix(297)) + "…"
    }

    /// True when the feed shows `release`'s first paragraph: it has no summary or subtitle.
    static func summaryNeedsBody(_ release: Release) -> Bool {
        (release.summary ?? "").isEmpty && (release.subtitle ?? "").isEmpty
    }
}
