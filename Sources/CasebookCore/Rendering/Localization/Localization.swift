import Foundation

/// Everything a page needs to speak one language: its strings, its plural rules and its date
/// formats. Made once per language and build by `StringCatalog`, and shared by every page.
struct Localization: Sendable {
    /// The labels, counted phrases and date settings.
    let strings: Strings
    let dates: DateFormatting
    let plurals: PluralRules
    private let labelsMade = LabelsMade()

    init(strings: Strings) {
        self.strings = strings
        dates = DateFormatting(locale: strings.locale, zoneNames: strings.zoneNames)
        plurals = PluralRules(locale: strings.locale)
    }

    /// Every label with the site's title and organisation filled in, made once per site.
    func labels(for site: Site) -> Labels {
        labelsMade.labels(for: site, strings: strings)
    }

    /// The language tag (`en`, `ru`).
    var language: String { strings.language }

    /// The locale for case rules such as capitals (`uppercased(with:)`).
    var locale: Locale { Locale(identifier: strings.locale) }

    /// A label.
    subscript(key: StringKey) -> String { strings[key] }

    /// A label with its `{name}` placeholders filled in.
    subscript(key: StringKey, values: [String: String]) -> String { strings[key, values] }

    /// The name of the language `code` in this language, from CLDR: "Russian", "английский".
    func languageName(_ code: String) -> String {
        locale.localizedString(forIdentifier: code) ?? code
    }

    /// The name of the language `code` in itself, capitalised as a menu shows it: "Русский",
    /// "Polski", "English".
    static func autonym(_ code: String) -> String {
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forIdentifier: code) else { return code }
        return name.prefix(1).uppercased(with: locale) + name.dropFirst()
    }

    /// Where the language's typography forbids a line break in a plain-text release: Polish,
    /// Russian and Ukrainian press offices never end a line on a one-letter word ("w", "в") or
    /// split a number from its word ("31 października", "1000 км"). Other languages: anywhere.
    var lineBreakRules: LineBreakRules {
        let words: Set<String>
        switch language.split(separator: "-").first.map(String.init) ?? language {
        case "pl": words = ["a", "i", "o", "u", "w", "z"]
        case "ru": words = ["а", "в", "и", "к", "о", "с", "у"]
        case "uk": words = ["а", "в", "з", "й", "і", "о", "у"]
        default: return .none
        }
        return LineBreakRules(wordsKeptWithNext: words, numbersKeptWithNext: true)
    }

    /// The words of a body's footnotes section, for the Markdown stage.
    var footnoteLabels: FootnoteLabels {
        FootnoteLabels(heading: strings[.footnotes], backLink: strings[.footnoteBackLink])
    }

    /// "in Russian", "язык: английский": the mark of an item shown in its original language.
    func originalLanguageMark(_ code: String) -> String {
        strings[.originalLanguage, ["language": languageName(code)]]
    }

    /// A date as the language writes it: "2 марта 2018 г.", "listopad 2017", "2017".
    func date(_ date: PartialDate) -> String { dates.text(date) }

    /// A date that follows "since" (`detained_since`): "мая 2009 г.", "maja 2009", "May 2009".
    func dateAfterPreposition(_ date: PartialDate) -> String { dates.textAfterPreposition(date) }

    /// An instant in its zone, as the language's `time_format` lays it out.
    func time(_ time: LocalTime) -> String { dates.text(time, format: strings[.timeFormat]) }

    /// A counted phrase in the form CLDR's plural rules choose for `count`: "21 дело", "5 spraw".
    func count(_ key: CountedKey, _ count: Int) -> String {
        let forms = strings.counted[key] ?? PluralForms([.other: "{count}"])
        return Strings.fill(forms.form(for: plurals.category(of: count)), ["count": String(count)])
    }

    /// The text release's first line for a draft (`draft_line`), an embargo (`embargo_line`,
    /// with `{time}`) or a public release (`release_line`, nil when the site drops it).
    ///
    /// site.yaml's lines speak for the site's default language (where it sets them), and a
    /// `release_line: ""` drops the line in every language; otherwise the strings decide.
    func line(_ key: StringKey, site: Site) -> String? {
        let siteLine: String?
        let builtin: String?
        switch key {
        case .releaseLine: (siteLine, builtin) = (site.releaseLine, Site.defaultReleaseLine)
        case .embargoLine: (siteLine, builtin) = (site.embargoLine, Site.defaultEmbargoLine)
        case .draftLine: (siteLine, builtin) = (site.draftLine, Site.defaultDraftLine)
        default: return strings[key]
        }
        if key == .releaseLine, siteLine == nil { return nil }
        let siteSetsIt = site.locations[key.rawValue] != nil || siteLine != builtin
        return language == site.language && siteSetsIt ? siteLine : strings[key]
    }
}

/// The labels a localization has made, by site, so that each page and text release shares them.
private final class LabelsMade: @unchecked Sendable {
    private let lock = NSLock()
    private var bySite: [String: Labels] = [:]

    func labels(for site: Site, strings: Strings) -> Labels {
        let key = site.title + "\n" + site.organisation
        lock.lock()
        defer { lock.unlock() }
        if let made = bySite[key] { return made }
        let labels = Labels(strings: strings, site: site)
        bySite[key] = labels
        return labels
    }
}
