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
        // Arrays are filtered, and items changed, only where something is withheld: in most
        // builds everything is public, and an array shared with `content` costs nothing where a
        // filtered one copies every release field by field.
        var result = content
        result.cases = Self.keeping(content.cases) { state(of: $0).isPublic }
        result.releases = Self.keeping(content.releases) { state(of: $0).isPublic }
        let caseSlugs = Set(result.cases.map { $0.slug })
        let releaseSlugs = Set(result.releases.map(\.slug))
        result.pages = Self.keeping(content.pages) { state(of: $0).isPublic }
        result.withheldPageSlugs = Set(content.pages.filter { !state(of: $0).isPublic }.map(\.slug))
        // A translation is public when its original is and it is not a draft itself.
        result.caseTranslations = Self.keeping(content.caseTranslations) {
            caseSlugs.contains($0.slug) && !$0.draft
        }
        result.releaseTranslations = Self.keeping(content.releaseTranslations) {
            releaseSlugs.contains($0.slug) && !$0.draft
        }
        for index in result.cases.indices where !result.cases[index].related.allSatisfy(caseSlugs.contains) {
            result.cases[index].related.removeAll { !caseSlugs.contains($0) }
        }
        func isShown(_ entry: Release.ReadAlso) -> Bool {
            switch entry {
            case .caseFile(let slug): return caseSlugs.contains(slug)
            case .release(let slug): return releaseSlugs.contains(slug)
            case .link: return true
            }
        }
        for index in result.releases.indices {
            if !result.releases[index].cases.allSatisfy(caseSlugs.contains) {
                result.releases[index].cases.removeAll { !caseSlugs.contains($0) }
            }
            if !result.releases[index].readAlso.allSatisfy(isShown) {
                result.releases[index].readAlso.removeAll { !isShown($0) }
            }
        }
        return result
    }

    /// `items` without those `isShown` rejects, asked once each: the same array when none is.
    private static func keeping<Item>(_ items: [Item], where isShown: (Item) -> Bool) -> [Item] {
        guard let first = items.firstIndex(where: { !isShown($0) }) else { return items }
        return Array(items[..<first]) + items[(first + 1)...].filter(isShown)
    }

    /// Midnight at the start of a date in the site's zone (a partial date starts on its first day).
    func startOfDay(_ date: PartialDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        return calendar.date(from: components) ?? .distantFuture
    }
}
