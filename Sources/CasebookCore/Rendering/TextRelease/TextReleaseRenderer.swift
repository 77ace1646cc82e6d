/// Renders a press release as plain text in the form of the Warsaw bulletins: release line,
/// dateline, headline in capitals, wrapped body, numbered notes with their URLs, "Read also",
/// contacts and the end mark — ready to paste into an e-mail.
///
/// Swift lays out every piece (wrapping needs display widths); the theme's
/// `release.txt.mustache` frame only arranges them, so staff can reorder or reword the frame.
struct TextReleaseRenderer: Sendable {
    /// The template the frame is rendered with.
    static let templateName = "release.txt"

    /// The site's addresses (links in the body become absolute URLs).
    var links: SiteLinks
    /// The theme's templates, compiled for plain text.
    var templates: CompiledTemplates
    /// The build's moment, which decides the release line.
    var rules: PublicationRules
    /// The theme's words in every language, for the frame.
    var strings: StringCatalog
    /// What ends a line that wrapping broke: nothing in a `.txt`, a mark the e-mail turns into
    /// format=flowed's soft break.
    var softBreak = ""

    /// Creates a renderer for a build; its frame speaks with `strings` (the built-in theme's
    /// when not given).
    init(
        links: SiteLinks, templates: CompiledTemplates, rules: PublicationRules,
        strings: StringCatalog = .builtin
    ) {
        self.links = links
        self.templates = templates
        self.rules = rules
        self.strings = strings
    }

    /// The text of one release in the site's default language, given the content it belongs to.
    func render(
        _ release: Release, document: MarkdownDocument, content: Content, language: String? = nil
    ) -> OutputFile {
        OutputFile(
            path: links.releaseTextFile(release.slug),
            text: text(of: release, document: document, content: content, language: language))
    }

    /// The text of one release as a string, its frame, dates and capitals in `language` (the
    /// site's default language when nil). `release` and `document` are the release as written
    /// in that language; the facts (date, embargo, contacts) are the same in every language.
    func text(
        of release: Release, document: MarkdownDocument, content: Content, language: String? = nil
    ) -> String {
        let page = context(release, document: document, content: content, language: language)
        return Self.tidy(bytes: templates.render(page, template: Self.templateName))
    }

    /// The words, dates and plural rules of `language` (the site's default language when nil).
    func localization(_ language: String?, site: Site) -> Localization {
        strings.localization(for: language ?? site.language, defaultLanguage: site.language)
    }

    /// The values the frame shows, each already wrapped to the site's width.
    func context(
        _ release: Release, document: MarkdownDocument, content: Content, language: String? = nil
    ) -> TextReleasePage {
        let site = content.site
        let localization = localization(language, site: site)
        let width = site.textWidth
        let lineBreaks = localization.lineBreakRules
        let renderer = PlainTextRenderer(
            width: width, linkResolver: links.absoluteResolver, softBreak: softBreak, lineBreaks: lineBreaks)
        let body = renderer.render(document)
        let readAlso = readAlsoLines(release, content: content, localization: localization, width: width)
        let contacts = contactBlocks(release, site: site, width: width)
        return TextReleasePage(
            releaseLine: ReleaseLine.text(for: release, site: site, rules: rules, localization: localization)
                .map {
                    wrap(Self.plainSpaces($0), width: width).joined(separator: "\n")
                },
            dateline: dateline(release, site: site, localization: localization),
            // Capitals by the language's rules (`uppercased(with:)`), as the dateline's place.
            headline: wrap(
                release.title.uppercased(with: localization.locale), width: width, rules: lineBreaks
            )
            .joined(separator: "\n"),
            subtitle: release.subtitle.flatMap {
                $0.isEmpty ? nil : wrap($0, width: width, rules: lineBreaks).joined(separator: "\n")
            },
            body: body.text,
            notes: body.notes.isEmpty ? nil : renderer.renderNotes(body.notes),
            readAlso: readAlso.isEmpty ? nil : readAlso.joined(separator: "\n"),
            contacts: contacts.isEmpty ? nil : contacts.joined(separator: "\n\n"),
            endMark: site.endMark, labels: localization.labels(for: site))
    }

    func wrap(
        _ text: String, width: Int, firstIndent: String = "", indent: String = "",
        rules: LineBreakRules = .none
    ) -> [String] {
        TextWrapper.wrap(
            text, width: width, firstIndent: firstIndent, indent: indent, softBreak: softBreak, rules: rules)
    }

    /// `WARSAW, 24 August 2017`, `ВАРШАВА, 24 августа 2017 г.`; the date alone when neither
    /// the release nor the site names a place.
    func dateline(_ release: Release, site: Site, localization: Localization) -> String {
        let date = Self.plainSpaces(localization.date(release.date))
        guard let place = release.place ?? site.place, !place.isEmpty else { return date }
        return "\(place.uppercased(with: localization.locale)), \(date)"
    }

    /// CLDR's dates put a narrow no-break space before the year's mark ("2018 г."); some mail
    /// programs and monospace fonts show it as a box or a gap, so plain text has the no-break
    /// space a press officer types.
    static func plainSpaces(_ text: String) -> String {
        // Most dates have none, and looking costs far less than Foundation's replacing.
        guard text.unicodeScalars.contains("\u{202F}") else { return text }
        return text.replacingOccurrences(of: "\u{202F}", with: "\u{00A0}")
    }

    /// `- Title` then its absolute URL on the next line, indented under the title; a page in
    /// another language than the release's is marked with it.
    func readAlsoLines(
        _ release: Release, content: Content, localization: Localization, width: Int
    ) -> [String] {
        release.readAlso.compactMap { entry -> [String]? in
            guard
                let (title, url) = ReadAlsoLink.resolve(entry, content: content, links: links, absolute: true)
            else {
                return nil
            }
            let marked = ReadAlsoLink.title(
                title, of: entry, links: links, localization: localization,
                defaultLanguage: content.site.language)
            return wrap(marked, width: width, firstIndent: "- ", indent: "  ") + ["  " + url]
        }.flatMap { $0 }
    }

    /// Each contact: name and role, then e-mail and phone, one per line.
    func contactBlocks(_ release: Release, site: Site, width: Int) -> [String] {
        contacts(of: release, site: site).map { contact in
            let heading = [contact.name, contact.role].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                separator: ", ")
            var lines = wrap(heading, width: width)
            if let email = contact.email, !email.isEmpty { lines.append(email) }
            if let phone = contact.phone, !phone.isEmpty { lines.append(phone) }
            return lines.joined(separator: "\n")
        }
    }

    /// The release's own contacts, or the site's defaults.
    func contacts(of release: Release, site: Site) -> [Contact] {
        site.contacts(named: release.contactIDs)
    }

    // Template sections leave blank lines where optional parts are absent; a release never has
    // more than one blank line in a row and ends with exactly one newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.last == " " ? Substring(line.reversed().drop { $0 == " " }.reversed()) : line
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `tidy` over the rendered bytes, without splitting them into strings. A line feed is a
    /// character of its own unless a carriage return comes before it, and a space at a line's end
    /// is one unless a non-ASCII character (a prepended mark) comes before it: in those two cases
    /// the text goes through `tidy` character by character instead.
    static func tidy(bytes text: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.count + 1)
        let needsCharacters = text.withUnsafeBufferPointer { buffer -> Bool in
            var start = 0
            var wroteLine = false
            var pendingBlank = false
            while start <= buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A {
                    if buffer[end] == 0x0D { return true }
                    end += 1
                }
                var trimmedEnd = end
                while trimmedEnd > start, buffer[trimmedEnd - 1] == 0x20 { trimmedEnd -= 1 }
                if trimmedEnd < end, trimmedEnd > start, buffer[trimmedEnd - 1] >= 0x80 { return true }
                if trimmedEnd == start {
                    pendingBlank = wroteLine
                } else {
                    if wroteLine { output.append(0x0A) }
                    if pendingBlank { output.append(0x0A) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<trimmedEnd]))
                    wroteLine = true
                    pendingBlank = false
                }
                start = end + 1
            }
            return false
        }
        if needsCharacters { return tidy(String(decoding: text, as: UTF8.self)) }
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }
}
