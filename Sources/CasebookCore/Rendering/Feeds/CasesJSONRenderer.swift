import Foundation

/// Writes `cases.json`: the public cases as data, for partners and scripts (see docs/cases-json.md).
struct CasesJSONRenderer: Sendable {
    /// Creates a renderer.
    init() {}

    /// The file, with sorted keys and no time stamp, so the same content gives the same bytes.
    /// A fact the case file does not give is left out (lists are kept, empty).
    func render(
        site: Site, cases: [CaseFile], releasesByCase: [String: [String]],
        translations: [String: [CaseTranslationLink]] = [:]
    ) -> OutputFile {
        // The same text as one JSONValue with sorted keys ("cases", "site", "version"), but
        // written a case at a time: the whole tree of a large site took more memory than the rest
        // of the build. Each case is written into its own piece and the pieces are joined into
        // one buffer of the final size, so the file never sits in memory twice over, as it did
        // while a growing buffer was copied into a larger one.
        var pieces: [[UInt8]] = [Array("{\n  \"cases\": ".utf8)]
        if cases.isEmpty {
            pieces.append(Array("[]".utf8))
        } else {
            pieces.append(Array("[\n".utf8))
            for (index, caseFile) in cases.enumerated() {
                var piece = Array("    ".utf8)
                record(
                    caseFile, site: site, releases: releasesByCase[caseFile.slug] ?? [],
                    translations: translations[caseFile.slug] ?? []
                )
                .write(into: &piece, indent: 4)
                piece += (index == cases.count - 1 ? "\n" : ",\n").utf8
                pieces.append(piece)
            }
            pieces.append(Array("  ]".utf8))
        }
        var end = Array(",\n  \"site\": ".utf8)
        JSONValue.object([
            "title": .string(site.title), "organisation": .string(site.organisation),
            "url": .string(site.baseURL),
        ]).write(into: &end, indent: 2)
        end += ",\n  \"version\": 1\n}\n".utf8
        pieces.append(end)
        return OutputFile(path: "cases.json", contents: Self.joined(&pieces))
    }

    /// The pieces in one buffer of their total size; each piece is let go once it is copied.
    private static func joined(_ pieces: inout [[UInt8]]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for index in pieces.indices {
            output += pieces[index]
            pieces[index] = []
        }
        return output
    }

    private func record(
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
}

/// A case's page in another language, as cases.json lists it.
struct CaseTranslationLink: Hashable, Sendable {
    /// The language tag.
    var language: String
    /// The absolute URL of the translated page.
    var url: String
    /// The person's name as the translation writes it.
    var name: String

    /// Creates a link.
    init(language: String, url: String, name: String) {
        self.language = language
        self.url = url
        self.name = name
    }
}
