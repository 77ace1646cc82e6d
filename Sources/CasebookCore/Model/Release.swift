import Foundation

/// One press release: Content/releases/<slug>.md.
package struct Release: Hashable, Sendable {
    /// An entry of the "Read also" list.
    enum ReadAlso: Hashable, Sendable {
        /// Another case page, by slug.
        case caseFile(String)
        /// Another release, by slug.
        case release(String)
        /// Any page, by title and URL.
        case link(title: String, url: String)
    }

    /// The file name without `.md`.
    package var slug: String
    /// The headline.
    var title: String
    /// The date on the dateline.
    var date: PartialDate
    /// The dateline city, when it differs from the site's.
    var place: String?
    /// The standfirst.
    var subtitle: String?
    /// Slugs of the cases the release is about.
    var cases: [String] = []
    /// Contact ids; nil means the site's default contacts.
    var contactIDs: [String]?
    /// The "Read also" list.
    var readAlso: [ReadAlso] = []
    /// Theme slugs (an extension of the format: releases appear on tag pages too).
    package var tags: [String] = []
    /// A one-paragraph abstract for lists and feeds (an extension of the format).
    var summary: String?
    /// The moment the release may be published, when it is embargoed.
    var embargo: Embargo?
    /// A draft is never published.
    var draft: Bool = false
    /// The Markdown body.
    package var body: String
    /// The source file.
    package var source: SourceFile
    /// Where each key and list entry was written, by key path ("date", "cases[0]", "read_also[1]");
    /// list indices are those of the arrays above.
    var locations = KeyLocations()
    /// Indices of `readAlso` entries written as a bare slug, which the loader resolved to a case when
    /// one has that slug and to a release otherwise; the checker reports those that are ambiguous.
    var bareReadAlsoIndices: Set<Int> = []

    /// Creates a release with the required fields; the rest are set as properties.
    package init(slug: String, title: String, date: PartialDate, body: String, source: SourceFile) {
        self.slug = slug
        self.title = title
        self.date = date
        self.body = body
        self.source = source
    }
}

/// An embargo: an instant, and the zone it was written in (nil for a fixed UTC offset).
struct Embargo: Hashable, Sendable {
    /// The instant the release becomes public.
    var instant: Date
    /// The IANA zone named in the file, if one was.
    var zoneIdentifier: String?

    /// Creates an embargo.
    init(instant: Date, zoneIdentifier: String? = nil) {
        self.instant = instant
        self.zoneIdentifier = zoneIdentifier
    }
}
