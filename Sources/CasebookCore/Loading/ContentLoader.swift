import Foundation

/// Reads Content/: site.yaml, cases/*.md, releases/*.md, pages/*.md and the list of assets.
package struct ContentLoader: Sendable {
    /// Whether bodies stay in memory; when not, they are left on disk for `BodyStore`.
    var keepsBodies: Bool
    /// Decoded files of the last build, reused for files that did not change.
    var cache: (any DecodedFiles)?
    /// Where the bodies read are inspected for the checks, when they are (see `init(cache:)`).
    let inspections: BodyInspections?

    /// Creates a loader.
    package init(keepsBodies: Bool = true) {
        self.keepsBodies = keepsBodies
        self.inspections = nil
    }

    /// A loader that leaves bodies on disk and reuses what `cache` holds. Each body it reads is
    /// inspected for the checks (`MarkdownLint`) while its bytes are in memory: reading every
    /// body again only to inspect it cost a full build a read of every content file.
    init(cache: (any DecodedFiles)?) {
        self.keepsBodies = false
        self.cache = cache
        self.inspections = BodyInspections()
    }

    /// The item `decode` returns, with its body released when bodies stay on disk.
    private func released<Item: ContentItem>(_ decode: () -> (Item, [LoadError])) -> (Item, [LoadError]) {
        let (item, problems) = decode()
        return (releasingBody(item), problems)
    }

    private func releasingBody<Item: ContentItem>(_ item: Item) -> Item {
        guard !keepsBodies else { return item }
        var light = item
        light.body = ""
        light.source.bodyIsOnDisk = true
        return light
    }

    /// Loads everything under `contentFolder`, collecting every problem of every file.
    ///
    /// Paths in locations are `contentFolder` as given joined with the path inside it.
    package func load(from contentFolder: String) -> LoadResult {
        var problems: [LoadError] = []
        let root =
            contentFolder.hasSuffix("/") && contentFolder.count > 1
            ? String(contentFolder.dropLast()) : contentFolder
        func path(_ relative: String) -> String { root + "/" + relative }

        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            problems.append(.contentFolderMissing(at: SourceLocation(path: root)))
            return LoadResult(
                content: Content(
                    site: SiteDecoder.stub(path: path("site.yaml")), cases: [], releases: [],
                    root: contentFolder), problems: problems)
        }

        // Links are followed only while they stay inside the content folder.
        let entries = ContentEntry(folder: root)
        let site = loadSite(at: path("site.yaml"), entries: entries, problems: &problems)
        problems += unreadEntries(in: root)
        // Files are read and decoded on every core; each file's problems stay with it.
        let (caseFiles, caseTranslationFiles) = split(
            markdownFiles(in: root, folder: "cases", problems: &problems))
        let decodedCases = Parallel.map(caseFiles) { slug, filePath -> (CaseFile, [LoadError]) in
            let decode = {
                var fileProblems: [LoadError] = []
                guard let text = readText(at: filePath, entries: entries, problems: &fileProblems) else {
                    return (CaseFileDecoder.stub(slug: slug, path: filePath), fileProblems)
                }
                let (caseFile, errors) = CaseFileDecoder.decode(text, path: filePath, slug: slug)
                return (caseFile, fileProblems + errors)
            }
            guard let cache else { return released(decode) }
            return cache.caseFile(at: filePath) { released(decode) }
        }
        let cases = decodedCases.map(\.0)
        problems += decodedCases.flatMap(\.1)
        let (releaseFiles, releaseTranslationFiles) = split(
            markdownFiles(in: root, folder: "releases", problems: &problems))
        let siteZone = site.timeZone
        let decodedReleases = Parallel.map(releaseFiles) { slug, filePath -> (Release, [LoadError]) in
            let decode = {
                var fileProblems: [LoadError] = []
                guard let text = readText(at: filePath, entries: entries, problems: &fileProblems) else {
                    return (ReleaseDecoder.stub(slug: slug, path: filePath), fileProblems)
                }
                let (release, errors) = ReleaseDecoder.decode(
                    text, path: filePath, slug: slug, siteZone: siteZone)
                return (release, fileProblems + errors)
            }
            guard let cache else { return released(decode) }
            return cache.release(at: filePath, zone: siteZone) { released(decode) }
        }
        var releases = decodedReleases.map(\.0)
        problems += decodedReleases.flatMap(\.1)
        let caseSlugs = Set(cases.map { $0.slug })
        releases = releases.map { Self.resolvingBareReadAlso($0, caseSlugs: caseSlugs) }
        // Pages are few and small: decoded on every build, without the cache.
        let (pageFiles, pageTranslations) = split(
            markdownFiles(in: root, folder: "pages", problems: &problems))
        problems += pageTranslations.map {
            .pageTranslation(($0.path as NSString).lastPathComponent, at: SourceLocation(path: $0.path))
        }
        let decodedPages = Parallel.map(pageFiles) { slug, filePath -> (Page, [LoadError]) in
            released {
                var fileProblems: [LoadError] = []
                guard let text = readText(at: filePath, entries: entries, problems: &fileProblems) else {
                    return (PageDecoder.stub(slug: slug, path: filePath), fileProblems)
                }
                let (page, errors) = PageDecoder.decode(text, path: filePath, slug: slug)
                return (page, fileProblems + errors)
            }
        }
        problems += decodedPages.flatMap(\.1)
        let assets = entries.files(under: path("assets"), skippingHidden: true)
        problems += assets.problems.map {
            .unreadableFile(reason: $0.reason, at: SourceLocation(path: $0.path))
        }
        var content = Content(
            site: site, cases: cases, releases: releases, pages: decodedPages.map(\.0), assets: assets.files,
            root: contentFolder)
        let caseTranslations = decodeTranslations(
            caseTranslationFiles, entries: entries,
            stub: { CaseTranslation(slug: $0.slug, language: $0.language, body: "", source: $1) },
            decode: { TranslationDecoder.decodeCase($0, path: $1.path, slug: $1.slug, language: $1.language) }
        )
        content.caseTranslations = caseTranslations.translations
        problems += caseTranslations.problems
        let releaseTranslations = decodeTranslations(
            releaseTranslationFiles, entries: entries,
            stub: { ReleaseTranslation(slug: $0.slug, language: $0.language, body: "", source: $1) },
            decode: {
                TranslationDecoder.decodeRelease($0, path: $1.path, slug: $1.slug, language: $1.language)
            })
        content.releaseTranslations = releaseTranslations.translations
        problems += releaseTranslations.problems
        return LoadResult(
            content: content, problems: problems, bodyReports: inspections?.reports ?? [:])
    }

    // A bare slug means the case of that name when there is one, else the release; the
    // checker reports a slug that names both, or neither.
    package static func resolvingBareReadAlso(_ release: Release, caseSlugs: Set<String>) -> Release {
        var release = release
        for index in release.bareReadAlsoIndices {
            if case .caseFile(let slug) = release.readAlso[index], !caseSlugs.contains(slug) {
                release.readAlso[index] = .release(slug)
            }
        }
        return release
    }

    /// What Casebook reads at the top of Content/.
    static let readEntries = ["site.yaml", "cases", "releases", "pages", "assets"]

    // Anything else at the top of Content/ is reported, so that a file saved in the wrong
    // place ("Site.yaml", "release/…", "notes.docx") is not silently left out of the site.
    private func unreadEntries(in root: String) -> [LoadError] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && !Self.readEntries.contains($0) }.map { name in
            let suggestion = Suggestion.closest(to: name, among: Self.readEntries)
            let shown = isFolder(root + "/" + name) ? name + "/" : name
            return .unreadFile(shown, suggestion: suggestion, at: SourceLocation(path: root + "/" + name))
        }
    }

    private func loadSite(at path: String, entries: ContentEntry, problems: inout [LoadError]) -> Site {
        guard FileSystem.exists(path) else {
            problems.append(.siteFileMissing(at: SourceLocation(path: path)))
            return SiteDecoder.stub(path: path)
        }
        guard let text = readText(at: path, entries: entries, problems: &problems) else {
            return SiteDecoder.stub(path: path)
        }
        let (site, errors) = SiteDecoder.decode(text.string, path: path)
        problems += errors
        return site
    }

    // The file's checked text; its body becomes a String only when bodies stay in memory.
    private func readText(at path: String, entries: ContentEntry, problems: inout [LoadError]) -> ContentText?
    {
        // Checked before opening: opening a FIFO would wait for a writer for ever.
        if let reason = entries.problem(at: path) {
            problems.append(.unreadableFile(reason: reason, at: SourceLocation(path: path)))
            return nil
        }
        // FileManager reads a file in a few system calls; Data(contentsOf:) first builds a URL. It
        // runs only when the read fails, for its words on why.
        let data: Data
        if let contents = FileManager.default.contents(atPath: path) {
            data = contents
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                problems.append(
                    .unreadableFile(reason: error.localizedDescription, at: SourceLocation(path: path)))
                return nil
            }
        }
        switch FrontmatterReading.checkedText(of: data, path: path) {
        case .success(var text):
            text.keepsBody = keepsBodies
            inspections?.inspect(text, path: path)
            return text
        case .failure(let failure):
            problems += failure.errors
            return nil
        }
    }

    /// A Markdown file of cases/ or releases/: an original, or a translation when `language` is set.
    struct MarkdownFile {
        var slug: String
        var path: String
        var language: String?
    }

    /// A translation file: its original's slug, its path and its language.
    struct TranslationFile {
        var slug: String
        var path: String
        var language: String
    }

    // Translation files read and decoded on every core, each file's problems kept with it; an
    // unreadable file becomes `stub`, so its problem is reported and nothing else.
    private func decodeTranslations<Translation: ContentItem>(
        _ files: [TranslationFile], entries: ContentEntry,
        stub: @escaping @Sendable (TranslationFile, SourceFile) -> Translation,
        decode: @escaping @Sendable (ContentText, TranslationFile) -> (Translation, [LoadError])
    ) -> (translations: [Translation], problems: [LoadError]) {
        let decoded = Parallel.map(files) { file -> (Translation, [LoadError]) in
            released {
                var fileProblems: [LoadError] = []
                guard let text = readText(at: file.path, entries: entries, problems: &fileProblems) else {
                    return (stub(file, SourceFile(path: file.path, bodyStartLine: 1)), fileProblems)
                }
                let (translation, errors) = decode(text, file)
                return (translation, fileProblems + errors)
            }
        }
        return (decoded.map(\.0), decoded.flatMap(\.1))
    }

    // Originals as (slug, path), and translations apart.
    private func split(_ files: [MarkdownFile]) -> ([(String, String)], [TranslationFile]) {
        let originals = files.filter { $0.language == nil }.map { ($0.slug, $0.path) }
        let translations = files.compactMap { file in
            file.language.map { TranslationFile(slug: file.slug, path: file.path, language: $0) }
        }
        return (originals, translations)
    }

    // The .md files of a folder, sorted; other files are reported, dotfiles skipped. A name with
    // a language tag before `.md` (`max-bokayev.ru.md`) is a translation.
    private func markdownFiles(in root: String, folder: String, problems: inout [LoadError]) -> [MarkdownFile]
    {
        // The listing says which entries are plain files, so that only the others are looked
        // at again: every build lists every content file here.
        let entries = (try? FileSystem.typedEntries(of: root + "/" + folder)) ?? []
        var files: [MarkdownFile] = []
        for (name, isFile) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let path = root + "/" + folder + "/" + name
            guard name.hasSuffix(".md"), isFile || !isFolder(path) else {
                problems.append(.ignoredFile(name, at: SourceLocation(path: path)))
                continue
            }
            var slug = String(name.dropLast(3))
            var language: String?
            if let dot = slug.utf8.lastIndex(of: UInt8(ascii: ".")),
                SiteDecoder.isLanguageTag(String(slug[slug.index(after: dot)...]))
            {
                language = String(slug[slug.index(after: dot)...])
                slug = String(slug[..<dot])
            }
            if !Slug.isValid(slug) {
                problems.append(
                    .invalidFileName(
                        name,
                        suggestion: Slug.suggestion(for: slug).map {
                            [$0, language].compactMap { $0 }.joined(separator: ".")
                        },
                        at: SourceLocation(path: path)))
            } else if slug.utf8.count > Slug.maximumLength {
                problems.append(.nameTooLong(slug, limit: Slug.maximumLength, at: SourceLocation(path: path)))
            }
            files.append(MarkdownFile(slug: slug, path: path, language: language))
        }
        return files
    }

    private func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
