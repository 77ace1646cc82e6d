/// Which languages each page exists in: the default language always, another language where
/// a translation is shown. Every page model reads it for its `<html lang>`, its alternates and
/// its language switcher.
struct LanguageFrame: Hashable, Sendable {
    /// The language of the pages being rendered.
    let language: String
    /// site.yaml's `language`: the language of files without a suffix.
    let defaultLanguage: String
    /// Every language of the site, the default first, then in site.yaml's order.
    let languages: [String]
    /// The languages of each case page, in `languages` order.
    let caseLanguages: [String: [String]]
    /// The languages of each release page, in `languages` order.
    let releaseLanguages: [String: [String]]

    /// The frame of a site in one language.
    init(language: String) {
        self.language = language
        defaultLanguage = language
        languages = [language]
        caseLanguages = [:]
        releaseLanguages = [:]
    }

    /// The frame of `content` (what the build shows, translations included) for pages in `language`.
    init(content: Content, language: String) {
        self.language = language
        defaultLanguage = content.site.language
        languages = content.site.languageTags
        let order = Dictionary(languages.enumerated().map { ($1, $0) }) { first, _ in first }
        func grouped(_ pairs: [(slug: String, language: String)]) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for pair in pairs where order[pair.language] != nil {
                result[pair.slug, default: [content.site.language]].append(pair.language)
            }
            return result.mapValues { tags in tags.sorted { order[$0] ?? 0 < order[$1] ?? 0 } }
        }
        caseLanguages = grouped(content.caseTranslations.map { ($0.slug, $0.language) })
        releaseLanguages = grouped(content.releaseTranslations.map { ($0.slug, $0.language) })
    }

    /// The output folder of a language: "" for the default, "ru/" for Russian.
    func folder(of language: String) -> String {
        language == defaultLanguage ? "" : language + "/"
    }

    /// The folder of the pages being rendered.
    var folder: String { folder(of: language) }

    /// True when the site is published in more than one language.
    var isMultilingual: Bool { languages.count > 1 }

    /// The languages a case page exists in.
    func languages(ofCase slug: String) -> [String] { caseLanguages[slug] ?? [defaultLanguage] }

    /// The languages a release page exists in.
    func languages(ofRelease slug: String) -> [String] { releaseLanguages[slug] ?? [defaultLanguage] }
}

/// One language's version of the site: every case and release, in that language where a
/// translation is shown and as the original otherwise, with the site's words in that language.
struct LanguageEdition: Sendable {
    /// The languages of every page, seen from this edition's language.
    let frame: LanguageFrame
    /// What the edition's pages show.
    var content: Content
    /// Slugs of the cases and releases shown in their translation (every one in the default language).
    let translatedCases: Set<String>
    let translatedReleases: Set<String>
    /// The source files of this language's translations, which its pages are made from.
    let translationSources: [String]

    /// The edition of `content` (what the build shows) in `language`.
    init(of content: Content, language: String) {
        frame = LanguageFrame(content: content, language: language)
        guard language != content.site.language else {
            self.content = content
            translatedCases = Set(content.cases.map { $0.slug })
            translatedReleases = Set(content.releases.map(\.slug))
            translationSources = []
            return
        }
        let caseTranslations = content.caseTranslations.filter { $0.language == language }
        let releaseTranslations = content.releaseTranslations.filter { $0.language == language }
        let caseWords = Dictionary(caseTranslations.map { ($0.slug, $0) }) { first, _ in first }
        let releaseWords = Dictionary(releaseTranslations.map { ($0.slug, $0) }) { first, _ in first }
        var edition = content
        edition.site = content.site.localized(to: language)
        edition.cases = content.cases.map { caseFile in
            caseWords[caseFile.slug].map(caseFile.translated(by:)) ?? caseFile
        }
        edition.releases = content.releases.map { release in
            releaseWords[release.slug].map { release.translated(by: $0, site: content.site) } ?? release
        }
        self.content = edition
        translatedCases = Set(caseWords.keys)
        translatedReleases = Set(releaseWords.keys)
        translationSources = (caseTranslations.map(\.source.path) + releaseTranslations.map(\.source.path))
            .sorted()
    }

    /// Every edition of `content`: the default language first, then site.yaml's order.
    static func all(of content: Content) -> [LanguageEdition] {
        content.site.languageTags.map { LanguageEdition(of: content, language: $0) }
    }

    /// True for the edition in the default language.
    var isDefault: Bool { frame.language == frame.defaultLanguage }
}
