import Foundation

/// The pipeline: up to date? → load → check → publish filter → open the writer → plan → render
/// and write (the writer runs the plan's jobs) → record, in that order, and nothing written
/// unless every check passed.
package enum SiteBuilder {
    /// Builds the site; throws `DiagnosticsError` (and writes nothing) when any input is wrong.
    ///
    /// When nothing the site depends on changed since the last build (same inputs, options and
    /// publication window, and the output still the one it wrote) nothing is read or written.
    /// One build at a time writes an output folder: a second waits for the first (see `lock`).
    package static func build(_ options: BuildOptions) throws -> BuildReport {
        let start = Date()
        let recordFolder = BuildRecord.cacheFolder(for: options.contentFolder, output: options.outputFolder)
        let locks = try BuildRecord.lock(options, cacheFolder: recordFolder)
        defer { locks.forEach { $0.release() } }
        let record = BuildRecord.load(options, folder: recordFolder)
        if let last = record.upToDate(options) {
            return BuildReport(
                files: last.outputFiles, written: 0, warnings: [], outputFolder: options.outputFolder,
                seconds: Date().timeIntervalSince(start), upToDate: true)
        }
        let leftovers = Leftovers()
        defer { leftovers.letGoInBackground() }
        return try build(options, record: record, start: start, leftovers: leftovers)
    }

    /// Builds what changed since `record`; the build's large values end in `leftovers`.
    private static func build(
        _ options: BuildOptions, record: BuildRecord, start: Date, leftovers: Leftovers
    ) throws -> BuildReport {
        let outputIsLastBuilds = record.outputIsLastBuilds(options)
        // The file versions first, so that a copy of the site (when there is no spare) is being
        // laid out while the caches are read.
        let generations = outputIsLastBuilds ? record.outputGenerations() : nil
        let copying = copyingWriter(options, generations: generations)
        let caches = record.caches()
        let checked: CheckedInputs
        let savingDecoded: BackgroundWork<Void>
        do {
            (checked, savingDecoded) = try loadAndCheck(options, caches: caches, record: record)
        } catch {
            copying?.abandon()
            throw error
        }
        // However the build ends, the decoded files are saved before it returns.
        defer { savingDecoded.wait() }
        let (rules, visible) = publishFilter(checked.content, options)
        let buildID = BuildRecord.buildID(inputs: record.inputs, visible: visible, options: options)
        // Otherwise opened once the checks have passed, so that a build that fails them leaves
        // a whole spare as it was.
        let writer: OutputWriter
        if let copying {
            copying.name(buildID)
            writer = copying
        } else {
            writer = try openWriter(options, buildID: buildID, generations: generations)
        }
        do {
            let imageCache = ImageCache(recordFolder: record.folder)
            let images = imageWork(
                checked, options: options, record: record, cache: imageCache, reuseOutput: outputIsLastBuilds)
            let (plan, pages) = self.plan(
                visible, checked: checked, rules: rules, options: options, record: record,
                searchWords: caches.searchWords,
                previousPages: outputIsLastBuilds ? caches.previous?.pages ?? [:] : [:],
                previousDigests: caches.previous?.digests ?? [:], images: images)
            // The plan is not among the leftovers: it is consumed by the writer, its page models'
            // lookups (every case, release and tag, in each language) let go once the jobs ran,
            // before the caches are saved.
            leftovers.keep([pages, checked, caches, visible, record, writer])
            savingDecoded.wait()
            try writer.run((consume plan).jobs, jobs: options.jobs, fingerprints: pages)
            record.forgetLastBuild()
            let (summary, generations) = try writer.commitGenerations()
            // Two files of the record, written side by side.
            let (searchWords, lint, content) = (caches.searchWords, caches.lint, checked.content)
            _ = Parallel.map([false, true], jobs: 2) { isState in
                guard isState else { return searchWords.save(to: record.folder) }
                record.save(
                    id: buildID, content: content, rules: rules, outputFiles: summary.total, pages: pages,
                    lint: lint, generations: generations)
            }
            imageCache.removeUnused()
            return BuildReport(
                files: summary.total, written: summary.written, warnings: checked.warnings,
                outputFolder: options.outputFolder, seconds: Date().timeIntervalSince(start),
                imagesProcessed: imageCache.imagesMade)
        } catch let error as OutputError {
            writer.abandon()
            throw DiagnosticsError([error.diagnostic])
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// Every problem in content and templates, errors and warnings, sorted; nothing is written.
    package static func check(contentFolder: String, templatesFolder: String) -> [Diagnostic] {
        do {
            return try loadAndCheck(contentFolder: contentFolder, templatesFolder: templatesFolder).warnings
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, at: SourceLocation(path: contentFolder), "\(error)")]
        }
    }

    /// The plain text of one release, draft or embargoed included.
    static func textRelease(
        slug: String, contentFolder: String, templatesFolder: String, now: Date
    ) throws -> String {
        try release(
            slug: slug, format: .text, contentFolder: contentFolder, templatesFolder: templatesFolder,
            now: now)
    }

    /// One release, draft or embargoed included, as plain text, an e-mail message or its HTML, in
    /// `language` (a translation) or, when nil, as written.
    package static func release(
        slug: String, format: ReleaseFormat, language: String? = nil, contentFolder: String,
        templatesFolder: String, now: Date
    ) throws -> String {
        let inputs = try loadAndCheck(contentFolder: contentFolder, templatesFolder: templatesFolder)
        let rules = PublicationRules(now: now, timeZone: inputs.content.site.timeZone)
        let plan = RenderPlan(content: inputs.content, theme: inputs.theme, rules: rules, review: true)
        let site = inputs.content.site
        if let language, inputs.content.releases.contains(where: { $0.slug == slug }) {
            guard site.languageTags.contains(language) else {
                let known = site.languageTags.joined(separator: ", ")
                throw DiagnosticsError([
                    Diagnostic(
                        .error, at: site.location,
                        "'\(language)' is not one of the site's languages (\(known))")
                ])
            }
            guard let text = plan.release(slug, format: format, language: language) else {
                throw DiagnosticsError([
                    Diagnostic(
                        .error, at: SourceLocation(path: contentFolder + "/releases/\(slug).\(language).md"),
                        "release '\(slug)' has no translation into '\(language)'")
                ])
            }
            return text
        }
        guard let text = plan.release(slug, format: format) else {
            let known = inputs.content.releases.map(\.slug)
            var message = "there is no release '\(slug)'"
            if let close = Suggestion.nearest(to: slug, among: known) {
                message += "; did you mean '\(close)'?"
            }
            throw DiagnosticsError([
                Diagnostic(.error, at: SourceLocation(path: contentFolder + "/releases/\(slug).md"), message)
            ])
        }
        return text
    }

    /// The schedule of what is waiting to become public.
    package static func schedule(contentFolder: String, now: Date) throws -> Schedule {
        let content = try loadContent(contentFolder: contentFolder)
        return Schedule(
            content: content.content,
            rules: PublicationRules(now: now, timeZone: content.content.site.timeZone))
    }
}
