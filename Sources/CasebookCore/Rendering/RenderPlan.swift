import Foundation

/// Lists every file of a build as a job the writer carries out, with what the job needs to
/// know whether the file can be kept from the last build. Listing renders nothing: each job
/// renders its files when the writer runs it, so memory holds the pages being rendered, not
/// the whole site.
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
        /// default, the original and every translation into the language (lists of names on it),
        /// the translations given as `translations`, their digest.
        func alsoReading(_ slug: String, translations: String) -> [String] {
            guard !edition.isDefault else { return [] }
            return ["language \(edition.frame.language)", originals[slug] ?? "", translations]
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

    /// Every file of the build, listed once, in the order the site is made: cases.json first;
    /// in each language the lists, the case pages, the release pages with their text releases
    /// and the feed; then the pages of Content/pages/, the sitemap and the search index (made of
    /// the words the pages kept), the photos and the assets. The writer carries the jobs out
    /// (`OutputWriter.run`). cases.json, the largest file of a large site, needs nothing the
    /// pages make: made first, it is not held while the search index's words pile up.
    package var jobs: [RenderJob] {
        var all = [casesJSONJob()]
        all += editions.flatMap(jobs(of:))
        all += pageJobs()
        all += [sitemapJob(), searchIndexJob()]
        all += photoJobs()
        all += assetJobs()
        return all
    }

    /// The pages of Content/pages/, which are written in the default language only.
    private func pageJobs() -> [RenderJob] {
        let pages = editions[0].pages
        let bodies = bodies
        let searchWords = searchWords
        return pages.pages.map { page in
            RenderJob(
                paths: [SiteLinks.pagePath(page.slug) + "index.html"],
                reuse: reuse { $0.fingerprint(of: page) }
            ) {
                let document = pages.context.parseBody(of: page, from: bodies)
                searchWords.words(at: page.source.path) { SearchIndexRenderer.words(page, body: document) }
                return [pages.renderPage(page, document: document)]
            }
        }
    }

    /// The case and release pages, text releases and lists of one language.
    private func jobs(of renderers: EditionRenderers) -> [RenderJob] {
        // The search index covers the originals: their words are taken from the bodies parsed here.
        let shared = EditionPageJobs(
            renderers: renderers, mails: renderers.edition.isDefault ? mails : nil, bodies: bodies,
            searchWords: renderers.edition.isDefault ? searchWords : nil,
            // Every translated page reads every translation into its language: their hashes are
            // combined once here, not once per page (which cost a three-language build a fifth
            // of its instructions).
            translations: cache?.digest(of: renderers.edition.translationSources) ?? "")
        let cases = shared.cases.indices.map { index in
            RenderJob(
                paths: [shared.folder + SiteLinks.casePath(shared.cases[index].slug) + "index.html"],
                reuse: reuse { shared.fingerprint(ofCaseAt: index, in: $0) }
            ) {
                shared.filesOfCase(at: index)
            }
        }
        let releases = shared.releases.indices.map { index in
            RenderJob(
                paths: shared.paths(ofReleaseAt: index),
                reuse: reuse { shared.fingerprint(ofReleaseAt: index, in: $0) }
            ) {
                shared.filesOfRelease(at: index)
            }
        }
        // The lists first: each is one job over every case or release, the largest jobs of a
        // rebuild that changed one file, and last they kept one core busy while the other had
        // nothing left to take. The feed last: by then the release pages have kept the first
        // paragraphs it shows.
        return listJobs(renderers) + cases + releases + [
            feedJob(renderers, paragraphs: shared.firstParagraphs)
        ]
    }

    /// The index, the release list, the tag index, the 404 page (in the default language) and
    /// the tag pages of one language, each kept from the last build while what it shows, its
    /// model, is unchanged.
    private func listJobs(_ renderers: EditionRenderers) -> [RenderJob] {
        let pages = renderers.pages
        let folder = pages.folder
        var jobs = [
            modelJob(folder + "index.html", model: { pages.indexPage }, make: pages.renderIndexPage),
            modelJob(
                folder + "releases/index.html", model: { pages.releaseIndexPage },
                make: pages.renderReleaseIndexPage),
            modelJob(
                folder + SiteLinks.tagIndexPath + "index.html", model: { pages.tagIndexPage },
                make: pages.renderTagIndexPage),
        ]
        if renderers.edition.isDefault {
            jobs.append(modelJob("404.html", model: { pages.notFoundPage }, make: pages.renderNotFoundPage))
        }
        return jobs
            + pages.tags.map { tag in
                modelJob(folder + SiteLinks.tagPath(tag) + "index.html", model: { pages.tagPage(tag) }) {
                    pages.renderTagPage(tag, $0)
                }
            }
    }

    /// The job of a list page, kept from the last build while its model is unchanged. The
    /// model is built once: for the fingerprint, then for the page when it must be made.
    func modelJob<Model: TemplateModel>(
        _ path: String, model: @escaping @Sendable () -> Model,
        make: @escaping @Sendable (Model) -> OutputFile
    ) -> RenderJob {
        var reuse = RenderJob.Reuse.never
        if let cache {
            reuse = .sameModel {
                let built = model()
                return ModelFingerprint(cache.fingerprint(of: path, from: [built.fingerprint])) {
                    [make(built)]
                }
            }
        }
        return RenderJob(paths: [path], reuse: reuse) { [make(model())] }
    }

    /// The job of one file made from what it shows (`parts`): kept from the last build while
    /// they are unchanged.
    func fileJob(
        _ path: String, showing parts: @escaping @Sendable () -> [String],
        make: @escaping @Sendable () -> OutputFile
    ) -> RenderJob {
        RenderJob(paths: [path], reuse: reuse { $0.fingerprint(of: path, from: parts()) }) { [make()] }
    }

    /// Files with a fingerprint may be kept while it is unchanged; without a page cache every
    /// file is made. The fingerprint is worked out by the writer, on every core, not while the
    /// jobs are listed.
    private func reuse(_ fingerprint: @escaping @Sendable (PageCache) -> String) -> RenderJob.Reuse {
        guard let cache else { return .never }
        return .sameFingerprint { fingerprint(cache) }
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
