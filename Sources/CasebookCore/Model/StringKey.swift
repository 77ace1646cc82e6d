/// One label of the theme or of the text release frame, as a string file names it
/// (`Templates/i18n/<lang>.yaml`); templates read it as `labels.<camelCase>`.
enum StringKey: String, CaseIterable, Sendable, Hashable {
    // Every page.
    case skipLink = "skip_link"
    case mainNavigation = "main_navigation"
    case navCases = "nav_cases"
    case navReleases = "nav_releases"
    case navTags = "nav_tags"
    case pageTitle = "page_title"
    case feedLinkTitle = "feed_link_title"
    case publishedBy = "published_by"
    case feedLink = "feed_link"
    case languageSwitcher = "language_switcher"
    case originalLanguage = "original_language"
    // Link previews (the meta description) of the list pages.
    case previewCases = "preview_cases"
    case previewReleases = "preview_releases"
    case previewTag = "preview_tag"
    case previewTags = "preview_tags"
    // The search on the index, shown by assets/search.js: its words, and the count of results by
    // CLDR plural category, as the browser's rules pick it ({query} and {count} are filled in there).
    case searchLabel = "search_label"
    case searchButton = "search_button"
    case searchHint = "search_hint"
    case searchKindCase = "search_kind_case"
    case searchKindRelease = "search_kind_release"
    case searchKindPage = "search_kind_page"
    case searchNone = "search_none"
    case searchResultsOne = "search_results_one"
    case searchResultsFew = "search_results_few"
    case searchResultsMany = "search_results_many"
    case searchResultsOther = "search_results_other"
    case searchLoading = "search_loading"
    case searchFailed = "search_failed"
    // Time in detention, counted in the page by assets/detention.js: the phrase ({time} is the
    // duration), and each unit's word by CLDR plural category, as the browser's rules pick it.
    case detentionPhrase = "detention_phrase"
    case detentionSeparator = "detention_separator"
    case detentionYearOne = "detention_year_one"
    case detentionYearFew = "detention_year_few"
    case detentionYearMany = "detention_year_many"
    case detentionYearOther = "detention_year_other"
    case detentionMonthOne = "detention_month_one"
    case detentionMonthFew = "detention_month_few"
    case detentionMonthMany = "detention_month_many"
    case detentionMonthOther = "detention_month_other"
    case detentionUnderAMonth = "detention_under_a_month"
    case detentionUnderAYear = "detention_under_a_year"
    // The index.
    case casesHeading = "cases_heading"
    case noCases = "no_cases"
    // Statuses, in `CaseStatus` order.
    case statusPreTrialDetention = "status_pre_trial_detention"
    case statusImprisoned = "status_imprisoned"
    case statusHouseArrest = "status_house_arrest"
    case statusRestrictedFreedom = "status_restricted_freedom"
    case statusPsychiatricDetention = "status_psychiatric_detention"
    case statusReleased = "status_released"
    case statusAbroad = "status_abroad"
    case statusDeceased = "status_deceased"
    // A case page and a case in a list.
    case facts
    case nativeName = "native_name"
    case aliases
    case country
    case status
    case detainedSince = "detained_since"
    case detainedSinceInline = "detained_since_inline"
    case heldAt = "held_at"
    case charges
    case sentence
    case unDecisions = "un_decisions"
    case tags
    case relatedCases = "related_cases"
    case lastUpdated = "last_updated"
    case timeline
    case source
    case caseReleases = "case_releases"
    // A release page.
    case about
    case readAlso = "read_also"
    case contactHeading = "contact_heading"
    case email
    case phone
    case textVersion = "text_version"
    case copyText = "copy_text"
    case copied
    case copyFailed = "copy_failed"
    // The notes at the end of a case's or release's text.
    case footnotes
    case footnoteBackLink = "footnote_back_link"
    // The release list, the tag pages.
    case releasesHeading = "releases_heading"
    case noReleases = "no_releases"
    case tagsHeading = "tags_heading"
    case tagged
    case tagCases = "tag_cases"
    case tagReleases = "tag_releases"
    case noTags = "no_tags"
    // The 404 page.
    case notFoundTitle = "not_found_title"
    case notFoundText = "not_found_text"
    case notFoundCases = "not_found_cases"
    case notFoundOr = "not_found_or"
    case notFoundReleases = "not_found_releases"
    // Review builds.
    case bannerDraft = "banner_draft"
    case bannerEmbargoed = "banner_embargoed"
    case bannerScheduled = "banner_scheduled"
    case badgeDraft = "badge_draft"
    case badgeEmbargoed = "badge_embargoed"
    case badgeScheduled = "badge_scheduled"
    // The text release, its e-mail and the feed.
    case releaseLine = "release_line"
    case embargoLine = "embargo_line"
    case draftLine = "draft_line"
    case notes
    case readAlsoText = "read_also_text"
    case contactText = "contact_text"
    case feedSubtitle = "feed_subtitle"
    // How an instant is written: `{clock}`, `{zone}` and `{date}`.
    case timeFormat = "time_format"

    /// The name templates use: `detained_since` is `detainedSince`.
    var templateName: String {
        let words = rawValue.split(separator: "_")
        return words.enumerated().map { index, word in
            index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }

    /// The key of a case status's label.
    static func status(_ status: CaseStatus) -> StringKey {
        switch status {
        case .preTrialDetention: return .statusPreTrialDetention
        case .imprisoned: return .statusImprisoned
        case .houseArrest: return .statusHouseArrest
        case .restrictedFreedom: return .statusRestrictedFreedom
        case .psychiatricDetention: return .statusPsychiatricDetention
        case .released: return .statusReleased
        case .abroad: return .statusAbroad
        case .deceased: return .statusDeceased
        }
    }
}

/// A phrase with a number in it, written once per CLDR plural category ("1 case", "3 cases").
enum CountedKey: String, CaseIterable, Sendable, Hashable {
    /// `{count} case`, on the index.
    case cases = "cases_count"
    /// `{count} press release`, on the release list.
    case releases = "releases_count"
}

/// The settings of a string file that are not labels: how dates and times are written.
enum StringSetting: String, CaseIterable, Sendable, Hashable {
    /// The CLDR locale dates are formatted in (`en-GB` writes "2 March 2018").
    case locale
    /// `abbreviation` ("CET") or `name` (CLDR's name of the zone in the language).
    case zoneNames = "zone_names"
}
