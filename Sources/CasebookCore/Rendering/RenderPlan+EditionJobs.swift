/// What the case and release jobs of one language share, held once by reference: a job's
/// closures capture this and the index of their case or release. Capturing the renderers and
/// the case file themselves gave each closure its own copy of them, some kilobytes per job,
/// 40 MB of a 10,000-case build held until the last page was written.
final class EditionPageJobs: Sendable {
    let renderers: RenderPlan.EditionRenderers
    /// The cases and releases that have a page in this language.
    let cases: [CaseFile]
    let releases: [Release]
    /// In a review build of the default language, the e-mail messages beside the text releases.
    private let mails: EmailReleaseRenderer?
    private let bodies: BodyStore
    /// Where the pages' words go for search.json; nil in other languages than the default.
    private let searchWords: SearchWordsCache?
    /// The digest of the translations into this language (see `alsoReading`).
    private let translations: String
    /// What the release pages parsed for the language's feed.
    let firstParagraphs = FirstParagraphs()

    init(
        renderers: RenderPlan.EditionRenderers, mails: EmailReleaseRenderer?, bodies: BodyStore,
        searchWords: SearchWordsCache?, translations: String
    ) {
        self.renderers = renderers
        cases = renderers.pages.cases
        releases = renderers.pages.releases
        self.mails = mails
        self.bodies = bodies
        self.searchWords = searchWords
        self.translations = translations
    }

    /// The language's folder in the output ("" or "ru/").
    var folder: String { renderers.pages.folder }

    func fingerprint(ofCaseAt index: Int, in cache: PageCache) -> String {
        let caseFile = cases[index]
        return cache.fingerprint(
            of: caseFile,
            alsoReading: renderers.alsoReading("case \(caseFile.slug)", translations: translations))
    }

    func fingerprint(ofReleaseAt index: Int, in cache: PageCache) -> String {
        let release = releases[index]
        return cache.fingerprint(
            of: release,
            alsoReading: renderers.alsoReading("release \(release.slug)", translations: translations))
    }

    /// The case's page, its body parsed once; its words go to the search index.
    func filesOfCase(at index: Int) -> [OutputFile] {
        let pages = renderers.pages
        let caseFile = cases[index]
        let document = pages.context.parseBody(of: caseFile, from: bodies)
        searchWords?.words(at: caseFile.source.path) { SearchIndexRenderer.words(caseFile, body: document) }
        return [pages.renderCasePage(caseFile, document: document)]
    }

    /// The release's page, text release and (in a review build) e-mail message.
    func paths(ofReleaseAt index: Int) -> [String] {
        let slug = releases[index].slug
        var paths = [
            folder + SiteLinks.releasePath(slug) + "index.html", folder + SiteLinks.releaseTextPath(slug),
        ]
        if mails != nil { paths.append(EmailReleaseRenderer.path(of: slug)) }
        return paths
    }

    /// The files of `paths(ofReleaseAt:)`, from one parse of the body.
    func filesOfRelease(at index: Int) -> [OutputFile] {
        let pages = renderers.pages
        let content = renderers.edition.content
        let release = releases[index]
        let document = pages.context.parseBody(of: release, from: bodies)
        searchWords?.words(at: release.source.path) { SearchIndexRenderer.words(release, body: document) }
        firstParagraphs.keep(of: release, document: document)
        var files = [
            pages.renderReleasePage(release, document: document),
            renderers.texts.render(
                release, document: document, content: content, language: renderers.edition.frame.language),
        ]
        if let mails { files.append(mails.render(release, document: document, content: content)) }
        return files
    }
}
