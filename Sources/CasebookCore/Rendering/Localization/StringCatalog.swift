import Foundation

/// The string files of a theme (`i18n/<lang>.yaml`), the site's laid over the built-in ones key
/// by key, and the `Localization` of each language a build asks for.
///
/// A key a language does not give comes from the site's default language, then from the
/// built-in English, so a page never shows a hole; `problems` names each such key once.
final class StringCatalog: @unchecked Sendable {
    /// The folder of a theme that holds the string files.
    static let folder = "i18n/"
    /// The language whose built-in file has every key: the last fallback.
    static let baseLanguage = "en"

    /// The built-in string files by language, read when a language is first asked for: a build
    /// needs one or two of them, and reading all four was a fixed cost of every build.
    private let builtinFiles: [String: Theme.File]
    /// The site's tables by language, read at once: their problems are the build's.
    private let siteTables: [String: StringTable]
    private let tableLock = NSLock()
    private var tablesRead: [String: StringTable?] = [:]
    private let lock = NSLock()
    private var made: [String: Localization] = [:]

    /// A catalog of tables by language; the tables must include a complete English one.
    convenience init(tables: [String: StringTable]) {
        self.init(builtinFiles: [:], siteTables: tables)
    }

    private init(builtinFiles: [String: Theme.File], siteTables: [String: StringTable]) {
        self.builtinFiles = builtinFiles
        self.siteTables = siteTables
    }

    /// The built-in theme's strings alone.
    static let builtin: StringCatalog = {
        let (catalog, _) = read(builtin: Theme.builtin, site: Theme(files: [:]))
        return catalog
    }()

    /// The catalog of a theme: the built-in files, each laid over by the site's file of the same
    /// language, with every problem in the site's files. The built-in files are Casebook's own,
    /// free of problems (a test reads each), so they are left to be read when needed.
    static func read(builtin: Theme, site: Theme) -> (StringCatalog, [Diagnostic]) {
        var builtinFiles: [String: Theme.File] = [:]
        for (path, file) in builtin.files {
            guard let language = language(ofPath: path) else { continue }
            builtinFiles[language] = file
        }
        var tables: [String: StringTable] = [:]
        var problems: [Diagnostic] = []
        for (path, file) in site.files.sorted(by: { $0.key < $1.key }) {
            guard let language = language(ofPath: path) else { continue }
            guard let text = String(validating: file.contents, as: UTF8.self) else {
                problems.append(TemplateError.notText(path: file.sourcePath).diagnostic)
                continue
            }
            let (table, found) = StringsDecoder.decode(text, path: file.sourcePath)
            problems += found
            tables[language] = table
        }
        return (StringCatalog(builtinFiles: builtinFiles, siteTables: tables), problems)
    }

    /// The table of `language`, the site's keys over the built-in ones; nil when neither the
    /// site nor Casebook has a file for it.
    func table(for language: String) -> StringTable? {
        tableLock.lock()
        defer { tableLock.unlock() }
        if let known = tablesRead[language] { return known }
        var table = builtinFiles[language].map { file in
            StringsDecoder.decode(String(decoding: file.contents, as: UTF8.self), path: file.sourcePath).0
        }
        if let own = siteTables[language] { table = table.map { $0.overlaid(with: own) } ?? own }
        tablesRead[language] = .some(table)
        return table
    }

    /// `ru` for `i18n/ru.yaml`; nil for any other path.
    static func language(ofPath path: String) -> String? {
        guard path.hasPrefix(folder), path.hasSuffix(".yaml") else { return nil }
        let name = path.dropFirst(folder.count).dropLast(".yaml".count)
        return name.isEmpty || name.contains("/") ? nil : String(name)
    }

    /// The words, plural rules and dates of `language`, on a site whose default is
    /// `defaultLanguage`; made once per pair and kept.
    func localization(for language: String, defaultLanguage: String) -> Localization {
        let key = language + "\n" + defaultLanguage
        lock.lock()
        defer { lock.unlock() }
        if let known = made[key] { return known }
        let localization = Localization(strings: strings(for: language, defaultLanguage: defaultLanguage))
        made[key] = localization
        return localization
    }

    /// The strings of `language`, each missing key from the fallbacks.
    func strings(for language: String, defaultLanguage: String) -> Strings {
        let chain = fallbacks(for: language, defaultLanguage: defaultLanguage).compactMap(table(for:))
        var texts: [StringKey: String] = [:]
        for key in StringKey.allCases {
            texts[key] = chain.lazy.compactMap { $0.texts[key] }.first
        }
        var counted: [CountedKey: PluralForms] = [:]
        for key in CountedKey.allCases {
            counted[key] = chain.lazy.compactMap { $0.counted[key] }.first
        }
        // A tag the language does not name takes the default language's name, as a label does.
        var tagNames: [String: String] = [:]
        for table in chain.reversed() { tagNames.merge(table.tagNames) { _, nearer in nearer } }
        let own = table(for: language)
        return Strings(
            language: language, locale: own?.locale ?? language,
            zoneNames: own?.zoneNames ?? chain.lazy.compactMap(\.zoneNames).first ?? .abbreviation,
            texts: texts, counted: counted, tagNames: tagNames)
    }

    /// Where the missing keys of a language come from: the default language, then English.
    func fallbacks(for language: String, defaultLanguage: String) -> [String] {
        var chain = [language]
        for next in [defaultLanguage, Self.baseLanguage] where !chain.contains(next) { chain.append(next) }
        return chain
    }

    /// A warning for each key a language of the site lacks (once per language and key), or one
    /// for a language with no file at all; `location` is where the site names its languages.
    func problems(languages: [String], defaultLanguage: String, at location: SourceLocation)
        -> [Diagnostic]
    {
        var problems: [Diagnostic] = []
        for language in languages {
            let fallback = fallbacks(for: language, defaultLanguage: defaultLanguage).dropFirst().first
            guard let fallback else { continue }
            guard let table = table(for: language) else {
                problems.append(
                    StringsError.missingFile(language: language, fallback: fallback, at: location).diagnostic)
                continue
            }
            let file = SourceLocation(path: table.path)
            let missing =
                StringKey.allCases.filter { table.texts[$0] == nil }.map(\.rawValue)
                + CountedKey.allCases.filter { table.counted[$0] == nil }.map(\.rawValue)
            for key in missing {
                let from = fallbacks(for: language, defaultLanguage: defaultLanguage).dropFirst().first {
                    let table = self.table(for: $0)
                    return table?.texts.keys.contains { $0.rawValue == key } == true
                        || table?.counted.keys.contains { $0.rawValue == key } == true
                }
                problems.append(
                    StringsError.missingString(
                        key: key, language: language, fallback: from ?? fallback, at: file
                    )
                    .diagnostic)
            }
        }
        return problems
    }
}
