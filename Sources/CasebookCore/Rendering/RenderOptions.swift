import Foundation

/// How pages are rendered: a public build, or a review build that marks what is not public.
package struct RenderOptions: Sendable {
    /// In a review build, the rules that say what is not yet public; nil for a public build.
    var review: PublicationRules?

    /// Options for a public build (`review: nil`) or a review build.
    package init(review: PublicationRules? = nil) {
        self.review = review
    }

    /// True in a review build: every page gets `noindex`.
    var isReview: Bool { review != nil }

    /// The banner a case page shows in a review build, or nil, in the page's language.
    func banner(for caseFile: CaseFile, in localization: Localization) -> String? {
        review.flatMap {
            Self.banner(for: $0.state(of: caseFile), in: $0.timeZone, localization: localization)
        }
    }

    /// The banner a release page shows in a review build, or nil; a draft's is the draft line,
    /// as its text and e-mail say.
    func banner(for release: Release, site: Site, in localization: Localization) -> String? {
        guard let review else { return nil }
        if release.draft { return localization.line(.draftLine, site: site) }
        // The site's zone, as in the plain-text release, so both say the same time.
        return Self.banner(for: review.state(of: release), in: review.timeZone, localization: localization)
    }

    /// The banner a page of Content/pages/ shows in a review build, or nil.
    func banner(for page: Page, in localization: Localization) -> String? {
        review.flatMap { Self.banner(for: $0.state(of: page), in: $0.timeZone, localization: localization) }
    }

    /// The short mark a list shows next to an item that is not public, or nil.
    func badge(for caseFile: CaseFile, in localization: Localization) -> String? {
        review.flatMap { Self.badge(for: $0.state(of: caseFile), localization: localization) }
    }

    /// The short mark a list shows next to a release that is not public, or nil.
    func badge(for release: Release, in localization: Localization) -> String? {
        review.flatMap { Self.badge(for: $0.state(of: release), localization: localization) }
    }

    static func banner(for state: PublicationRules.State, in zone: TimeZone, localization: Localization)
        -> String?
    {
        switch state {
        case .published: return nil
        case .draft: return localization[.bannerDraft]
        case .embargoed(let until):
            return localization[.bannerEmbargoed, ["time": localization.time(LocalTime(until, in: zone))]]
        case .scheduled(let at):
            return localization[.bannerScheduled, ["time": localization.time(LocalTime(at, in: zone))]]
        }
    }

    static func badge(for state: PublicationRules.State, localization: Localization) -> String? {
        switch state {
        case .published: return nil
        case .draft: return localization[.badgeDraft]
        case .embargoed: return localization[.badgeEmbargoed]
        case .scheduled: return localization[.badgeScheduled]
        }
    }
}
