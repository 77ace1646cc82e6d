import Foundation

/// `casebook new`: starts a site, a case file, a page or a release draft, and says where it went.
package enum Scaffold {
    /// Writes a new site into `folder` and returns the paths written.
    package static func newSite(in folder: String, today: PartialDate) throws(DiagnosticsError) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let files = SiteSkeleton(today: today).files.map { (path: prefix + $0.path, text: $0.text) }
        let assets = prefix + SiteSkeleton.assetsFolder
        try NewFiles.create(files, folders: [assets])
        return files.map(\.path) + [assets + "/"]
    }

    /// Writes `cases/<slug>.md` for `name` into the content folder and returns its path.
    package static func newCase(
        named name: String, contentFolder: String
    ) throws(DiagnosticsError) -> String {
        let content = ContentLoader(keepsBodies: false).load(from: contentFolder).content
        var stub = CaseStub(name: name)
        if let country = mostCommon(content.cases.map(\.country)) { stub.country = country }
        guard let slug = stub.slug else {
            throw DiagnosticsError([
                Diagnostic(
                    .error, at: SourceLocation(path: contentFolder + "/cases"),
                    "cannot make a file name from '\(name)': it has no letters or digits")
            ])
        }
        let path = folder(contentFolder) + "cases/\(slug).md"
        try NewFiles.create([(path, stub.text)])
        return path
    }

    /// Writes `pages/<slug>.md` into the content folder and returns its path.
    package static func newPage(slug: String, title: String?, contentFolder: String) throws(DiagnosticsError)
        -> String
    {
        let path = folder(contentFolder) + "pages/\(slug).md"
        let site = ContentLoader(keepsBodies: false).load(from: contentFolder).content.site
        var message: String?
        if !Slug.isValid(slug) {
            message = "'\(slug)' cannot name a page: use lower-case letters, digits and single hyphens"
            if let suggestion = Slug.suggestion(for: slug) { message? += "; did you mean '\(suggestion)'?" }
        } else if Page.reservedSlugs(for: site).contains(slug) {
            message = "a page may not be named '\(slug)': Casebook writes its own \(slug)/ folder"
        }
        if let message {
            throw DiagnosticsError([Diagnostic(.error, at: SourceLocation(path: path), message)])
        }
        try NewFiles.create([(path, PageStub(slug: slug, title: title).text)])
        return path
    }

    /// Writes `releases/<date>-<slug>.md`, drafted from the named cases, and returns its path.
    package static func newRelease(
        topic: String, cases slugs: [String], date: PartialDate?, contentFolder: String, now: Date
    ) throws(DiagnosticsError) -> String {
        let content = ContentLoader(keepsBodies: false).load(from: contentFolder).content
        var cases: [CaseFile] = []
        var problems: [Diagnostic] = []
        for slug in slugs {
            if let file = content.cases.first(where: { $0.slug == slug }) {
                cases.append(file)
                continue
            }
            var message = "there is no case '\(slug)'"
            if let close = Suggestion.closest(to: slug, among: content.cases.map { $0.slug }) {
                message += "; did you mean '\(close)'?"
            }
            problems.append(
                Diagnostic(
                    .error, at: SourceLocation(path: folder(contentFolder) + "cases/\(slug).md"), message))
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        let day = date ?? today(now, in: content.site.timeZone)
        let draft = ReleaseDraft(topic: topic, date: day, cases: cases, site: content.site)
        let path = folder(contentFolder) + "releases/\(draft.slug).md"
        try NewFiles.create([(path, draft.text)])
        return path
    }

    /// The calendar day of `moment` in `zone`.
    package static func today(_ moment: Date, in zone: TimeZone) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return PartialDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    private static func folder(_ contentFolder: String) -> String {
        contentFolder.hasSuffix("/") ? contentFolder : contentFolder + "/"
    }

    private static func mostCommon(_ values: [String]) -> String? {
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
