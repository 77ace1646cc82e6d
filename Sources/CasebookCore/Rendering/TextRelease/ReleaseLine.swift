import Foundation

/// The line above a release's dateline, as true at the build's moment: the draft line for a
/// draft, the embargo line while the embargo holds, the release line otherwise (which a site
/// may drop). The text, the e-mail, its subject and the review page all say the same.
enum ReleaseLine {
    /// The line for `release` at `rules.now`, or nil when the site prints none.
    static func text(for release: Release, site: Site, rules: PublicationRules) -> String? {
        if release.draft { return site.draftLine }
        if let embargo = release.embargo, embargo.instant > rules.now {
            let time = LocalTime(embargo.instant, in: site.timeZone).longForm
            return site.embargoLine.replacingOccurrences(of: Site.timePlaceholder, with: time)
        }
        return site.releaseLine
    }

    /// What a mail's subject starts with: the draft or embargo line, nothing once public.
    static func subjectPrefix(for release: Release, site: Site, rules: PublicationRules) -> String? {
        guard release.draft || (release.embargo.map { $0.instant > rules.now } ?? false) else { return nil }
        return text(for: release, site: site, rules: rules)
    }
}
