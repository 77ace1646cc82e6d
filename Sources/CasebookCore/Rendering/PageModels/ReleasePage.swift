import Foundation

/// The model of a release page (template `release`): the layout's keys plus `release`.
struct ReleasePage: TemplateModel {
    let layout: Layout
    let release: ReleaseFacts

    /// The page of `release`, whose body is `bodyHTML` and starts with `firstParagraph`.
    init(_ release: Release, bodyHTML: [UInt8], firstParagraph: String?, in context: PageContext) {
        let published = PublicationRules(now: Date(timeIntervalSince1970: 0), timeZone: context.site.timeZone)
            .publicationTime(of: release)
        layout = Layout(
            title: release.title, path: SiteLinks.releasePath(release.slug), section: .releases,
            banner: context.options.banner(for: release, site: context.site, in: context.localization),
            languages: context.frame.languages(ofRelease: release.slug),
            preview: PreviewFacts(
                description: release.summary ?? release.subtitle ?? firstParagraph ?? release.title,
                kind: .article, published: published),
            in: context)
        self.release = ReleaseFacts(release, bodyHTML: bodyHTML, in: context)
    }

    static let templateFields: [TemplateField<ReleasePage>] = [
        .inlined("layout", \.layout), .object("release", \.release),
    ]
}

/// `release`: the dateline, headline, body, cases, read also, contacts and tags.
struct ReleaseFacts: TemplateModel {
    let slug: String
    let title: String
    let subtitle: String?
    /// The release's place, or the site's.
    let place: String?
    let date: DateText
    let cases: ItemList<CaseLink>?
    /// The body as HTML (insert with `{{{…}}}`).
    let bodyHTML: [UInt8]
    let readAlso: ItemList<ReadAlsoEntry>?
    let contacts: ItemList<ContactModel>?
    let tags: ItemList<TagLink>?
    /// The plain-text release's path.
    let textURL: String

    init(_ release: Release, bodyHTML: [UInt8], in context: PageContext) {
        slug = release.slug
        title = release.title
        subtitle = release.subtitle
        place = release.place ?? context.site.place
        date = context.dateText(release.date)
        cases = .of(release.cases.compactMap(context.caseFile).map { CaseLink($0, in: context) })
        self.bodyHTML = bodyHTML
        readAlso = .of(release.readAlso.compactMap { ReadAlsoEntry($0, in: context) })
        contacts = .of(context.site.contacts(named: release.contactIDs).map(ContactModel.init))
        tags = context.tagList(release.tags)
        textURL = context.links.basePath + context.links.releaseTextFile(release.slug)
    }

    static let templateFields: [TemplateField<ReleaseFacts>] = [
        .text("slug", \.slug), .text("title", \.title), .text("subtitle", \.subtitle),
        .text("place", \.place), .object("date", \.date), .object("cases", \.cases),
        .html("bodyHTML", \.bodyHTML), .object("readAlso", \.readAlso), .object("contacts", \.contacts),
        .object("tags", \.tags), .text("textURL", \.textURL),
    ]
}

/// `{title, url}` for an entry of "Read also".
struct ReadAlsoEntry: TemplateModel {
    let title: String
    let url: String
    /// The page's language, when it is not the release's (a page without a translation).
    var otherLanguage: ItemLanguage? = nil

    /// The link, or nil when the entry has no page or a URL that may not be linked.
    init?(_ entry: Release.ReadAlso, in context: PageContext) {
        switch entry {
        case .caseFile(let slug):
            guard let caseFile = context.caseFile(slug) else { return nil }
            title = caseFile.name
            url = context.links.casePage(slug)
            otherLanguage = context.otherLanguage(ofCase: slug)
        case .release(let slug):
            guard let release = context.release(slug) else { return nil }
            title = release.title
            url = context.links.releasePage(slug)
            otherLanguage = context.otherLanguage(ofRelease: slug)
        case .link(let title, let url):
            guard let resolved = context.url(fromFrontmatter: url) else { return nil }
            self.title = title
            self.url = resolved
        }
    }

    static let templateFields: [TemplateField<ReadAlsoEntry>] = [
        .text("title", \.title), .text("url", \.url), .object("otherLanguage", \.otherLanguage),
    ]
}

/// `{name, role, email, mailto, phone, tel}` for one press contact.
struct ContactModel: TemplateModel {
    let name: String
    let role: String?
    let email: String?
    /// `mailto:` and the address, percent-encoded.
    let mailto: String?
    let phone: String?
    /// `tel:` and the phone number's digits.
    let tel: String?

    init(_ contact: Contact) {
        name = contact.name
        role = contact.role
        email = contact.email
        let allowed = CharacterSet.urlUserAllowed.union(["@"])
        mailto = contact.email.map {
            "mailto:" + ($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0)
        }
        phone = contact.phone
        tel = contact.phone.map { "tel:" + $0.filter { $0 == "+" || ($0.isASCII && $0.isNumber) } }
    }

    static let templateFields: [TemplateField<ContactModel>] = [
        .text("name", \.name), .text("role", \.role), .text("email", \.email), .text("mailto", \.mailto),
        .text("phone", \.phone), .text("tel", \.tel),
    ]
}

/// `{title, url, date, otherLanguage}` for a link to a release; `otherLanguage` is set when the page is
/// not in the language of the page that links to it.
struct ReleaseLink: TemplateModel {
    let title: String
    let url: String
    let date: DateText
    let otherLanguage: ItemLanguage?

    init(_ release: Release, in context: PageContext) {
        title = release.title
        url = context.links.releasePage(release.slug)
        date = context.dateText(release.date)
        otherLanguage = context.otherLanguage(ofRelease: release.slug)
    }

    static let templateFields: [TemplateField<ReleaseLink>] = [
        .text("title", \.title), .text("url", \.url), .object("date", \.date),
        .object("otherLanguage", \.otherLanguage),
    ]
}

/// The entry of a list of releases (partial `partials/release-item`).
struct ReleaseItem: TemplateModel {
    let title: String
    let url: String
    /// The page's language, when it is not the list's (a release without a translation).
    let otherLanguage: ItemLanguage?
    let date: DateText
    let subtitle: String?
    /// "Draft" or "Embargoed" (in the page's language) on a review build.
    let badge: String?

    /// `fieldsDigest`, made once the fields are set; the item is never changed after.
    private var digest: UInt64 = 0

    init(_ release: Release, in context: PageContext) {
        let link = ReleaseLink(release, in: context)
        title = link.title
        url = link.url
        otherLanguage = link.otherLanguage
        date = link.date
        subtitle = release.subtitle
        badge = context.options.badge(for: release, in: context.localization)
        digest = fieldsDigest
    }

    func combine(into hash: inout StableHash) {
        hash.combine(digest: digest)
    }

    static let templateFields: [TemplateField<ReleaseItem>] = [
        .text("title", \.title), .text("url", \.url), .object("otherLanguage", \.otherLanguage),
        .object("date", \.date), .text("subtitle", \.subtitle),
        .text("badge", \.badge),
    ]
}
