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
        // of the build. The cases go straight into one buffer, sized once the first cases show
        // how long a case's record is: a buffer that grows is copied into one twice its size, and
        // pieces joined at the end held the file twice over.
        var output = Array("{\n  \"cases\": ".utf8)
        if cases.isEmpty {
            output += "[]".utf8
        } else {
            output += "[\n".utf8
            let sample = min(cases.count, 64)
            for (index, caseFile) in cases.enumerated() {
                if index == sample, sample < cases.count {
                    output.reserveCapacity(
                        output.count + output.count / sample * (cases.count - sample) * 9 / 8)
                }
                output += "    ".utf8
                Self.write(
                    caseFile, site: site, releases: releasesByCase[caseFile.slug] ?? [],
                    translations: translations[caseFile.slug] ?? [], into: &output)
                output += (index == cases.count - 1 ? "\n" : ",\n").utf8
            }
            output += "  ]".utf8
        }
        output += ",\n  \"site\": ".utf8
        var siteObject = JSONObjectWriter(indent: 2)
        siteObject.member("organisation", site.organisation, into: &output)
        siteObject.member("title", site.title, into: &output)
        siteObject.member("url", site.baseURL, into: &output)
        siteObject.finish(into: &output)
        output += ",\n  \"version\": 1\n}\n".utf8
        return OutputFile(path: "cases.json", contents: output)
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
