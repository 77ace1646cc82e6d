import CasebookCore
import Foundation

/// The site a fuzzed file is built in: a fixed site.yaml, case and release, plus a stub for every
/// case, release, page and contact the file names, so that its references resolve and it reaches
/// rendering as it would in a real site.
enum FuzzSite {
    /// The fuzzed file's slug.
    static let slug = "fuzz"
    /// The build's moment: after the fixed release, before its embargoed neighbours.
    static let now = Date(timeIntervalSince1970: 1_794_657_600)  // 2026-11-14T12:00:00Z
    /// How many stubs the site gets, and how many tags of each item it keeps: a file that names
    /// thousands of cases or tags proves nothing more than one that names a few, and would take
    /// the fuzzer's whole time limit. A file that names more keeps the errors for the rest.
    static let itemLimit = 16

    static let theme: CompiledTheme? = try? Theme.builtin.compile()

    static let site = SiteDecoder.decode(siteText, path: "Content/site.yaml").0
    static let caseFile = CaseFileDecoder.decode(
        caseText, path: "Content/cases/fixed-case.md", slug: "fixed-case"
    ).0
    static let release = ReleaseDecoder.decode(
        releaseText, path: "Content/releases/fixed-release.md", slug: "fixed-release", siteZone: site.timeZone
    ).0

    /// The content around `text`, decoded as `kind`, and the problems decoding found.
    static func content(around text: String, kind: FuzzEntry.Kind) -> (Content, [LoadError]) {
        switch kind {
        case .site:
            let (site, problems) = SiteDecoder.decode(text, path: kind.path)
            return (fitted(site: site, cases: [caseFile], releases: [release]), problems)
        case .caseFile:
            let (caseFile, problems) = CaseFileDecoder.decode(text, path: kind.path, slug: slug)
            return (fitted(site: site, cases: [caseFile], releases: []), problems)
        case .release:
            let (release, problems) = ReleaseDecoder.decode(
                text, path: kind.path, slug: slug, siteZone: site.timeZone)
            return (fitted(site: site, cases: [], releases: [release]), problems)
        case .page:
            let (page, problems) = PageDecoder.decode(text, path: kind.path, slug: slug)
            return (fitted(site: site, cases: [caseFile], releases: [release], pages: [page]), problems)
        }
    }

    /// Content with stubs for what the first check finds missing, bare `read_also` slugs resolved
    /// the way the loader does once every case is known.
    static func fitted(site: Site, cases: [CaseFile], releases: [Release], pages: [Page] = []) -> Content {
        var assets: [String] = []
        func resolved(_ site: Site, _ cases: [CaseFile]) -> Content {
            let caseSlugs = Set(cases.map(\.slug))
            return Content(
                site: site, cases: cases,
                releases: releases.map { ContentLoader.resolvingBareReadAlso($0, caseSlugs: caseSlugs) },
                pages: pages, assets: assets, root: "Content")
        }
        var site = site
        var cases = cases
        var stubReleases: [Release] = []
        var stubs = 0
        for problem in ContentChecker(jobs: 1).problems(in: resolved(site, cases)) where stubs < itemLimit {
            stubs += 1
            switch problem {
            case .unknownCase(let slug, _, _), .unknownCaseOrRelease(let slug, _, _),
                .unknownPageLink(let slug, .caseFile, _, _):
                cases.append(stubCase(slug))
            case .unknownRelease(let slug, _, _), .unknownPageLink(let slug, .release, _, _):
                stubReleases.append(stubRelease(slug))
            case .unknownContact(let id, _, _):
                site.contacts.append(Contact(id: id, name: "Contact " + id))
            case .missingPreviewImage(let file, _, _):
                assets.append(file)
            default:
                stubs -= 1
            }
        }
        var content = resolved(site, uniqued(cases))
        content.releases = uniqued(content.releases + stubReleases)
        return content
    }

    private static func uniqued(_ cases: [CaseFile]) -> [CaseFile] {
        var seen: Set<String> = []
        return cases.filter { seen.insert($0.slug).inserted }
    }

    private static func uniqued(_ releases: [Release]) -> [Release] {
        var seen: Set<String> = []
        return releases.filter { seen.insert($0.slug).inserted }.sorted { $0.slug < $1.slug }
    }

    private static func stubCase(_ slug: String) -> CaseFile {
        CaseFile(
            slug: slug, name: "Case " + slug, country: "Kazakhstan", status: .imprisoned, body: "",
            source: SourceFile(path: "Content/cases/\(slug).md", bodyStartLine: 1))
    }

    private static func stubRelease(_ slug: String) -> Release {
        Release(
            slug: slug, title: "Release " + slug, date: PartialDate(year: 2026, month: 1, day: 1), body: "",
            source: SourceFile(path: "Content/releases/\(slug).md", bodyStartLine: 1))
    }
}
