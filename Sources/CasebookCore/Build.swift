import Foundation

/// The pipeline: load → check → render → write, in that order, and nothing written unless every
/// check passed.
public enum SiteBuilder {
    /// Builds the site; throws `DiagnosticsError` (and writes nothing) when any input is wrong.
    ///
    /// When nothing the site depends on changed since the last build (same inputs, options and
    /// publication window, and the output still the one it wrote) nothing is read or written.
    /// One build at a time writes an output folder: a second waits for the first (see `lock`).
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        let start = Date()
        let cacheFolder = Self.cacheFolder(for: options.contentFolder, output: options.outputFolder)
        let locks = try lock(options, cacheFolder: cacheFolder)
        defer { locks.forEach { $0.release() } }
        let key = Self.cacheKey(options)
        let previous = BuildState.load(from: cacheFolder).flatMap { $0.key == key ? $0 : nil }
        let scanStart = InputScan.now()
        let scan = InputScan.scan(
            [options.contentFolder, options.templatesFolder], confined: [options.contentFolder],
            previous: previous?.inputs ?? [:], previousStart: previous?.scanStart)
        let inputs = scan.stamps
        if let previous, scan.unreadable.isEmpty,
            previous.inputs.mapValues(\.hash) == inputs.mapValues(\.hash),
            previous.covers(options.now),
            OutputWriter.buildID(in: options.outputFolder) == previous.id
        {
            return BuildReport(
                files: previous.outputFiles, written: 0, warnings: [], outputFolder: options.outputFolder,
                seconds: Date().timeIntervalSince(start), upToDate: true)
        }

        var previousCache = previous
        previousCache?.loadRenderCache(from: cacheFolder)
        let fileHashes = inputs.mapValues(\.hash)
        let lintCache = LintCache(previous: previousCache?.lint ?? [:], fileHashes: fileHashes)
        var checked: CheckedInputs
        do {
            let decodedCache = DecodedCache(folder: cacheFolder, fileHashes: fileHashes)
            checked = try loadAndCheck(
                contentFolder: options.contentFolder, templatesFolder: options.templatesFolder,
                lintCache: lintCache, decodedCache: decodedCache)
            // Saved now, not after rendering, so that its records are let go before the pages
            // take their memory. Its entries hold for whatever becomes of this build.
            decodedCache.save(to: cacheFolder)
        }
        // Where each key was written serves only the checks' messages, all given by now; on a
        // large site these locations took a tenth of the build's memory.
        checked.content.forgetKeyLocations()
        let rules = PublicationRules(now: options.now, timeZone: checked.content.site.timeZone)
        let visible = options.review ? checked.content : rules.publicContent(checked.content)
        let global = Self.globalFingerprint(
            key: key, inputs: inputs, visible: visible, rules: rules, options: options)
        let buildID = Self.buildID(inputs: inputs, visible: visible, options: options)
        // What the last build wrote (its pages and file versions) holds only while the output is
        // still the folder it wrote; the lint reports hold whatever became of the output.
        let outputIsLastBuilds = OutputWriter.buildID(in: options.outputFolder) == previous?.id
        let writer: OutputWriter
        do {
            writer = try OutputWriter(
                destination: options.outputFolder, buildID: buildID,
                generations: outputIsLastBuilds ? previousCache?.generations : nil)
        } catch {
            throw DiagnosticsError([error.diagnostic])
        }
        do {
            let cache = PageCache(
                previous: outputIsLastBuilds ? previousCache?.pages ?? [:] : [:], global: global,
                fileHashes: inputs.mapValues(\.hash),
                content: visible)
            let plan = RenderPlan(
                content: visible, theme: checked.theme, rules: rules, review: options.review, cache: cache)
            try plan.render(jobs: options.jobs, into: writer)
            BuildState.forget(in: cacheFolder)
            let (summary, generations) = try writer.commitGenerations()
            let window = Self.publicationWindow(checked.content, rules: rules)
            BuildState(
                key: key, id: buildID, validFrom: window.from, validUntil: window.until,
                outputFiles: summary.total,
                inputs: inputs, scanStart: scanStart, pages: cache.fingerprints, lint: lintCache.entries,
                generations: generations
            ).save(to: cacheFolder)
            return BuildReport(
                files: summary.total, written: summary.written, warnings: checked.warnings,
                outputFolder: options.outputFolder, seconds: Date().timeIntervalSince(start))
        } catch let error as OutputError {
            writer.abandon()
            throw DiagnosticsError([error.diagnostic])
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// Every problem in content and templates, errors and warnings, sorted; nothing is written.
    public static func check(contentFolder: String, templatesFolder: String) -> [Diagnostic] {
        do {
            return try loadAndCheck(contentFolder: contentFolder, templatesFolder: templatesFolder).warnings
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, at: SourceLocation(path: contentFolder), "\(error)")]
        }
    }

    /// The plain text of one release, draft or embargoed included.
    public static func textRelease(
        slug: String, contentFolder: String, templatesFolder: String, now: Date
    ) throws -> String {
        try release(
            slug: slug, format: .text, contentFolder: contentFolder, templatesFolder: templatesFolder,
            now: now)
    }

    /// One release, draft or embargoed included, as plain text, an e-mail message or its HTML.
    public static func release(
        slug: String, format: ReleaseFormat, contentFolder: String, templatesFolder: String, now: Date
    ) throws -> String {
        let inputs = try loadAndCheck(contentFolder: contentFolder, templatesFolder: templatesFolder)
        let rules = PublicationRules(now: now, timeZone: inputs.content.site.timeZone)
        let plan = RenderPlan(content: inputs.content, theme: inputs.theme, rules: rules, review: true)
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
    public static func schedule(contentFolder: String, now: Date) throws -> Schedule {
        let content = try loadContent(contentFolder: contentFolder)
        return Schedule(
            content: content.content,
            rules: PublicationRules(now: now, timeZone: content.content.site.timeZone))
    }
}
