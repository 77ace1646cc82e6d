import Foundation

/// Writes `cases.json`: the public cases as data, for partners and scripts (see docs/cases-json.md).
public struct CasesJSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The file, with sorted keys and no time stamp, so the same content gives the same bytes.
    public func render(site: Site, cases: [CaseFile], releasesByCase: [String: [String]]) -> OutputFile {
        let document = CasesDocument(
            site: .init(title: site.title, organisation: site.organisation, url: site.baseURL),
            cases: cases.map { caseFile in
                CaseRecord(caseFile, site: site, releases: releasesByCase[caseFile.slug] ?? [])
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return OutputFile(path: "cases.json", contents: [UInt8](data) + [0x0A])
    }
}

/// The top level of cases.json.
struct CasesDocument: Encodable {
    struct SiteRecord: Encodable {
        var title: String
        var organisation: String
        var url: String
    }
    var version = 1
    var site: SiteRecord
    var cases: [CaseRecord]
}

/// One case in cases.json; optional facts are omitted when unknown.
struct CaseRecord: Encodable {
    struct Decision: Encodable {
        var body: String
        var reference: String?
        var date: String?
        var url: String?
    }
    struct Event: Encodable {
        var date: String
        var event: String
        var source: String?
    }
    var slug: String
    var url: String
    var name: String
    var nativeName: String?
    var aliases: [String]
    var country: String
    var status: String
    var statusLabel: String
    var detained: String?
    var facility: String?
    var charges: [String]
    var sentence: String?
    var unDecisions: [Decision]
    var related: [String]
    var tags: [String]
    var summary: String?
    var timeline: [Event]
    var updated: String?
    var releases: [String]

    enum CodingKeys: String, CodingKey {
        case slug, url, name, aliases, country, status, detained, facility, charges, sentence
        case related, tags, summary, timeline, updated, releases
        case nativeName = "native_name"
        case statusLabel = "status_label"
        case unDecisions = "un_decisions"
    }

    init(_ caseFile: CaseFile, site: Site, releases: [String]) {
        slug = caseFile.slug
        url = site.baseURL + "cases/\(caseFile.slug)/"
        name = caseFile.name
        nativeName = caseFile.nativeName
        aliases = caseFile.aliases
        country = caseFile.country
        status = caseFile.status.rawValue
        statusLabel = caseFile.status.label
        detained = caseFile.detained?.description
        facility = caseFile.facility
        charges = caseFile.charges
        sentence = caseFile.sentence
        unDecisions = caseFile.unDecisions.map {
            Decision(body: $0.body, reference: $0.reference, date: $0.date?.description, url: $0.url)
        }
        related = caseFile.related
        tags = caseFile.tags
        summary = caseFile.summary
        timeline = caseFile.timeline.map {
            Event(date: $0.date.description, event: MarkdownParser.parseInline($0.event).plainText, source: $0.source)
        }
        updated = caseFile.updated?.description
        self.releases = releases
    }
}
