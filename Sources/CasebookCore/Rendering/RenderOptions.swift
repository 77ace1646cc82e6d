import Foundation

/// How pages are rendered: a public build, or a review build that marks what is not public.
public struct RenderOptions: Sendable {
    /// In a review build, the rules that say what is not yet public; nil for a public build.
    public var review: PublicationRules?

    /// Options for a public build (`review: nil`) or a review build.
    public init(review: PublicationRules? = nil) {
        self.review = review
    }

    /// True in a review build: every page gets `noindex`.
    public var isReview: Bool { review != nil }

    /// The banner a case page shows in a review build, or nil.
    func banner(for caseFile: CaseFile) -> String? {
        review.flatMap { Self.banner(for: $0.state(of: caseFile), in: $0.timeZone) }
    }

    /// The banner a release page shows in a review build, or nil; a draft's is the site's draft
    /// line, as its text and e-mail say.
    func banner(for release: Release, site: Site) -> String? {
        guard let review else { return nil }
        if release.draft { return site.draftLine }
        // The site's zone, as in the plain-text release, so both say the same time.
        return Self.banner(for: review.state(of: release), in: review.timeZone)
    }

    /// The banner a page of Content/pages/ shows in a review build, or nil.
    func banner(for page: Page) -> String? {
        review.flatMap { Self.banner(for: $0.state(of: page), in: $0.timeZone) }
    }

    /// The short mark a list shows next to an item that is not public, or nil.
    func badge(for caseFile: CaseFile) -> String? {
        review.flatMap { Self.badge(for: $0.state(of: caseFile)) }
    }

    /// The short mark a list shows next to a release that is not public, or nil.
    func badge(for release: Release) -> String? {
        review.flatMap { Self.badge(for: $0.state(of: release)) }
    }

    static func banner(for state: PublicationRules.State, in zone: TimeZone) -> String? {
        switch state {
        case .published: return nil
        case .draft: return "Draft: not published"
        case .embargoed(let until): return "Embargoed until \(Self.describe(until, in: zone))"
        case .scheduled(let at): return "Scheduled: published from \(Self.describe(at, in: zone))"
        }
    }

    static func badge(for state: PublicationRules.State) -> String? {
        switch state {
        case .published: return nil
        case .draft: return "Draft"
        case .embargoed: return "Embargoed"
        case .scheduled: return "Scheduled"
        }
    }

    /// "09:00 CET, 30 November 2026": the form the plain-text release uses too.
    static func describe(_ date: Date, in zone: TimeZone) -> String {
        LocalTime(date, in: zone).longForm
    }
}
