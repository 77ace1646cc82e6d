import Foundation

@testable import CasebookCore

/// A small in-memory site for rendering tests: three public cases, one draft, two releases.
enum RenderingSample {
    static func site(baseURL: String = "https://example.org/") -> Site {
        Site(
            title: "Political Prisoners", organisation: "Open Dialogue Foundation", baseURL: baseURL,
            place: "Warsaw",
            contacts: [
                Contact(
                    id: "press", name: "Anna Kowalska", role: "Press officer", email: "press@example.org",
                    phone: "+48 22 307 11 22"),
                Contact(id: "other", name: "Jan Nowak"),
            ], defaultContactIDs: ["press"])
    }

    static func caseFile(_ slug: String, _ name: String, status: CaseStatus = .imprisoned) -> CaseFile {
        CaseFile(
            slug: slug, name: name, country: "Kazakhstan", status: status, body: "About \(name).",
            source: SourceFile(path: "Content/cases/\(slug).md", bodyStartLine: 10))
    }

    static var yerimbetov: CaseFile {
        var file = caseFile("iskander-yerimbetov", "Iskander Yerimbetov")
        file.nativeName = "Искандер Еримбетов"
        file.aliases = ["Iskander Erimbetov", "Iskandar Yerimbetov"]
        file.detained = PartialDate(year: 2017, month: 11, day: 9)
        file.facility = "Correctional colony LA 155/14, Zarechny"
        file.charges = ["Fraud (Article 190 of the Criminal Code)"]
        file.sentence = "7 years"
        file.unDecisions = [
            .init(
                body: "UN Working Group on Arbitrary Detention", reference: "Opinion No. 67/2018",
                date: PartialDate(year: 2018, month: 11), url: "https://www.ohchr.org/opinion-67-2018")
        ]
        file.related = ["mukhtar-dzhakishev", "secret-case"]
        file.tags = ["torture", "health"]
        file.summary = "Businessman held as leverage against his sister."
        file.timeline = [
            .init(
                date: PartialDate(year: 2017, month: 11, day: 9), event: "Arrested in Almaty.",
                source: "https://example.com/arrest", location: SourceLocation(path: "x")),
            .init(
                date: PartialDate(year: 2018, month: 10), event: "Sentenced.",
                location: SourceLocation(path: "x")),
        ]
        file.updated = PartialDate(year: 2019, month: 10, day: 1)
        return file
    }

    static var dzhakishev: CaseFile {
        var file = caseFile("mukhtar-dzhakishev", "Mukhtar Dzhakishev")
        file.tags = ["health"]
        return file
    }

    static var secret: CaseFile {
        var file = caseFile("secret-case", "Secret Person", status: .preTrialDetention)
        file.draft = true
        return file
    }

    static var released: CaseFile { caseFile("free-person", "Free Person", status: .released) }

    static var release2017: Release {
        var release = Release(
            slug: "2017-08-24-statement", title: "Statement on the arrests",
            date: PartialDate(year: 2017, month: 8, day: 24), body: "Text of the statement.",
            source: SourceFile(path: "Content/releases/2017-08-24-statement.md", bodyStartLine: 8))
        release.subtitle = "The foundation calls for release."
        release.cases = ["mukhtar-dzhakishev"]
        return release
    }

    static var release2019: Release {
        var release = Release(
            slug: "2019-10-15-health-critical", title: "Yerimbetov’s health critical",
            date: PartialDate(year: 2019, month: 10, day: 15), body: "The body.",
            source: SourceFile(path: "Content/releases/2019-10-15-health-critical.md", bodyStartLine: 8))
        release.cases = ["iskander-yerimbetov", "secret-case"]
        release.tags = ["health"]
        release.readAlso = [
            .caseFile("mukhtar-dzhakishev"), .release("2017-08-24-statement"), .caseFile("secret-case"),
            .link(title: "NHC report", url: "https://nhc.no/report"),
            .link(title: "Bad link", url: "javascript:alert(1)"),
        ]
        return release
    }

    /// Everything, drafts included.
    static func content(baseURL: String = "https://example.org/") -> Content {
        Content(
            site: site(baseURL: baseURL), cases: [yerimbetov, dzhakishev, secret, released],
            releases: [release2017, release2019], root: "Content")
    }

    /// What a public build renders: the draft case filtered out.
    static func publicContent(baseURL: String = "https://example.org/") -> Content {
        rules.publicContent(content(baseURL: baseURL))
    }

    static let rules = PublicationRules(
        now: Date(timeIntervalSince1970: 1_700_000_000),
        timeZone: TimeZone(identifier: "Europe/Warsaw") ?? .current)

    /// Every file a build of `content` makes, as the render plan lists them, made in memory;
    /// `review` marks what is not public.
    static func siteFiles(_ content: Content, review: Bool = false) throws -> [OutputFile] {
        let plan = RenderPlan(
            content: content, theme: try Theme.builtin.compile(), rules: rules, review: review)
        return try plan.jobs.flatMap { try $0.make() }
    }

    static func renderer(_ content: Content, options: RenderOptions = RenderOptions()) throws -> SiteRenderer
    {
        SiteRenderer(content: content, theme: try Theme.builtin.compile(), options: options)
    }
}
