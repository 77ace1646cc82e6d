import Foundation

/// An image under Content/assets/ with its text alternative.
public struct SiteImage: Hashable, Sendable {
    /// The path under Content/assets/ ("share/preview.png").
    public var file: String
    /// What the image shows, for people who cannot see it.
    public var alt: String

    /// Creates an image reference.
    public init(file: String, alt: String) {
        self.file = file
        self.alt = alt
    }
}

/// The site as described by Content/site.yaml.
public struct Site: Hashable, Sendable {
    /// Site title.
    public var title: String
    /// The organisation that publishes.
    public var organisation: String
    /// Absolute URL the site is served from; always ends with `/`.
    public var baseURL: String
    /// BCP 47 language tag of the content: files without a language suffix are in it.
    public var language: String
    /// The other languages the site is published in, in the order site.yaml lists them.
    public var languages: [SiteLanguage] = []
    /// IANA time zone for dates without one, datelines and embargoes.
    public var timeZone: TimeZone
    /// Default dateline city.
    public var place: String?
    /// Column width of plain-text releases.
    public var textWidth: Int
    /// The line that ends a plain-text release.
    public var endMark: String
    /// The first line of a release that may be published now; nil prints none.
    public var releaseLine: String? = Site.defaultReleaseLine
    /// The first line of an embargoed release; `{time}` stands for the embargo's time.
    public var embargoLine: String = Site.defaultEmbargoLine
    /// The first line of a draft, in the text, the e-mail and the review page; never dropped.
    public var draftLine: String = Site.defaultDraftLine
    /// Whether straight quotes, `--` and `...` become typographic quotes, dashes and ellipses.
    public var smartPunctuation = true
    /// One or two sentences about the site, for the link previews and meta description of its lists.
    public var description: String?
    /// The image link previews show for a page that has none of its own.
    public var previewImage: SiteImage?
    /// Media contacts.
    public var contacts: [Contact]
    /// Contacts a release gets when it names none; nil means all of them.
    public var defaultContactIDs: [String]?
    /// Where site.yaml is, for messages.
    public var location: SourceLocation
    /// Where each key and list entry was written, by key path ("base_url", "default_contacts[1]",
    /// "contacts[0].id"); list indices are those of the arrays above.
    public var locations: [String: SourceLocation] = [:]

    /// Creates a site with the spec's defaults for what is optional.
    public init(
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
    public var basePath: String {
        guard let components = URLComponents(string: baseURL), !components.path.isEmpty else { return "/" }
        return components.path.hasSuffix("/") ? components.path : components.path + "/"
    }

    /// `release_line`'s default.
    public static let defaultReleaseLine = "FOR IMMEDIATE RELEASE"
    /// `embargo_line`'s default.
    public static let defaultEmbargoLine = "EMBARGOED UNTIL {time}"
    /// `draft_line`'s default.
    public static let defaultDraftLine = "DRAFT — NOT FOR PUBLICATION"
    /// What `embargo_line` writes where the embargo's time goes.
    public static let timePlaceholder = "{time}"

    /// The contacts a release without its own list gets.
    public var defaultContacts: [Contact] {
        guard let ids = defaultContactIDs else { return contacts }
        return ids.compactMap { id in contacts.first { $0.id == id } }
    }

    /// The contacts a release names by id, or the default contacts when it names none.
    func contacts(named ids: [String]?) -> [Contact] {
        guard let ids else { return defaultContacts }
        return ids.compactMap { id in contacts.first { $0.id == id } }
    }
}
