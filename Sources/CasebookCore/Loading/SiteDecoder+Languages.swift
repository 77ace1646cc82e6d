/// Decodes site.yaml's `languages`: a map from language tag to what differs in that language.
extension SiteDecoder {
    static let languageSchema = Schema(keys: ["title", "organisation", "place", "contacts"])
    static let contactWordsSchema = Schema(keys: ["name", "role"])

    /// Folders Casebook writes at the top of the output, which no language may take.
    static let reservedFolders: Set<String> = ["cases", "releases", "tags", "assets", "feed", "sitemap"]

    /// The languages of `fields`, each checked against the default language and the site's contacts.
    static func languages(in fields: Fields, site: Site, reader: inout SchemaReader) -> [SiteLanguage] {
        guard let node = fields.values["languages"] else { return [] }
        guard case .mapping(let entries) = node.content else {
            reader.report(
                .wrongType(
                    key: "languages", expected: .mapping, found: SchemaReader.kind(of: node),
                    at: reader.location(of: node)))
            return []
        }
        var languages: [SiteLanguage] = []
        var firstLines: [String: Int] = [:]
        for (keyNode, value) in entries {
            let tag = keyNode.flowText
            let location = reader.location(of: keyNode)
            if let firstLine = firstLines[tag.lowercased()] {
                reader.report(.duplicateKey(tag, firstLine: firstLine, at: location))
                continue
            }
            firstLines[tag.lowercased()] = location.line
            guard isLanguageTag(tag) else {
                reader.report(.invalidLanguageTag(tag, at: location))
                continue
            }
            guard tag == tag.lowercased() else {
                reader.report(.languageTagNotLowerCase(tag, at: location))
                continue
            }
            guard tag != site.language.lowercased() else {
                reader.report(.defaultLanguageListed(tag, at: location))
                continue
            }
            guard !reservedFolders.contains(tag) else {
                reader.report(.reservedLanguageTag(tag, at: location))
                continue
            }
            reader.locations["languages.\(tag)"] = location
            var language = SiteLanguage(tag: tag)
            // `ru:` with nothing after it is a language that differs in nothing but its content.
            if SchemaReader.kind(of: value) != .nothing {
                let words = reader.fields(of: value, keyPath: "languages.\(tag)", schema: languageSchema)
                language.title = reader.requiredText("title", in: words)
                language.organisation = reader.requiredText("organisation", in: words)
                language.place = reader.requiredText("place", in: words)
                language.contacts = contactWords(in: words, known: site.contacts.map(\.id), reader: &reader)
            }
            languages.append(language)
        }
        return languages
    }

    private static func contactWords(in fields: Fields, known: [String], reader: inout SchemaReader)
        -> [String: SiteLanguage.ContactWords]
    {
        guard let node = fields.values["contacts"] else { return [:] }
        guard case .mapping(let entries) = node.content else {
            reader.report(
                .wrongType(
                    key: fields.path("contacts"), expected: .mapping, found: SchemaReader.kind(of: node),
                    at: reader.location(of: node)))
            return [:]
        }
        var result: [String: SiteLanguage.ContactWords] = [:]
        var firstLines: [String: Int] = [:]
        for (keyNode, value) in entries {
            let id = keyNode.flowText
            let location = reader.location(of: keyNode)
            if let firstLine = firstLines[id] {
                reader.report(.duplicateKey(id, firstLine: firstLine, at: location))
                continue
            }
            firstLines[id] = location.line
            guard known.contains(id) else {
                let suggestion = Suggestion.closest(to: id, among: known)
                reader.report(.unknownLanguageContact(id, suggestion: suggestion, at: location))
                continue
            }
            let words = reader.fields(
                of: value, keyPath: fields.path("contacts") + "." + id, schema: contactWordsSchema)
            result[id] = SiteLanguage.ContactWords(
                name: reader.requiredText("name", in: words), role: reader.requiredText("role", in: words))
        }
        return result
    }
}
