import Foundation
import Testing

@testable import CasebookCore

@Suite struct ContentCheckerTests {
    func content(cases: [String: String], releases: [String: String], site: String = "") -> Content {
        let siteText =
            "title: T\norganisation: O\nbase_url: https://example.org/\ncontacts:\n  - id: press\n    name: P\n"
        let caseFiles = cases.map { slug, text in
            decodeCaseText(text, slug: slug)
        }
        let siteValue = SiteDecoder.decode(siteText + site, path: "site.yaml").0
        let releaseValues = releases.map { slug, text in
            ReleaseDecoder.decode(text, path: "\(slug).md", slug: slug, siteZone: siteValue.timeZone).0
        }
        let caseSlugs = Set(caseFiles.map(\.slug))
        return Content(
            site: siteValue, cases: caseFiles,
            releases: releaseValues.map { ContentLoader.resolvingBareReadAlso($0, caseSlugs: caseSlugs) },
            root: "Content")
    }

    func decodeCaseText(_ frontmatter: String, slug: String) -> CaseFile {
        CaseFileDecoder.decode(
            "---\nname: A\ncountry: B\nstatus: imprisoned\n" + frontmatter + "---\n", path: "\(slug).md",
            slug: slug
        ).0
    }

    @Test func reportsUnknownReferencesAtTheirEntries() {
        let checked = content(
            cases: ["anna": "related: [bob, anna, annaa]\n", "bob": ""],
            releases: [
                "r": "---\ntitle: T\ndate: 2019-10-15\ncases: [anna, bobb]\ncontacts: [press, pres]\n---\n"
            ],
            site: "default_contacts: [nobody]\n")
        #expect(
            ContentChecker().problems(in: checked) == [
                .unknownContact(
                    "nobody", suggestion: nil, at: SourceLocation(path: "site.yaml", line: 7, column: 20)),
                .relatedToItself("anna", at: SourceLocation(path: "anna.md", line: 5, column: 16)),
                .unknownCase(
                    "annaa", suggestion: "anna", at: SourceLocation(path: "anna.md", line: 5, column: 22)),
                .unknownCase(
                    "bobb", suggestion: "bob", at: SourceLocation(path: "r.md", line: 4, column: 15)),
                .unknownContact(
                    "pres", suggestion: "press", at: SourceLocation(path: "r.md", line: 5, column: 19)),
            ])
    }

    @Test func resolvesReadAlsoAndReportsAmbiguity() {
        let checked = content(
            cases: ["anna": "", "both": ""],
            releases: [
                "both": "---\ntitle: T\ndate: 2019-10-15\n---\n",
                "r":
                    "---\ntitle: T\ndate: 2019-10-15\nread_also: [anna, both, cases/both, releases/both, x, releases/y]\n---\n",
            ])
        let r = "r.md"
        #expect(
            ContentChecker().problems(in: checked) == [
                .ambiguousReadAlso("both", at: SourceLocation(path: r, line: 4, column: 19)),
                .unknownCaseOrRelease("x", suggestion: nil, at: SourceLocation(path: r, line: 4, column: 52)),
                .unknownRelease("y", suggestion: nil, at: SourceLocation(path: r, line: 4, column: 55)),
            ])
    }

    @Test func warnsWhenAPublicReleaseNamesADraftCase() {
        let checked = content(
            cases: ["anna": "draft: true\n"],
            releases: [
                "public": "---\ntitle: T\ndate: 2019-10-15\ncases: [anna]\n---\n",
                "draft": "---\ntitle: T\ndate: 2019-10-15\ncases: [anna]\ndraft: true\n---\n",
            ])
        let problems = ContentChecker().problems(in: checked)
        #expect(
            problems == [
                .referenceToDraft(
                    "anna", kind: .caseFile, at: SourceLocation(path: "public.md", line: 4, column: 9))
            ])
        #expect(problems.first?.severity == .warning)
    }

    @Test func warnsWhenReadAlsoNamesALaterRelease() {
        let checked = content(
            cases: ["anna": ""],
            releases: [
                "old":
                    "---\ntitle: T\ndate: 2018-03-02\nread_also:\n  - anna\n  - new\n  - releases/same-day\n  - month\n"
                    + "  - title: Elsewhere\n    url: https://example.org/\n---\n",
                "new": "---\ntitle: T\ndate: 2019-10-15\nread_also: [old, releases/old]\n---\n",
                "same-day": "---\ntitle: T\ndate: 2018-03-02\n---\n",
                "month": "---\ntitle: T\ndate: 2018-03\n---\n",
            ])
        let problems = ContentChecker().problems(in: checked)
        #expect(
            problems == [
                .laterReleaseInReadAlso(
                    "new", dated: PartialDate(year: 2019, month: 10, day: 15),
                    releaseDate: PartialDate(year: 2018, month: 3, day: 2),
                    at: SourceLocation(path: "old.md", line: 6, column: 5))
            ])
        #expect(problems.first?.severity == .warning)
    }
}
