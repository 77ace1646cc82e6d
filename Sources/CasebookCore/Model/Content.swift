/// Everything a build reads: the site, its cases, releases and pages, sorted by slug.
package struct Content: Sendable {
    /// The site settings.
    package var site: Site
    /// Case files, sorted by slug.
    package var cases: [CaseFile]
    /// Press releases, sorted by slug.
    package var releases: [Release]
    /// Free-standing pages, sorted by slug.
    package var pages: [Page]
    /// Slugs of pages this build leaves out (drafts, in a public build), so that links to them
    /// lose their link rather than lead nowhere; never shown.
    var withheldPageSlugs: Set<String> = []
    /// Files under Content/assets/, as paths relative to that folder, sorted.
    var assets: [String]
    /// The content folder as given.
    var root: String
    /// Translations of case files (`cases/<slug>.<lang>.md`), sorted by slug then language.
    var caseTranslations: [CaseTranslation] = []
    /// Translations of releases (`releases/<slug>.<lang>.md`), sorted by slug then language.
    var releaseTranslations: [ReleaseTranslation] = []

    /// Creates content, sorting cases and releases by slug so output never depends on disk order.
    package init(
        site: Site, cases: [CaseFile], releases: [Release], pages: [Page] = [], assets: [String] = [],
        root: String
    ) {
        self.site = site
        self.cases = cases.sorted { $0.slug < $1.slug }
        self.releases = releases.sorted { $0.slug < $1.slug }
        self.pages = pages.sorted { $0.slug < $1.slug }
        self.assets = assets.sorted()
        self.root = root
    }
}
