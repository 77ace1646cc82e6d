import Foundation

/// Decodes Content/site.yaml into a `Site`.
package enum SiteDecoder {
    static let schema = Schema(
        keys: [
            "title", "organisation", "base_url", "language", "time_zone", "place", "text_width", "end_mark",
            "release_line", "embargo_line", "draft_line", "smart_punctuation", "contacts", "default_contacts",
            "description", "preview_image", "languages",
        ],
        required: ["title", "organisation", "base_url"])
    static let imageSchema = Schema(keys: ["file", "alt"], required: ["file", "alt"])
    static let contactSchema = Schema(
        keys: ["id", "name", "role", "email", "phone"], required: ["id", "name"])

    /// The site in `text` (all of site.yaml) with every problem found; what could not be read is left
    /// empty or at its default.
    package static func decode(_ text: String, path: String) -> (Site, [LoadError]) {
        let composer = YAMLComposer(path: path, lineOffset: 0, yaml: text)
        let root: YAMLNode?
        switch composer.compose(text) {
        case .failure(let failure): return (stub(path: path), failure.errors)
        case .success(let value): root = value
        }
        var reader = SchemaReader(composer: composer)
        let fields = reader.documentFields(of: root, schema: schema)
        var site = Site(
            title: reader.requiredText("title", in: fields) ?? "",
            organisation: reader.requiredText("organisation", in: fields) ?? "",
            baseURL: baseURL(in: fields, reader: &reader) ?? "",
            location: SourceLocation(path: path))
        if let language = reader.text("language", in: fields), let node = fields.values["language"] {
            if isLanguageTag(language) {
                site.language = language
            } else {
                reader.report(.invalidLanguageTag(language, at: reader.location(of: node)))
            }
        }
        if let zone = timeZone(in: fields, reader: &reader) { site.timeZone = zone }
        site.place = reader.text("place", in: fields)
        site.textWidth = reader.integer("text_width", in: 40...120, fields: fields) ?? site.textWidth
        site.endMark = reader.text("end_mark", in: fields) ?? site.endMark
        releaseLines(in: fields, reader: &reader, site: &site)
        site.smartPunctuation = reader.bool("smart_punctuation", in: fields) ?? site.smartPunctuation
        site.description = reader.limitedText("description", limit: 300, in: fields)
        site.previewImage = previewImage(in: fields, reader: &reader)
        site.contacts = contacts(in: fields, reader: &reader)
        if let node = fields.values["default_contacts"], SchemaReader.kind(of: node) != .nothing {
            site.defaultContactIDs = reader.slugList("default_contacts", kind: .contact, in: fields)
        }
        site.languages = languages(in: fields, site: site, reader: &reader)
        site.locations = KeyLocations(reader.locations)
        return (site, reader.errors)
    }

    /// A site for a site.yaml that could not be read, so that the other files can still be checked.
    static func stub(path: String) -> Site {
        Site(title: "", organisation: "", baseURL: "", location: SourceLocation(path: path))
    }

    // `release_line` may be emptied (no line); the draft and embargo lines may not, as they are
    // what keeps a release from being published too early, and the embargo line must show the time.
    private static func releaseLines(in fields: Fields, reader: inout SchemaReader, site: inout Site) {
        if fields.values["release_line"] != nil {
            let line = reader.text("release_line", in: fields)?.trimmingCharacters(in: .whitespaces)
            site.releaseLine = line?.isEmpty == false ? line : nil
        }
        if let line = reader.requiredText("draft_line", in: fields) { site.draftLine = line }
        if let line = reader.requiredText("embargo_line", in: fields),
            let node = fields.values["embargo_line"]
        {
            if line.contains(Site.timePlaceholder) {
                site.embargoLine = line
            } else {
                reader.report(
                    .missingPlaceholder(
                        key: "embargo_line", placeholder: Site.timePlaceholder, at: reader.location(of: node))
                )
            }
        }
    }

    // Whether the file exists under assets/ is checked with the other files (ContentChecker).
    private static func previewImage(in fields: Fields, reader: inout SchemaReader) -> SiteImage? {
        guard let node = fields.values["preview_image"] else { return nil }
        let image = reader.fields(of: node, keyPath: "preview_image", schema: imageSchema)
        guard let file = reader.requiredText("file", in: image),
            let alt = reader.requiredText("alt", in: image)
        else { return nil }
        return SiteImage(file: file, alt: alt)
    }

    private static func baseURL(in fields: Fields, reader: inout SchemaReader) -> String? {
        guard let url = reader.url("base_url", in: fields), let node = fields.values["base_url"] else {
            return nil
        }
        guard url.hasSuffix("/") else {
            reader.report(.baseURLWithoutSlash(url, at: reader.location(of: node)))
            return url + "/"
        }
        return url
    }

    private static func timeZone(in fields: Fields, reader: inout SchemaReader) -> TimeZone? {
        guard let name = reader.text("time_zone", in: fields), let node = fields.values["time_zone"] else {
            return nil
        }
        guard let zone = TimeReading.timeZone(name) else {
            let suggestion = TimeReading.zoneSuggestion(for: name)
            reader.report(.unknownTimeZone(name, suggestion: suggestion, at: reader.location(of: node)))
            return nil
        }
        return zone
    }

    private static func contacts(in fields: Fields, reader: inout SchemaReader) -> [Contact] {
        var firstLines: [String: Int] = [:]
        return reader.mappingList("contacts", schema: contactSchema, in: fields).map { entry in
            var id = reader.requiredText("id", in: entry) ?? ""
            if let node = entry.values["id"], !id.isEmpty {
                let location = reader.location(of: node)
                if reader.slug(id, kind: .contact, at: location) == nil {
                    id = ""
                } else if let firstLine = firstLines[id] {
                    reader.report(.duplicateContactID(id, firstLine: firstLine, at: location))
                } else {
                    firstLines[id] = location.line
                }
            }
            return Contact(
                id: id, name: reader.requiredText("name", in: entry) ?? "",
                role: reader.text("role", in: entry), email: reader.text("email", in: entry),
                phone: reader.text("phone", in: entry))
        }
    }

    // BCP 47 in outline: a 2–3 or 5–8 letter language, then subtags of 1–8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, [2, 3, 5, 6, 7, 8].contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
