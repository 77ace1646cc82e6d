import Foundation

/// Renders a press release as an e-mail message (RFC 5322, MIME) that a mail program opens as a
/// draft to send: `X-Unsent: 1`, a `multipart/alternative` of the text release as
/// format=flowed plain text and the release page as self-contained HTML.
///
/// Every header comes from the content and the build's moment, so the same release gives the
/// same bytes: the Date is the release's publication time (the mail program sets the sending
/// time when the draft is sent), the Message-ID a hash of the message.
struct EmailReleaseRenderer: Sendable {
    /// Marks the lines that wrapping broke, for format=flowed; a private-use character that
    /// no release contains.
    static let softBreakMark = "\u{E000}"

    /// The text release's renderer, whose text the plain part is.
    var text: TextReleaseRenderer

    /// Creates a renderer from the text release's.
    init(text: TextReleaseRenderer) {
        self.text = text
        self.text.softBreak = Self.softBreakMark
    }

    /// `releases/<slug>.eml`.
    static func path(of slug: String) -> String { "releases/\(slug).eml" }

    /// The message file of one release.
    func render(_ release: Release, document: MarkdownDocument, content: Content) -> OutputFile {
        OutputFile(
            path: Self.path(of: release.slug), text: message(release, document: document, content: content))
    }

    /// The whole message, lines ending in CR LF, in `language` (the site's default when nil).
    func message(
        _ release: Release, document: MarkdownDocument, content: Content, language: String? = nil
    ) -> String {
        let site = content.site
        let rules = text.rules
        let localization = text.localization(language, site: site)
        let contacts = text.contacts(of: release, site: site)
        let plain = MailEncoding.flowed(
            text.text(of: release, document: document, content: content, language: language),
            softBreak: Self.softBreakMark)
        let html = html(release, document: document, content: content, language: language)
        let plainPart = MailEncoding.quotedPrintable(plain)
        let htmlPart = MailEncoding.quotedPrintable(html)
        // "=" never appears unencoded in quoted-printable, so no part can contain the boundary.
        let hash = StableHash.of([release.slug, plainPart, htmlPart])
        let boundary = "=_casebook_" + hash.prefix(24)

        var headers: [String] = []
        headers.append(
            MailEncoding.header(
                "Date", MailEncoding.date(Self.date(of: release, rules: rules), in: site.timeZone)))
        if let sender = contacts.first(where: { !($0.email ?? "").isEmpty }), let email = sender.email {
            let address = MailEncoding.address(name: sender.name, email: email)
            headers.append("From: " + address)
            headers.append("Reply-To: " + address)
        }
        headers.append(
            MailEncoding.header(
                "Subject", subject(release, site: site, rules: rules, localization: localization)))
        headers.append("Message-ID: <\(release.slug).\(hash.prefix(16))@\(Self.host(of: site))>")
        headers.append("MIME-Version: 1.0")
        headers.append("X-Unsent: 1")
        headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")

        let end = MailEncoding.lineEnd
        var message = headers.joined(separator: end) + end + end
        message += "--\(boundary)\(end)"
        message += "Content-Type: text/plain; charset=utf-8; format=flowed\(end)"
        message += "Content-Transfer-Encoding: quoted-printable\(end)\(end)"
        message += plainPart + end
        message += "--\(boundary)\(end)"
        message += "Content-Type: text/html; charset=utf-8\(end)"
        message += "Content-Transfer-Encoding: quoted-printable\(end)\(end)"
        message += htmlPart + end
        message += "--\(boundary)--\(end)"
        return message
    }

    /// The message's HTML part on its own: the release as a self-contained page.
    func html(
        _ release: Release, document: MarkdownDocument, content: Content, language: String? = nil
    ) -> String {
        let localization = text.localization(language, site: content.site)
        return ReleaseMailHTML(links: text.links, localization: localization).render(
            release, document: document, content: content,
            releaseLine: ReleaseLine.text(
                for: release, site: content.site, rules: text.rules, localization: localization),
            contacts: text.contacts(of: release, site: content.site))
    }

    /// The headline, after the draft or embargo line while there is one.
    func subject(_ release: Release, site: Site, rules: PublicationRules, localization: Localization)
        -> String
    {
        guard
            let prefix = ReleaseLine.subjectPrefix(
                for: release, site: site, rules: rules, localization: localization)
        else {
            return release.title
        }
        return prefix + ": " + release.title
    }

    /// The release's publication time: what the message's date means to the people it goes to.
    static func date(of release: Release, rules: PublicationRules) -> Date {
        rules.publicationTime(of: release)
    }

    /// The host of the site's address, which names where Message-IDs come from.
    static func host(of site: Site) -> String {
        let host = URLComponents(string: site.baseURL)?.host ?? ""
        let clean = host.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        return clean.isEmpty ? "casebook.invalid" : clean
    }
}
