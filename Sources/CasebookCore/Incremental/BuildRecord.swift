import Foundation

/// Everything a build remembers between runs, in one place: the stamps of the inputs, the
/// decoded files, the lint reports, the fingerprints of the pages and the versions of the output
/// files, kept in `.casebook/<output>/` beside the content folder (see `cacheFolder`).
///
/// `SiteBuilder.build` asks it whether the last build still holds, takes the caches the stages
/// use from it, and has it record the build that succeeded.
struct BuildRecord {
    /// The record's folder.
    let folder: String
    /// Digest of the tool version and the options (`cacheKey`).
    let key: String
    /// The last build's state, when it was made with the same key.
    let previous: BuildState?
    /// Stamps of every input file, as found by this build's scan.
    let inputs: [String: InputStamp]
    /// When this build's scan began (nanoseconds since 1970).
    let scanStart: Int64
    /// True when the scan met an entry it could not read as a regular file.
    let scanMetUnreadable: Bool

    /// The caches the load, check and render stages share with this record.
    struct Caches {
        /// Decoded frontmatter of unchanged files.
        var decoded: DecodedCache
        /// Markdown lint reports of unchanged bodies.
        var lint: LintCache
        /// The search index's words of unchanged files.
        var searchWords: SearchWordsCache
        /// The last build's state with its page fingerprints and file versions read.
        var previous: BuildState?
    }

    /// Reads the last build's state from `folder` and stamps every input of `options`.
    static func load(_ options: BuildOptions, folder: String) -> BuildRecord {
        let key = cacheKey(options)
        // The folders are walked while the last build's state is read: each is a few
        // milliseconds that a rebuild would otherwise spend on one core.
        let scanStart = InputScan.now()
        let listing = BackgroundWork {
            InputScan.list(
                [options.contentFolder, options.templatesFolder], confined: [options.contentFolder])
        }
        let previous = BuildState.load(from: folder).flatMap { $0.key == key ? $0 : nil }
        let scan = InputScan.stamp(
            listing.wait(), previous: previous?.inputs ?? [:], previousStart: previous?.scanStart)
        return BuildRecord(
            folder: folder, key: key, previous: previous, inputs: scan.stamps, scanStart: scanStart,
            scanMetUnreadable: !scan.unreadable.isEmpty)
    }

    /// The last build's state when nothing it depends on changed: same inputs, `now` within its
    /// publication window, and the output still the folder it wrote.
    func upToDate(_ options: BuildOptions) -> BuildState? {
        guard let previous, !scanMetUnreadable,
            previous.inputs.mapValues(\.hash) == inputs.mapValues(\.hash),
            previous.covers(options.now),
            OutputWriter.buildID(in: options.outputFolder) == previous.id
        else { return nil }
        return previous
    }

    /// The versions of the output's and the spare's files the last build left, read alone (a
    /// small file): a rebuild without a spare lays its copy of the site out from them while it
    /// reads the caches. Nil when there was no last build, or its versions cannot be read.
    func outputGenerations() -> OutputGenerations? {
        previous.flatMap { BuildState.generations(in: folder, id: $0.id) }
    }

    /// Opens the caches of a build that cannot reuse the last one's output as a whole.
    func caches() -> Caches {
        let fileHashes = inputs.mapValues(\.hash)
        // Three files, each read and parsed on its own core: on a rebuild that changed one
        // file, reading them one after the other was a fifth of the build.
        enum Part: Sendable {
            case previous(BuildState?)
            case decoded(DecodedCache)
            case searchWords(SearchWordsCache)
        }
        let (previous, folder) = (self.previous, self.folder)
        let parts = Parallel.map([0, 1, 2]) { part -> Part in
            switch part {
            case 0:
                var previousCache = previous
                previousCache?.loadRenderCache(from: folder)
                return .previous(previousCache)
            case 1: return .decoded(DecodedCache(folder: folder, fileHashes: fileHashes))
            default: return .searchWords(SearchWordsCache(folder: folder, fileHashes: fileHashes))
            }
        }
        var previousCache: BuildState?
        var decoded = DecodedCache(previous: [:], fileHashes: fileHashes)
        var searchWords = SearchWordsCache(fileHashes: fileHashes)
        for part in parts {
            switch part {
            case .previous(let state): previousCache = state
            case .decoded(let cache): decoded = cache
            case .searchWords(let cache): searchWords = cache
            }
        }
        return Caches(
            decoded: decoded,
            lint: LintCache(
                previous: previousCache?.lint ?? [:], passed: previousCache?.passed ?? [:],
                fileHashes: fileHashes),
            searchWords: searchWords, previous: previousCache)
    }

    /// True when the output folder is still the one the last build wrote, so that what that
    /// build wrote (its pages and file versions) can be reused.
    func outputIsLastBuilds(_ options: BuildOptions) -> Bool {
        OutputWriter.buildID(in: options.outputFolder) == previous?.id
    }

    /// Forgets the last build before its output is replaced, so that a build killed half-way is
    /// never taken for it.
    func forgetLastBuild() {
        BuildState.forget(in: folder)
    }

    /// Records the build that wrote `outputFiles` files of `content` with `id`.
    func save(
        id: String, content: Content, rules: PublicationRules, outputFiles: Int, pages: PageCache,
        lint: LintCache, generations: OutputGenerations
    ) {
        let window = Self.publicationWindow(content, rules: rules)
        BuildState(
            key: key, id: id, validFrom: window.from, validUntil: window.until, outputFiles: outputFiles,
            inputs: inputs, scanStart: scanStart, pages: pages.fingerprints, lint: lint.entries,
            passed: lint.passedEntries, digests: pages.fileDigests,
            generations: generations
        ).save(to: folder)
    }
}
