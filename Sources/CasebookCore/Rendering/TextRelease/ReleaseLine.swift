import Foundation

/// The line above a release's dateline, as true at the build's moment: the draft line for a
/// draft, the embargo line while the embargo holds, the release line otherwise (which a site
/// may drop). The text, the e-mail, its subject and the review page all say the same, in the
/// language they are written in.
enum ReleaseLine {
    /// The line for `release` at `rules.now` in `localization`'s language, or nil when the site
    /// prints none.
    static func text(
        for release: Release, site: Site, rules: PublicationRules, localization: Localization
    ) -> String? {
        if release.draft { return localization.line(.draftLine, site: site) }
        if let embargo = release.embargo, embargo.instant > rules.now {
            let time = localization.time(LocalTime(embargo.instant, in: site.timeZone))
            return localization.line(.embargoLine, site: site)?.replacingOccurrences(
                of: Site.timePlaceholder, with: time)
        }
        return localization.line(.releaseLine, site: site)
    }

    /// What a mail's subject starts with: the draft or embargo line, nothing once public.
    static func subjectPrefix(
        for release: Release, site: Site, rules: PublicationRules, localization: Localization
    ) -> String? {
        guard release.draft || (release.embargo.map { $0.instant > rules.now } ?? false) else { return nil }
        return text(for: release, site: site, rules: rules, localization: localization)
    }
}
