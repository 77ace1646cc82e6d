/// Checks what no single file can: that references between files resolve.
package struct ContentChecker: Sendable {
    /// How many bodies are checked at once.
    let jobs: Int

    /// Creates a checker that uses every core.
    package init() {
        jobs = Parallel.defaultJobs
    }

    /// Creates a checker that checks `jobs` bodies at once (1 for the fuzz target, whose leak check
    /// counts allocations per input and would see Dispatch's worker threads as leaking).
    package init(jobs: Int) {
        self.jobs = jobs
    }

    /// Every cross-file problem of `content`, as diagnostics sorted by place.
    package func check(_ content: Content) -> [Diagnostic] {
        problems(in: content).map(\.diagnostic).sorted()
    }

    /// The same, reusing the lint reports of unchanged files from `lintCache`, then those the
    /// loader made (`inspected`, by path), and reading other bodies left on disk through `bodies`.
    func check(
        _ content: Content, lintCache: (any LintReports)?, inspected: [String: InspectedBody] = [:],
        bodies: BodyStore = BodyStore()
    ) -> [Diagnostic] {
        problems(in: content, lintCache: lintCache, inspected: inspected, bodies: bodies).map(\.diagnostic)
            .sorted()
    }

    /// Every cross-file problem of `content`.
    package func problems(in content: Content) -> [CheckError] {
        problems(in: content, lintCache: nil, inspected: [:], bodies: BodyStore())
    }

    private func problems(
        in content: Content, lintCache: (any LintReports)?, inspected: [String: InspectedBody],
        bodies: BodyStore
    ) -> [CheckError] {
        let index = ContentIndex(content)
        var problems: [CheckError] = []
        problems += checkSite(content.site, index: index)
        for caseFile in content.cases { problems += checkCase(caseFile, index: index) }
        for release in content.releases { problems += checkRelease(release, index: index) }
        problems += checkPages(content.pages, site: content.site)
        problems += checkPreviewImage(content.site, assets: content.assets)
        problems += checkTranslations(content)
        // Bodies are long and independent: they are checked on every core.
        let sources =
            content.cases.map { ($0.body, $0.source) } + content.releases.map { ($0.body, $0.source) }
            + content.pages.map { ($0.body, $0.source) }
            + content.caseTranslations.map { ($0.body, $0.source) }
            + content.releaseTranslations.map { ($0.body, $0.source) }
        problems += Parallel.map(sources, jobs: jobs) { inMemory, source -> [CheckError] in
            // A body's problems depend on its bytes and on the index alone: one that passed
            // against the same index last time passes again, unread (most of a rebuild's checks).
            if lintCache?.bodyPassed(path: source.path, index: index.digest) == true { return [] }
            // Read again from its file as bytes, with no String made of it.
            let inspect = {
                bodies.withBodyBytes(of: source, MarkdownLint.inspect(bytes:))
                    ?? MarkdownLint.inspect(bodies.body(of: source, inMemory: inMemory))
            }
            let report: MarkdownLintReport
            if let loaded = inspected[source.path] {
                // As the loader found it; its line is kept for the next build as it is.
                report = loaded.report
                if case .line(let line) = loaded { lintCache?.keep(path: source.path, line: line) }
            } else {
                report = lintCache?.report(path: source.path, inspect: inspect) ?? inspect()
            }
            let found = checkBody(report, source: source, index: index)
            if found.isEmpty { lintCache?.notePassed(path: source.path, index: index.digest) }
            return found
        }.flatMap { $0 }
        return problems
    }
}

/// The slugs and ids that references may name.
struct ContentIndex {
    /// Case slugs, with whether the case is a draft.
    var caseIsDraft: [String: Bool] = [:]
    /// Release slugs, with whether the release is a draft.
    var releaseIsDraft: [String: Bool] = [:]
    /// Release slugs, with the date on each release's dateline.
    var releaseDates: [String: PartialDate] = [:]
    /// Contact ids of site.yaml.
    var contactIDs: [String]
    /// Case slugs, sorted so that a suggestion never depends on dictionary order.
    let caseSuggestions: Suggestion.Candidates
    /// Release slugs, sorted.
    let releaseSuggestions: Suggestion.Candidates
    /// Case and release slugs together, sorted, for a bare `read_also` slug.
    let pageSuggestions: Suggestion.Candidates
    /// Contact ids, sorted.
    let contactSuggestions: Suggestion.Candidates
    /// A digest of everything above, the same in every process: a body checked against an
    /// index with the same digest has the same problems (see `LintReports.bodyPassed`).
    let digest: String

    init(_ content: Content) {
        for caseFile in content.cases { caseIsDraft[caseFile.slug] = caseFile.draft }
        for release in content.releases {
            releaseIsDraft[release.slug] = release.draft
            releaseDates[release.slug] = release.date
        }
        contactIDs = content.site.contacts.map(\.id)
        // Each kind sorted once: this index is made on every build that changed anything.
        let caseSlugs = caseIsDraft.keys.sorted()
        let releaseSlugs = releaseIsDraft.keys.sorted()
        caseSuggestions = Suggestion.Candidates(caseSlugs)
        releaseSuggestions = Suggestion.Candidates(releaseSlugs)
        pageSuggestions = Suggestion.Candidates((caseSlugs + releaseSlugs).sorted())
        contactSuggestions = Suggestion.Candidates(contactIDs.sorted())
        var hash = StableHash()
        for slug in caseSlugs {
            hash.combine(caseIsDraft[slug] == true ? "d" + slug : slug)
        }
        hash.combine("|")
        for slug in releaseSlugs {
            hash.combine(releaseIsDraft[slug] == true ? "d" + slug : slug)
            hash.combine(releaseDates[slug]?.description ?? "")
        }
        hash.combine("|")
        for id in contactIDs { hash.combine(id) }
        digest = hash.hex
    }
}
