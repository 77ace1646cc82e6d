import Foundation
import Testing

@testable import CasebookCore

/// cases.json is written a member at a time; these tests hold it to the bytes the same records
/// give as `JSONValue` trees, whose keys are sorted for every object, so that a member added
/// out of order or laid out differently fails here rather than changing the file unnoticed.
@Suite struct CasesJSONTests {
    /// The record of a case as a `JSONValue`, written here independently of the renderer's list.
    static func record(
        _ caseFile: CaseFile, site: Site, releases: [String], translations: [CaseTranslationLink]
    ) -> JSONValue {
        let strings = { (values: [String]) in JSONValue.array(values.map(JSONValue.string)) }
        return .object([
            "slug": .string(caseFile.slug),
            "url": .string(site.baseURL + "cases/\(caseFile.slug)/"),
            "name": .string(caseFile.name),
            "native_name": .optional(caseFile.nativeName),
            "aliases": strings(caseFile.aliases),
            "country": .string(caseFile.country),
            "status": .string(caseFile.status.rawValue),
            "status_label": .string(caseFile.status.label),
            "detained": .optional(caseFile.detained?.description),
            "facility": .optional(caseFile.facility),
            "charges": strings(caseFile.charges),
            "sentence": .optional(caseFile.sentence),
            "un_decisions": .array(
                caseFile.unDecisions.map { decision in
                    .object([
                        "body": .string(decision.body), "reference": .optional(decision.reference),
                        "date": .optional(decision.date?.description), "url": .optional(decision.url),
                    ])
                }),
            "related": strings(caseFile.related),
            "tags": strings(caseFile.tags),
            "summary": .optional(caseFile.summary),
            "timeline": .array(
                caseFile.timeline.map { entry in
                    .object([
                        "date": .string(entry.date.description),
                        "event": .string(MarkdownParser.parseInline(entry.event).plainText),
                        "source": .optional(entry.source),
                    ])
                }),
            "updated": .optional(caseFile.updated?.description),
            "releases": strings(releases),
            "translations": .array(
                translations.map {
                    .object([
                        "language": .string($0.language), "url": .string($0.url), "name": .string($0.name),
                    ])
                }),
        ])
    }

    /// The whole file as one `JSONValue`.
    static func expected(
        site: Site, cases: [CaseFile], releasesByCase: [String: [String]],
        translations: [String: [CaseTranslationLink]]
    ) -> String {
        let records = cases.map {
            record(
                $0, site: site, releases: releasesByCase[$0.slug] ?? [],
                translations: translations[$0.slug] ?? [])
        }
        return JSONValue.object([
            "cases": .array(records),
            "site": .object([
                "title": .string(site.title), "organisation": .string(site.organisation),
                "url": .string(site.baseURL),
            ]),
            "version": .number(1),
        ]).pretty
    }

    /// A case whose every text needs care: quotes, backslashes, control characters, other scripts.
    static var awkward: CaseFile {
        var file = RenderingSample.caseFile("awkward", "Ayan \"the Poet\" Nurlanov\\")
        file.nativeName = "Аян Нурланов 🕊"
        file.aliases = ["Ajan\tNurłanow", "line\nbreak", "bell\u{7}", ""]
        file.country = "Қазақстан"
        file.facility = "Colony \u{1}\r\n№ 3"
        file.charges = ["Article 174 \"inciting discord\""]
        file.unDecisions = [.init(body: "UN Human Rights Committee")]
        file.timeline = [
            .init(
                date: PartialDate(year: 2021),
                event: "Held *without* [charge](https://example.com) & \"quoted\"",
                location: SourceLocation(path: "x"))
        ]
        file.summary = "Ünïcödé / \u{1F}"
        return file
    }

    @Test func theFileIsTheBytesOfItsJSONValue() {
        let site = RenderingSample.site(baseURL: "https://example.org/\"q\"/")
        let cases = [RenderingSample.yerimbetov, RenderingSample.dzhakishev, Self.awkward]
        let releases = [
            "iskander-yerimbetov": ["2019-10-01-verdict", "2020-01-02-appeal"], "awkward": ["a\"b"],
        ]
        let translations = [
            "iskander-yerimbetov": [
                CaseTranslationLink(
                    language: "ru", url: "https://example.org/ru/cases/iskander-yerimbetov/",
                    name: "Искандер Еримбетов"),
                CaseTranslationLink(language: "pl", url: "https://example.org/pl/", name: "Iskander \"E\""),
            ]
        ]
        let file = CasesJSONRenderer().render(
            site: site, cases: cases, releasesByCase: releases, translations: translations)
        let expected = Self.expected(
            site: site, cases: cases, releasesByCase: releases, translations: translations)
        #expect(file.path == "cases.json")
        #expect(String(decoding: file.contents, as: UTF8.self) == expected)
        // The sample leaves optional facts out and gives others, so both kinds are compared.
        #expect(expected.contains("\"native_name\": \"Искандер Еримбетов\""))
        #expect(expected.contains("\"translations\": []") && expected.contains("\"un_decisions\": [\n"))
        #expect(!expected.contains("null"))
    }

    @Test func aSiteWithoutCasesHasAnEmptyList() {
        let site = RenderingSample.site()
        let file = CasesJSONRenderer().render(site: site, cases: [], releasesByCase: [:])
        let expected = Self.expected(site: site, cases: [], releasesByCase: [:], translations: [:])
        #expect(String(decoding: file.contents, as: UTF8.self) == expected)
        #expect(expected.hasPrefix("{\n  \"cases\": [],\n"))
    }

    /// An object whose every member is absent is `{}`, as `JSONValue` writes it.
    @Test func anObjectWithNoMemberIsEmptyBraces() {
        var output: [UInt8] = []
        var object = JSONObjectWriter(indent: 2)
        object.member("absent", nil, into: &output)
        object.finish(into: &output)
        var value: [UInt8] = []
        JSONValue.object(["absent": .null]).write(into: &value, indent: 2)
        #expect(output == value && output == Array("{}".utf8))
    }
}
