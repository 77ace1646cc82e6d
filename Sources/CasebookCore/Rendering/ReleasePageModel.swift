import Foundation

/// The model of a release page (template `release`): the layout's keys plus `release`.
enum ReleasePageModel {
    /// Keys of `release`: slug, title, subtitle, place, date, cases, bodyHTML, readAlso, contacts,
    /// tags, textURL.
    /// `document` is the body already parsed (shared with the text release); nil parses it here.
    static func make(_ release: Release, document: MarkdownDocument? = nil, in context: PageContext)
        -> [String: Any]
    {
        let path = SiteLinks.releasePath(release.slug)
        var model = context.layout(
            title: release.title, path: path, section: .releases,
            banner: context.options.banner(for: release, site: context.site))
        var page: [String: Any] = [
            "slug": release.slug,
            "title": release.title,
            "date": PageContext.date(release.date),
            "bodyHTML": document.map(context.html(document:)) ?? context.html(markdown: release.body),
            "textURL": context.links.path(SiteLinks.releaseTextPath(release.slug)),
        ]
        page["subtitle"] = release.subtitle
        page["place"] = release.place ?? context.site.place
        page["cases"] = PageContext.list(
            release.cases.compactMap { context.casesBySlug[$0] }.map {
                CasePageModel.caseLink($0, in: context)
            })
        page["readAlso"] = PageContext.list(release.readAlso.compactMap { readAlso($0, in: context) })
        page["contacts"] = PageContext.list(contacts(of: release, site: context.site).map(contact))
        page["tags"] = context.tagList(release.tags)
        model["release"] = page
        return model
    }

    /// `{title, url}` for an entry of "Read also", or nil when it has no page or a URL that may not be linked.
    static func readAlso(_ entry: Release.ReadAlso, in context: PageContext) -> [String: Any]? {
        switch entry {
        case .caseFile(let slug):
            return context.casesBySlug[slug].map {
                ["title": $0.name, "url": context.links.path(SiteLinks.casePath(slug))]
            }
        case .release(let slug):
            return context.releasesBySlug[slug].map {
                ["title": $0.title, "url": context.links.path(SiteLinks.releasePath(slug))]
            }
        case .link(let title, let url):
            return context.url(fromFrontmatter: url).map { ["title": title, "url": $0] }
        }
    }

    /// The contacts a release names, or the site's defaults when it names none.
    static func contacts(of release: Release, site: Site) -> [Contact] {
        guard let ids = release.contactIDs else { return site.defaultContacts }
        return ids.compactMap { id in site.contacts.first { $0.id == id } }
    }

    /// `{name, role, email, mailto, phone, tel}` for one contact.
    static func contact(_ contact: Contact) -> [String: Any] {
        var model: [String: Any] = ["name": contact.name]
        model["role"] = contact.role
        if let email = contact.email {
            model["email"] = email
            let allowed = CharacterSet.urlUserAllowed.union(["@"])
            model["mailto"] =
                "mailto:" + (email.addingPercentEncoding(withAllowedCharacters: allowed) ?? email)
        }
        if let phone = contact.phone {
            model["phone"] = phone
            model["tel"] = "tel:" + phone.filter { $0 == "+" || ($0.isASCII && $0.isNumber) }
        }
        return model
    }

    /// `{title, url, date}` for a link to a release.
    static func link(to release: Release, in context: PageContext) -> [String: Any] {
        [
            "title": release.title,
            "url": context.links.path(SiteLinks.releasePath(release.slug)),
            "date": PageContext.date(release.date),
        ]
    }

    /// The entry of a list of releases (partial `partials/release-item`): title, url, date, subtitle, badge.
    static func listItem(_ release: Release, in context: PageContext) -> [String: Any] {
        var model = link(to: release, in: context)
        model["subtitle"] = release.subtitle
        model["badge"] = context.options.badge(for: release)
        return model
    }
}
