import Foundation

/// A language the site is published in besides its default one: what differs for it in
/// site.yaml's `languages` (everything else comes from the top of site.yaml).
struct SiteLanguage: Hashable, Sendable {
    /// Another spelling or role of a contact in this language.
    struct ContactWords: Hashable, Sendable {
        /// The name as written in this language.
        var name: String?
        /// The role in this language.
        var role: String?

        /// Creates the words of one contact.
        init(name: String? = nil, role: String? = nil) {
            self.name = name
            self.role = role
        }
    }

    /// The lower-case BCP 47 tag ("ru", "pt-br"), which is also the language's output folder.
    var tag: String
    /// The site title in this language.
    var title: String?
    /// The organisation's name in this language.
    var organisation: String?
    /// The dateline city in this language.
    var place: String?
    /// Contacts' names and roles in this language, by contact id.
    var contacts: [String: ContactWords] = [:]

    /// Creates a language with nothing of its own yet.
    init(tag: String) {
        self.tag = tag
    }
}

extension Site {
    /// The tags of every language the site is published in, the default one first.
    var languageTags: [String] { [language] + languages.map(\.tag) }

    /// The site as a page in `tag` shows it: title, organisation, place and contacts in that
    /// language where site.yaml gives them. The default language is the site as it is.
    func localized(to tag: String) -> Site {
        guard let words = languages.first(where: { $0.tag == tag }) else { return self }
        var site = self
        site.title = words.title ?? title
        site.organisation = words.organisation ?? organisation
        site.place = words.place ?? place
        site.contacts = contacts.map { contact in
            var contact = contact
            if let name = words.contacts[contact.id]?.name { contact.name = name }
            if let role = words.contacts[contact.id]?.role { contact.role = role }
            return contact
        }
        return site
    }
}
