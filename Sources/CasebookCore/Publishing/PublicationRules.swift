import Foundation

/// Decides what is public at a given moment: the one place that answers "may this be seen?".
package struct PublicationRules: Sendable {
    /// Where an item stands at `now`.
    enum State: Hashable, Sendable {
        /// Published.
        case published
        /// Marked `draft: true`; never published.
        case draft
        /// Embargoed until the instant given.
        case embargoed(until: Date)
        /// Dated in the future (no embargo): public from the start of its date.
        case scheduled(at: Date)

        /// True only for `.published`.
        var isPublic: Bool { self == .published }
    }

    /// The moment the build takes as now.
    var now: Date
    /// The site's time zone, in which dates without a zone are read.
    var timeZone: TimeZone

    /// Creates rules for a moment in a zone.
    package init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// The instant a release becomes public: its embargo, or the start of its date in the site's zone.
    func publicationTime(of release: Release) -> Date {
        if let embargo = release.embargo { return embargo.instant }
        return startOfDay(release.date)
    }

    /// Where a release stands now.
    func state(of release: Release) -> State {
        if release.draft { return .draft }
        let time = publicationTime(of: release)
        if time <= now { return .published }
        return release.embargo == nil ? .scheduled(at: time) : .embargoed(until: time)
    }

    /// Where a case stands: cases have no embargo, only drafts.
    func state(of caseFile: CaseFile) -> State {
        caseFile.draft ? .draft : .published
    }

    /// Where a page stands: pages have no embargo, only drafts.
    func state(of page: Page) -> State {
        page.draft ? .draft : .published
    }

    /// The content a public build may show: public cases, releases and pages, with every
    /// reference to something that is not public removed, so that no renderer can leak it.
    package func publicContent(_ content: Content) -> Content {
        let cases = content.cases.filter { state(of: $0).isPublic }
        let releases = content.releases.filter { state(of: $0).isPublic }
        let caseSlugs = Set(cases.map(\.slug))
        let releaseSlugs = Set(releases.map(\.slug))
        var result = content
        result.pages = content.pages.filter { state(of: $0).isPublic }
        result.withheldPageSlugs = Set(content.pages.filter { !state(of: $0).isPublic }.map(\.slug))
        // A translation is public when its original is and it is not a draft itself.
        result.caseTranslations = content.caseTranslations.filter { caseSlugs.contains($0.slug) && !$0.draft }
        result.releaseTranslations = content.releaseTranslations.filter {
            releaseSlugs.contains($0.slug) && !$0.draft
        }
        result.cases = cases.map { caseFile in
            var caseFile = caseFile
            caseFile.related = caseFile.related.filter(caseSlugs.contains)
            return caseFile
        }
        result.releases = releases.map { release in
            var release = release
            release.cases = release.cases.filter(caseSlugs.contains)
            release.readAlso = release.readAlso.filter { entry in
                switch entry {
                case .caseFile(let slug): return caseSlugs.contains(slug)
                case .release(let slug): return releaseSlugs.contains(slug)
                case .link: return true
                }
            }
            return release
        }
        return result
    }

    /// Midnight at the start of a date in the site's zone (a partial date starts on its first day).
    func startOfDay(_ date: PartialDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        return calendar.date(from: components) ?? .distantFuture
    }
}
