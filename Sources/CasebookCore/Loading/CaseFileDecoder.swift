/// Decodes Content/cases/<slug>.md into a `CaseFile`.
package enum CaseFileDecoder {
    static let schema = Schema(
        keys: [
            "name", "native_name", "aliases", "country", "status", "detained", "facility", "charges",
            "sentence",
            "un_decisions", "related", "tags", "summary", "timeline", "updated", "photo",
            "draft",
        ],
        required: ["name", "country", "status"])
    static let decisionSchema = Schema(keys: ["body", "reference", "date", "url"], required: ["body"])
    static let timelineSchema = Schema(keys: ["date", "event", "source"], required: ["date", "event"])
    static let photoSchema = Schema(keys: ["file", "alt", "credit"], required: ["file", "alt"])

    /// The case in `text` with every problem found; what could not be read is left empty.
    package static func decode(_ text: String, path: String, slug: String) -> (CaseFile, [LoadError]) {
        decode(ContentText(text), path: path, slug: slug)
    }

    /// The same, from checked text.
    static func decode(_ text: ContentText, path: String, slug: String) -> (CaseFile, [LoadError]) {
        let parsed: FrontmatterReading.Parsed
        switch FrontmatterReading.parse(text, path: path) {
        case .failure(let failure): return (stub(slug: slug, path: path), failure.errors)
        case .success(let value): parsed = value
        }
        var reader = parsed.reader
        let fields = reader.documentFields(of: parsed.root, schema: schema)
        var caseFile = CaseFile(
            slug: slug,
            name: reader.requiredText("name", in: fields) ?? "",
            country: reader.requiredText("country", in: fields) ?? "",
            status: status(in: fields, reader: &reader) ?? .imprisoned,
            body: parsed.split.body,
            source: SourceFile(path: path, bodyStartLine: parsed.split.bodyStartLine))
        caseFile.nativeName = reader.text("native_name", in: fields)
        caseFile.aliases = reader.textList("aliases", in: fields)
        caseFile.detained = reader.partialDate("detained", in: fields)
        caseFile.facility = reader.text("facility", in: fields)
        caseFile.charges = reader.textList("charges", in: fields)
        caseFile.sentence = reader.text("sentence", in: fields)
        caseFile.unDecisions = reader.mappingList("un_decisions", schema: decisionSchema, in: fields).map {
            entry in
            CaseFile.UNDecision(
                body: reader.requiredText("body", in: entry) ?? "",
                reference: reader.text("reference", in: entry),
                date: reader.partialDate("date", in: entry),
                url: reader.url("url", in: entry))
        }
        caseFile.related = reader.slugList("related", kind: .caseFile, in: fields)
        caseFile.tags = reader.slugList("tags", kind: .tag, in: fields)
        caseFile.summary = reader.limitedText("summary", limit: 300, in: fields)
        caseFile.timeline = reader.mappingList("timeline", schema: timelineSchema, in: fields).map { entry in
            CaseFile.TimelineEntry(
                date: reader.partialDate("date", in: entry) ?? PartialDate(year: 0),
                event: reader.requiredText("event", in: entry) ?? "",
                source: reader.url("source", in: entry),
                location: reader.locations[entry.path("event")] ?? reader.documentStart)
        }
        caseFile.updated = reader.partialDate("updated", full: true, in: fields)
        caseFile.photo = photo(in: fields, reader: &reader)
        caseFile.draft = reader.bool("draft", in: fields) ?? false
        caseFile.locations = KeyLocations(reader.locations)
        return (caseFile, reader.errors)
    }

    /// A case for a file that could not be read at all, so that references to it still resolve.
    static func stub(slug: String, path: String) -> CaseFile {
        CaseFile(
            slug: slug, name: "", country: "", status: .imprisoned, body: "",
            source: SourceFile(path: path, bodyStartLine: 1))
    }

    private static func photo(in fields: Fields, reader: inout SchemaReader) -> Photo? {
        guard let node = fields.values["photo"] else { return nil }
        let photo = reader.fields(of: node, keyPath: fields.path("photo"), schema: photoSchema)
        guard let file = reader.requiredText("file", in: photo),
            let alt = reader.requiredText("alt", in: photo)
        else { return nil }
        let location = reader.locations[photo.path("file")] ?? reader.location(of: node)
        return Photo(file: file, alt: alt, credit: reader.text("credit", in: photo), location: location)
    }

    private static func status(in fields: Fields, reader: inout SchemaReader) -> CaseStatus? {
        guard let text = reader.requiredText("status", in: fields), let node = fields.values["status"] else {
            return nil
        }
        if let status = CaseStatus(rawValue: text) { return status }
        let valid = CaseStatus.allCases.map(\.rawValue)
        reader.report(
            .unknownStatus(
                text, suggestion: Suggestion.closest(to: text, among: valid), at: reader.location(of: node)))
        return nil
    }
}
