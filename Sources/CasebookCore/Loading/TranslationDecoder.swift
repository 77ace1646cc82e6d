/// Decodes translations, `cases/<slug>.<lang>.md` and `releases/<slug>.<lang>.md`: the words a
/// translation may set, and an error at each fact it sets, which only its original may.
enum TranslationDecoder {
    static let caseWords = [
        "name", "aliases", "country", "facility", "charges", "sentence", "summary", "timeline",
        "un_decisions",
        "draft",
    ]
    static let caseFacts = ["native_name", "status", "detained", "related", "tags", "updated"]
    static let timelineWords = ["event"]
    static let timelineFacts = ["date", "source"]
    static let decisionWords = ["body", "reference"]
    static let decisionFacts = ["date", "url"]
    static let releaseWords = ["title", "subtitle", "place", "summary", "draft"]
    static let releaseFacts = ["date", "cases", "contacts", "read_also", "embargo", "tags"]

    /// The case translation in `text` with every problem found.
    static func decodeCase(_ text: String, path: String, slug: String, language: String) -> (
        CaseTranslation, [LoadError]
    ) {
        decodeCase(ContentText(text), path: path, slug: slug, language: language)
    }

    /// The same, from checked text.
    static func decodeCase(_ text: ContentText, path: String, slug: String, language: String) -> (
        CaseTranslation, [LoadError]
    ) {
        let stub = CaseTranslation(
            slug: slug, language: language, body: "", source: SourceFile(path: path, bodyStartLine: 1))
        let parsed: FrontmatterReading.Parsed
        switch FrontmatterReading.parse(text, path: path) {
        case .failure(let failure): return (stub, failure.errors)
        case .success(let value): parsed = value
        }
        var reader = parsed.reader
        let original = "cases/\(slug).md"
        let fields = words(
            of: parsed.root, allowed: caseWords, facts: caseFacts, original: original, reader: &reader)
        var translation = CaseTranslation(
            slug: slug, language: language, body: parsed.split.body,
            source: SourceFile(path: path, bodyStartLine: parsed.split.bodyStartLine))
        translation.name = reader.requiredText("name", in: fields)
        translation.aliases = fields.values["aliases"].map { _ in reader.textList("aliases", in: fields) }
        translation.country = reader.requiredText("country", in: fields)
        translation.facility = reader.text("facility", in: fields)
        translation.charges = fields.values["charges"].map { _ in reader.textList("charges", in: fields) }
        translation.sentence = reader.text("sentence", in: fields)
        translation.summary = reader.limitedText("summary", limit: 300, in: fields)
        if fields.values["timeline"] != nil {
            let entries = entryWords(
                "timeline", in: fields, allowed: timelineWords, required: ["event"], facts: timelineFacts,
                original: original, reader: &reader)
            translation.timelineEvents = entries.map { reader.requiredText("event", in: $0) ?? "" }
            translation.timelineLocations = entries.map {
                reader.locations[$0.path("event")] ?? reader.documentStart
            }
        }
        if fields.values["un_decisions"] != nil {
            let entries = entryWords(
                "un_decisions", in: fields, allowed: decisionWords, required: [], facts: decisionFacts,
                original: original, reader: &reader)
            translation.unDecisions = entries.map {
                CaseTranslation.DecisionWords(
                    body: reader.requiredText("body", in: $0), reference: reader.text("reference", in: $0))
            }
        }
        translation.draft = reader.bool("draft", in: fields) ?? false
        translation.locations = KeyLocations(reader.locations)
        return (translation, reader.errors)
    }

    /// The release translation in `text` with every problem found.
    static func decodeRelease(_ text: String, path: String, slug: String, language: String) -> (
        ReleaseTranslation, [LoadError]
    ) {
        decodeRelease(ContentText(text), path: path, slug: slug, language: language)
    }

    /// The same, from checked text.
    static func decodeRelease(_ text: ContentText, path: String, slug: String, language: String) -> (
        ReleaseTranslation, [LoadError]
    ) {
        let stub = ReleaseTranslation(
            slug: slug, language: language, body: "", source: SourceFile(path: path, bodyStartLine: 1))
        let parsed: FrontmatterReading.Parsed
        switch FrontmatterReading.parse(text, path: path) {
        case .failure(let failure): return (stub, failure.errors)
        case .success(let value): parsed = value
        }
        var reader = parsed.reader
        let fields = words(
            of: parsed.root, allowed: releaseWords, facts: releaseFacts, original: "releases/\(slug).md",
            reader: &reader)
        var translation = ReleaseTranslation(
            slug: slug, language: language, body: parsed.split.body,
            source: SourceFile(path: path, bodyStartLine: parsed.split.bodyStartLine))
        translation.title = reader.requiredText("title", in: fields)
        translation.subtitle = reader.text("subtitle", in: fields)
        translation.place = reader.requiredText("place", in: fields)
        translation.summary = reader.limitedText("summary", limit: 300, in: fields)
        translation.draft = reader.bool("draft", in: fields) ?? false
        translation.locations = KeyLocations(reader.locations)
        return (translation, reader.errors)
    }

    /// The document's words: fact keys are reported at the key and left out, other keys not in
    /// `allowed` are unknown. A translation may be a body alone, so an empty frontmatter is fine.
    private static func words(
        of root: YAMLNode?, allowed: [String], facts: [String], original: String, reader: inout SchemaReader
    ) -> Fields {
        guard let root else { return Fields(keyPath: "") }
        reportFacts(in: root, facts: facts, original: original, reader: &reader)
        var fields = reader.fields(of: root, keyPath: "", schema: Schema(keys: allowed + facts))
        for fact in facts { fields.values[fact] = nil }
        return fields
    }

    /// The entries of a list of mappings, with fact keys reported and left out.
    private static func entryWords(
        _ key: String, in fields: Fields, allowed: [String], required: [String], facts: [String],
        original: String, reader: inout SchemaReader
    ) -> [Fields] {
        for (node, _) in reader.entries(key, in: fields) {
            reportFacts(in: node, facts: facts, original: original, reader: &reader)
        }
        // `entries` reported a value that is not a list; mappingList would report it again.
        guard case .sequence = fields.values[key]?.content else { return [] }
        var entries = reader.mappingList(
            key, schema: Schema(keys: allowed + facts, required: required), in: fields)
        for index in entries.indices {
            for fact in facts { entries[index].values[fact] = nil }
        }
        return entries
    }

    private static func reportFacts(
        in node: YAMLNode, facts: [String], original: String, reader: inout SchemaReader
    ) {
        guard case .mapping(let pairs) = node.content else { return }
        for (keyNode, _) in pairs where facts.contains(keyNode.flowText) {
            reader.report(
                .factInTranslation(
                    key: keyNode.flowText, original: original, at: reader.location(of: keyNode)))
        }
    }
}
