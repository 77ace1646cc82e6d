import Foundation

/// What the load and check stages hand to rendering.
struct CheckedInputs {
    /// Everything loaded, drafts included; rendering filters it.
    var content: Content
    /// The compiled theme.
    var theme: CompiledTheme
    /// Warnings that do not stop a build.
    var warnings: [Diagnostic]
    /// The case photos, with their sizes, as the checks read them.
    var photos = PhotoCatalogue()
}

extension SiteBuilder {
    /// Loads content and theme and runs every check, throwing all errors of all files at once.
    static func loadAndCheck(
        contentFolder: String, templatesFolder: String, lintCache: LintCache? = nil,
        decodedCache: DecodedCache? = nil
    ) throws -> CheckedInputs {
        // The theme is read and compiled on a thread of its own while the content is loaded and
        // checked: neither needs the other, and compiling every template alone took a rebuild
        // that changed one file of 500 an eighth of its work.
        let compiling = BackgroundWork {
            Result { try ThemeLoader.load(directory: templatesFolder).compile() }
        }
        var diagnostics: [Diagnostic] = []
        // Bodies stay on disk until a check or a page needs one: memory holds the facts of
        // every file, and the bodies of the files being worked on.
        let loaded = ContentLoader(cache: decodedCache).load(from: contentFolder)
        diagnostics += loaded.problems.map(\.diagnostic)
        // Cross-file and body checks run on a best-effort load too, so one run reports everything.
        diagnostics += ContentChecker().check(
            loaded.content, lintCache: lintCache, inspected: loaded.bodyReports)
        let (photos, photoProblems) = PhotoChecker().check(loaded.content)
        diagnostics += photoProblems.map(\.diagnostic)
        let photoFiles = Set(loaded.content.cases.compactMap { $0.photo?.file })
        diagnostics += AssetChecker().check(loaded.content, photos: photoFiles).map(\.diagnostic)
        var theme: CompiledTheme?
        do {
            theme = try compiling.wait().get()
        } catch let error as DiagnosticsError {
            diagnostics += error.diagnostics
        }
        if let theme {
            // A language of the site whose string file lacks a key falls back, once per key.
            let site = loaded.content.site
            diagnostics += theme.strings.problems(
                languages: site.languageTags, defaultLanguage: site.language,
                at: site.locations["language"] ?? site.location)
        }
        guard let theme, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        return CheckedInputs(
            content: loaded.content, theme: theme, warnings: diagnostics.sorted(), photos: photos)
    }

    /// Loads and checks with the record's caches; the decoded files are then saved on a thread
    /// of their own, which the caller waits for before rendering (`BackgroundWork.wait`).
    static func loadAndCheck(
        _ options: BuildOptions, caches: BuildRecord.Caches, record: BuildRecord
    ) throws -> (CheckedInputs, saving: BackgroundWork<Void>) {
        var checked = try loadAndCheck(
            contentFolder: options.contentFolder, templatesFolder: options.templatesFolder,
            lintCache: caches.lint, decodedCache: caches.decoded)
        // Saved now, while the pages are planned, and not after rendering, so that its records
        // are let go before the pages take their memory. Its entries hold for whatever becomes
        // of this build.
        let (decoded, folder) = (caches.decoded, record.folder)
        let saving = BackgroundWork { decoded.save(to: folder) }
        // Where each key was written serves only the checks' messages, all given by now; on a
        // large site these locations took a tenth of the build's memory.
        checked.content.forgetKeyLocations()
        return (checked, saving)
    }

    /// The publication rules at `options.now` and what they let a build show: everything in a
    /// review build, only what is public otherwise.
    static func publishFilter(_ content: Content, _ options: BuildOptions) -> (PublicationRules, Content) {
        let rules = PublicationRules(now: options.now, timeZone: content.site.timeZone)
        return (rules, options.review ? content : rules.publicContent(content))
    }

    /// The render plan of `visible` and the page cache it renders through.
    /// `previousPages` are the last build's page fingerprints, when its output can be reused,
    /// `previousDigests` its digests of what single files show;
    /// `images` processes photos and assets through the build's image cache.
    static func plan(
        _ visible: Content, checked: CheckedInputs, rules: PublicationRules, options: BuildOptions,
        record: BuildRecord, searchWords: SearchWordsCache, previousPages: [String: String],
        previousDigests: [String: String] = [:], images: ImageWork
    ) -> (RenderPlan, PageCache) {
        let global = BuildRecord.globalFingerprint(
            key: record.key, inputs: record.inputs, visible: visible, rules: rules, options: options)
        let pages = PageCache(
            previous: previousPages, previousDigests: previousDigests, global: global,
            fileHashes: record.inputs.mapValues(\.hash), content: visible)
        let plan = RenderPlan(
            content: visible, theme: checked.theme, rules: rules, review: options.review, cache: pages,
            searchWords: searchWords, images: images)
        return (plan, pages)
    }

    /// The images of a build: the checked photos with the content hashes the input scan made,
    /// processed through the record's image cache.
    static func imageWork(
        _ checked: CheckedInputs, options: BuildOptions, record: BuildRecord, cache: ImageCache,
        reuseOutput: Bool
    ) -> ImageWork {
        let assets = PhotoChecker.assetsFolder(of: checked.content) + "/"
        var assetHashes: [String: String] = [:]
        for (path, stamp) in record.inputs where path.hasPrefix(assets) {
            assetHashes[String(path.dropFirst(assets.count))] = stamp.hash
        }
        let photos = checked.photos.withHashes { file in
            assetHashes[file] ?? FileSystem.read(assets + file).map(StableHash.of(bytes:)) ?? ""
        }
        return ImageWork(
            photos: photos, renderer: ImageRenderer(cache: cache), assetHashes: assetHashes,
            reuseOutput: reuseOutput)
    }

    /// The writer of a new output, reusing the last build's file versions when given.
    static func openWriter(
        _ options: BuildOptions, buildID: String, generations: OutputGenerations?
    ) throws -> OutputWriter {
        do {
            return try OutputWriter(
                destination: options.outputFolder, buildID: buildID, generations: generations)
        } catch {
            throw DiagnosticsError([error.diagnostic])
        }
    }

    /// The writer of a build whose output has no whole spare, opened before the checks: it lays
    /// a copy of the current site out on a thread of its own (`OutputMirror`), which took longer
    /// than everything else a rebuild that changed one file does, and now goes on while the
    /// content is loaded and checked too. Nil when there is a whole spare, or no current site
    /// to copy, or when the writer cannot be opened (then `openWriter` reports why, after the
    /// checks, as it does for every other build).
    static func copyingWriter(_ options: BuildOptions, generations: OutputGenerations?) -> OutputWriter? {
        guard let generations,
            OutputWriter.laysOutCopy(of: options.outputFolder, generations: generations)
        else { return nil }
        return try? OutputWriter(destination: options.outputFolder, generations: generations)
    }

    /// Loads content only (the schedule needs no theme); throws when any file has an error.
    static func loadContent(contentFolder: String) throws -> (content: Content, warnings: [Diagnostic]) {
        let loaded = ContentLoader().load(from: contentFolder)
        let diagnostics = loaded.problems.map(\.diagnostic) + ContentChecker().check(loaded.content)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        return (loaded.content, diagnostics)
    }
}
