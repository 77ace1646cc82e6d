/// A case's record in cases.json: its members, in the one list of them, in the sorted order
/// `JSONValue` gives an object's keys (a test compares the two).
extension CasesJSONRenderer {
    /// Writes the record of `caseFile`, whose lines are indented by four spaces, without the
    /// separator that follows it. A fact the case file does not give is left out; lists are kept.
    static func write(
        _ caseFile: CaseFile, site: Site, releases: [String], translations: [CaseTranslationLink],
        into output: inout [UInt8]
    ) {
        var record = JSONObjectWriter(indent: 4)
        record.member("aliases", strings: caseFile.aliases, into: &output)
        record.member("charges", strings: caseFile.charges, into: &output)
        record.member("country", caseFile.country, into: &output)
        record.member("detained", caseFile.detained?.description, into: &output)
        record.member("facility", caseFile.facility, into: &output)
        record.member("name", caseFile.name, into: &output)
        record.member("native_name", caseFile.nativeName, into: &output)
        record.member("related", strings: caseFile.related, into: &output)
        record.member("releases", strings: releases, into: &output)
        record.member("sentence", caseFile.sentence, into: &output)
        record.member("slug", caseFile.slug, into: &output)
        record.member("status", caseFile.status.rawValue, into: &output)
        record.member("status_label", caseFile.status.label, into: &output)
        record.member("summary", caseFile.summary, into: &output)
        record.member("tags", strings: caseFile.tags, into: &output)
        record.member("timeline", objects: caseFile.timeline, into: &output) { entry, object, output in
            object.member("date", entry.date.description, into: &output)
            object.member("event", MarkdownParser.parseInline(entry.event).plainText, into: &output)
            object.member("source", entry.source, into: &output)
        }
        record.member("translations", objects: translations, into: &output) { link, object, output in
            object.member("language", link.language, into: &output)
            object.member("name", link.name, into: &output)
            object.member("url", link.url, into: &output)
        }
        record.member("un_decisions", objects: caseFile.unDecisions, into: &output) {
            decision, object, output in
            object.member("body", decision.body, into: &output)
            object.member("date", decision.date?.description, into: &output)
            object.member("reference", decision.reference, into: &output)
            object.member("url", decision.url, into: &output)
        }
        record.member("updated", caseFile.updated?.description, into: &output)
        record.member("url", site.baseURL + "cases/\(caseFile.slug)/", into: &output)
        record.finish(into: &output)
    }
}
