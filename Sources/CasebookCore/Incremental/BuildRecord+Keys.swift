import Foundation

/// The incremental build's keys: what makes one build's output reusable by the next.
extension BuildRecord {
    /// `.casebook/<output>-<hash>/` in the folder that holds the content folder (the site's
    /// folder): one record per output folder, so public and review builds do not undo each
    /// other's; the hash of the output's full path tells two folders of the same name apart.
    static func cacheFolder(for contentFolder: String, output outputFolder: String) -> String {
        let trimmed = contentFolder.hasSuffix("/") ? String(contentFolder.dropLast()) : contentFolder
        let parent = FolderPath.parent(of: trimmed)
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        let name = FolderPath.name(of: output).filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return (parent.isEmpty ? "" : parent + "/") + ".casebook/\(name)-\(StableHash.of([output]).prefix(8))"
    }

    /// Everything besides the inputs that changes what a build writes.
    static func cacheKey(_ options: BuildOptions) -> String {
        StableHash.of([
            CasebookVersion.cacheIdentity, options.review ? "review" : "public",
            URL(fileURLWithPath: options.outputFolder).standardizedFileURL.path,
            URL(fileURLWithPath: options.contentFolder).standardizedFileURL.path,
            URL(fileURLWithPath: options.templatesFolder).standardizedFileURL.path,
        ])
    }

    /// What every page depends on: the key, site.yaml and the theme's files, and which items
    /// are shown (with their states in a review build, whose banners depend on them).
    static func globalFingerprint(
        key: String, inputs: [String: InputStamp], visible: Content, rules: PublicationRules,
        options: BuildOptions
    ) -> String {
        let templatesPrefix =
            options.templatesFolder.hasSuffix("/") ? options.templatesFolder : options.templatesFolder + "/"
        let shared = inputs.filter { path, _ in
            path.hasPrefix(templatesPrefix) || path.hasSuffix("/site.yaml")
        }
        .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.hash)" }
        var shown = visible.cases.map { "case \($0.slug)" } + visible.releases.map { "release \($0.slug)" }
        // Every page's navigation shows the menu; links to withheld pages lose their link.
        shown += visible.pages.map { "page \($0.slug) \($0.menu.map(String.init) ?? "-") \($0.title)" }
        shown += visible.withheldPageSlugs.sorted().map { "withheld page \($0)" }
        // Which translations are shown decides every page's alternates and language switcher.
        shown += translationsShown(visible)
        if options.review {
            shown += visible.cases.map { "\($0.slug) \(rules.state(of: $0))" }
            shown += visible.releases.map { "\($0.slug) \(rules.state(of: $0))" }
        }
        return StableHash.of([key] + shared + shown)
    }

    /// Identifies what a build wrote (not where): the same inputs shown the same way give the
    /// same id, so the output stays byte-for-byte reproducible, marker file included.
    static func buildID(inputs: [String: InputStamp], visible: Content, options: BuildOptions) -> String {
        let hashes = inputs.values.map(\.hash).sorted()
        let shown =
            visible.cases.map { $0.slug } + ["|"] + visible.releases.map(\.slug) + ["|"]
            + visible.pages.map(\.slug) + translationsShown(visible)
        return StableHash.of(
            [CasebookVersion.current, options.review ? "review" : "public"] + hashes + shown)
    }

    /// The translations a build shows, with whether each is a draft (a review build shows it so).
    static func translationsShown(_ visible: Content) -> [String] {
        visible.caseTranslations.map { "case \($0.slug).\($0.language) \($0.draft)" }
            + visible.releaseTranslations.map { "release \($0.slug).\($0.language) \($0.draft)" }
    }

    /// The moments around `rules.now` between which no release changes from hidden to public:
    /// the last publication time that has passed and the next one to come.
    static func publicationWindow(_ content: Content, rules: PublicationRules) -> (from: Date?, until: Date?)
    {
        let times = content.releases.filter { !$0.draft }.map(rules.publicationTime(of:))
        return (times.filter { $0 <= rules.now }.max(), times.filter { $0 > rules.now }.min())
    }
}
