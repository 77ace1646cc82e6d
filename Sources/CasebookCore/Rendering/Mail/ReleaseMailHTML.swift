/// The `text/html` part of a release's e-mail: the release as its page shows it, without the
/// site around it, every style inline and nothing loaded from elsewhere (mail programs block
/// remote images and style sheets, and many drop `<style>`).
struct ReleaseMailHTML {
    /// The site's addresses; links become absolute.
    let links: SiteLinks
    /// The language the release is written in: its words, capitals and dates.
    let localization: Localization

    /// The whole HTML document.
    func render(
        _ release: Release, document: MarkdownDocument, content: Content, releaseLine: String?,
        contacts: [Contact]
    ) -> String {
        let site = content.site
        var html = "<!DOCTYPE html>\n<html lang=\"\(localization.language.htmlEscaped)\">\n<head>\n"
        html += "<meta charset=\"utf-8\">\n<title>\(release.title.htmlEscaped)</title>\n</head>\n"
        html += "<body style=\"margin:0;padding:0;background:#ffffff;\">\n"
        html += "<div style=\"\(Self.page)\">\n"
        if let releaseLine {
            html += "<p style=\"\(Self.releaseLine)\">\(releaseLine.htmlEscaped)</p>\n"
        }
        let place =
            (release.place ?? site.place).map { $0.uppercased(with: localization.locale) + ", " } ?? ""
        let date = localization.date(release.date)
        html += "<p style=\"\(Self.dateline)\">\((place + date).htmlEscaped)</p>\n"
        html += "<h1 style=\"\(Self.headline)\">\(release.title.htmlEscaped)</h1>\n"
        if let subtitle = release.subtitle, !subtitle.isEmpty {
            html += "<p style=\"\(Self.standfirst)\">\(subtitle.htmlEscaped)</p>\n"
        }
        let body = HTMLRenderer(
            linkResolver: links.absoluteResolver, footnoteLabels: localization.footnoteLabels
        ).render(Self.withoutImages(document))
        html += Self.styled(body)
        html += readAlso(release, content: content)
        html += contactList(contacts)
        html += "<p style=\"\(Self.endMark)\">\(site.endMark.htmlEscaped)</p>\n"
        html += "</div>\n</body>\n</html>\n"
        return html
    }

    private func readAlso(_ release: Release, content: Content) -> String {
        let items = release.readAlso.compactMap { entry in
            ReadAlsoLink.resolve(entry, content: content, links: links, absolute: true).map {
                (
                    ReadAlsoLink.title(
                        $0.title, of: entry, links: links, localization: localization,
                        defaultLanguage: content.site.language), $0.url
                )
            }
        }
        guard !items.isEmpty else { return "" }
        var html =
            "<h2 style=\"\(Self.heading)\">\(localization[.readAlso].htmlEscaped)</h2>\n<ul style=\"\(Self.list)\">\n"
        for (title, url) in items {
            html += "<li style=\"\(Self.item)\"><a style=\"\(Self.link)\" href=\"\(url.htmlEscaped)\">"
            html += "\(title.htmlEscaped)</a></li>\n"
        }
        return html + "</ul>\n"
    }

    private func contactList(_ contacts: [Contact]) -> String {
        guard !contacts.isEmpty else { return "" }
        var html = "<h2 style=\"\(Self.heading)\">\(localization[.contactText].htmlEscaped)</h2>\n"
        for contact in contacts {
            html += "<p style=\"\(Self.paragraph)\"><strong>\(contact.name.htmlEscaped)</strong>"
            if let role = contact.role, !role.isEmpty { html += "<br>\n\(role.htmlEscaped)" }
            if let email = contact.email, !email.isEmpty {
                html += "<br>\n<a style=\"\(Self.link)\" href=\"mailto:\(email.htmlEscaped)\">"
                html += "\(email.htmlEscaped)</a>"
            }
            if let phone = contact.phone, !phone.isEmpty { html += "<br>\n\(phone.htmlEscaped)" }
            html += "</p>\n"
        }
        return html
    }

    // The styles, one per kind of element: a mail program keeps `style` attributes where it
    // drops style sheets.
    static let page =
        "max-width:40em;margin:0 auto;padding:16px;font-family:Georgia,'Times New Roman',serif;"
        + "font-size:16px;line-height:1.5;color:#1a1a1a;"
    static let sans = "font-family:Arial,Helvetica,sans-serif;"
    static let releaseLine = sans + "font-size:14px;font-weight:bold;letter-spacing:0.05em;margin:0 0 1em;"
    static let dateline = sans + "font-size:14px;color:#555555;margin:0 0 0.5em;"
    static let headline = sans + "font-size:26px;line-height:1.25;margin:0 0 0.5em;"
    static let standfirst = "font-size:18px;color:#444444;margin:0 0 1.5em;"
    static let heading = sans + "font-size:18px;margin:1.5em 0 0.5em;"
    static let paragraph = "margin:0 0 1em;"
    static let list = "margin:0 0 1em;padding-left:1.5em;"
    static let item = "margin:0 0 0.25em;"
    static let link = "color:#0b57a3;"
    static let quote = "margin:0 0 1em;padding-left:1em;border-left:3px solid #cccccc;color:#444444;"
    static let table = "border-collapse:collapse;margin:0 0 1em;"
    static let cell = "border:1px solid #cccccc;padding:4px 8px;text-align:left;"
    static let notes = "font-size:14px;border-top:1px solid #cccccc;margin-top:2em;padding-top:0.5em;"
    static let endMark = sans + "text-align:center;margin:2em 0 0;"

    /// The body's HTML with a style on each element Casebook's HTML writer makes.
    static func styled(_ html: String) -> String {
        let styles: [(tag: String, style: String)] = [
            ("p", paragraph), ("h2", heading), ("h3", heading), ("h4", heading), ("h5", heading),
            ("h6", heading), ("ul", list), ("ol", list), ("li", item), ("a", link), ("blockquote", quote),
            ("table", table), ("th", cell), ("td", cell), ("section", notes),
        ]
        var result = html
        for (tag, style) in styles {
            result = result.replacingOccurrences(of: "<\(tag)>", with: "<\(tag) style=\"\(style)\">")
            result = result.replacingOccurrences(of: "<\(tag) ", with: "<\(tag) style=\"\(style)\" ")
        }
        return result
    }

    /// The document with each image turned into a link to it: a mail must load nothing.
    static func withoutImages(_ document: MarkdownDocument) -> MarkdownDocument {
        MarkdownDocument(
            blocks: document.blocks.map(withoutImages),
            footnotes: document.footnotes.map {
                Footnote(
                    number: $0.number, referenceCount: $0.referenceCount, blocks: $0.blocks.map(withoutImages)
                )
            })
    }

    private static func withoutImages(_ block: MarkdownBlock) -> MarkdownBlock {
        switch block {
        case .paragraph(let inlines, let line): return .paragraph(inlines.map(withoutImages), line: line)
        case .heading(let level, let inlines, let line):
            return .heading(level: level, inlines.map(withoutImages), line: line)
        case .list(let ordered, let start, let tight, let items):
            return .list(
                ordered: ordered, start: start, tight: tight, items: items.map { $0.map(withoutImages) })
        case .blockQuote(let children): return .blockQuote(children.map(withoutImages))
        case .table(let alignments, let header, let rows):
            return .table(
                alignments: alignments, header: header.map { $0.map(withoutImages) },
                rows: rows.map { $0.map { $0.map(withoutImages) } })
        case .codeBlock, .thematicBreak, .html: return block
        }
    }

    private static func withoutImages(_ inline: MarkdownInline) -> MarkdownInline {
        switch inline {
        case .image(let url, let title, let alt): return .link(url: url, title: title, isAutolink: false, alt)
        case .emphasis(let children): return .emphasis(children.map(withoutImages))
        case .strong(let children): return .strong(children.map(withoutImages))
        case .strikethrough(let children): return .strikethrough(children.map(withoutImages))
        case .link(let url, let title, let isAutolink, let children):
            return .link(url: url, title: title, isAutolink: isAutolink, children.map(withoutImages))
        default: return inline
        }
    }
}
