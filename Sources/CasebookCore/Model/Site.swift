import Foundation

/// An image under Content/assets/ with its text alternative.
struct SiteImage: Hashable, Sendable {
    /// The path under Content/assets/ ("share/preview.png").
    var file: String
    /// What the image shows, for people who cannot see it.
    var alt: String

    /// Creates an image reference.
    init(file: String, alt: String) {
        self.file = file
        self.alt = alt
    }
}

/// The site as described by Content/site.yaml.
package struct Site: Hashable, Sendable {
    /// Site title.
    var title: String
    /// The organisation that publishes.
    var organisation: String
    /// Absolute URL the site is served from; always ends with `/`.
    var baseURL: String
    /// BCP 47 language tag of the content: files without a language suffix are in it.
    var language: String
    /// The other languages the site is published in, in the order site.yaml lists them.
    var languages: [SiteLanguage] = []
    /// IANA time zone for dates without one, datelines and embargoes.
    package var timeZone: TimeZone
    /// Default dateline city.
    var place: String?
    /// Column width of plain-text releases.
    var textWidth: Int
    /// The line that ends a plain-text release.
    var endMark: String
    /// The first line of a release that may be published now; nil prints none.
    var releaseLine: String? = Site.defaultReleaseLine
    /// The first line of an embargoed release; `{time}` stands for the embargo's time.
    var embargoLine: String = Site.defaultEmbargoLine
    /// The first line of a draft, in the text, the e-mail and the review page; never dropped.
    var draftLine: String = Site.defaultDraftLine
    /// Whether straight quotes, `--` and `...` become typographic quotes, dashes and ellipses.
    package var smartPunctuation = true
    /// One or two sentences about the site, for the link previews and meta description of its lists.
    var description: String?
    /// The image link previews show for a page that has none of its own.
    var previewImage: SiteImage?
    /// Media contacts.
    package var contacts: [Contact]
    /// Contacts a release gets when it names none; nil means all of them.
    var defaultContactIDs: [String]?
    /// Where site.yaml is, for messages.
    var location: SourceLocation
    /// Where each key and list entry was written, by key path ("base_url", "default_contacts[1]",
    /// "contacts[0].id"); list indices are those of the arrays above.
    var locations = KeyLocations()

    /// Creates a site with the spec's defaults for what is optional.
    init(
        title: String, organisation: String, baseURL: String, language: String = "en",
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, place: String? = nil,
        textWidth: Int = 72, endMark: String = "###", contacts: [Contact] = [],
        defaultContactIDs: [String]? = nil, location: SourceLocation = SourceLocation(path: "site.yaml")
    ) {
        self.title = title
        self.organisation = organisation
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.place = place
        self.textWidth = textWidth
        self.endMark = endMark
        self.contacts = contacts
        self.defaultContactIDs = defaultContactIDs
        self.location = location
    }

    /// The path part of `baseURL` ("/cases/" for https://example.org/cases/), which every
    /// link between pages starts with, so a site served from a sub-path still works.
    var basePath: String {
        guard let components = URLComponents(string: baseURL), !components.path.isEmpty else { return "/" }
        return components.path.hasSuffix("/") ? components.path : components.path + "/"
    }

    /// `release_line`'s default.
    static let defaultReleaseLine = "FOR IMMEDIATE RELEASE"
    /// `embargo_line`'s default.
    static let defaultEmbargoLine = "EMBARGOED UNTIL {time}"
    /// `draft_line`'s default.
    static let defaultDraftLine = "DRAFT — NOT FOR PUBLICATION"
    /// What `embargo_line` writes where the embargo's time goes.
    static let timePlaceholder = "{time}"

    /// The contacts a release without its own list gets.
    var defaultContacts: [Contact] {
        guard let ids = defaultContactIDs else { return contacts }
        return ids.compactMap { id in contacts.first { $0.id == id } }
    }

    /// The contacts a release names by id, or the default contacts when it names none.
    func contacts(named ids: [String]?) -> [Contact] {
        guard let ids else { return defaultContacts }
        return ids.compactMap { id in contacts.first { $0.id == id } }
    }
}
