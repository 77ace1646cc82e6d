import Foundation

/// The words of the theme and of the text release frame in one language: every label, every
/// counted phrase, and how that language writes dates and times. Made by `StringCatalog`, with
/// a key the language's file lacks taken from the default language.
struct Strings: Hashable, Sendable {
    /// How a time zone is named in a time: the tz database's letters, or CLDR's name.
    enum ZoneNames: String, Hashable, Sendable, CaseIterable {
        /// `CET`, `CEST` (CLDR's short name where the language has one, the tz database's otherwise).
        case abbreviation
        /// CLDR's long name in the language: "Центральная Европа, стандартное время".
        case name
    }

    /// The language tag (`en`, `ru`, `pt-br`).
    var language: String
    /// The CLDR locale dates and plural rules are taken from (`en-GB`).
    var locale: String
    /// How zones are named in embargo lines and banners.
    var zoneNames: ZoneNames
    /// Every label, by key.
    var texts: [StringKey: String]
    /// Every counted phrase, by key.
    var counted: [CountedKey: PluralForms]
    /// The names tags are shown by, by tag (`health: Здоровье`); a tag without one shows itself.
    var tagNames: [String: String]

    /// Creates strings from complete tables.
    init(
        language: String, locale: String, zoneNames: ZoneNames, texts: [StringKey: String],
        counted: [CountedKey: PluralForms], tagNames: [String: String] = [:]
    ) {
        self.language = language
        self.locale = locale
        self.zoneNames = zoneNames
        self.texts = texts
        self.counted = counted
        self.tagNames = tagNames
    }

    /// The name a tag is shown by in this language: its `tag_names` entry, or the tag itself.
    func tagName(_ tag: String) -> String {
        tagNames[tag] ?? tag
    }

    /// A label; the key's name when the table lacks it (it never does once resolved).
    subscript(key: StringKey) -> String {
        texts[key] ?? key.rawValue
    }

    /// A label with `{name}` placeholders filled in: `self[.tagged, ["tag": "kazakhstan"]]`.
    subscript(key: StringKey, values: [String: String]) -> String {
        Self.fill(self[key], values)
    }

    /// The label of a case status.
    func label(_ status: CaseStatus) -> String {
        self[.status(status)]
    }

    /// `text` with each `{name}` replaced by its value; a `{…}` with no value stays as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        // Pages fill a title on every page: a scan of the bytes, not Foundation's search.
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        let bytes = text.utf8
        guard bytes.contains(open) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == open, let end = bytes[index...].firstIndex(of: close) {
                let name = String(decoding: bytes[bytes.index(after: index)..<end], as: UTF8.self)
                if let value = values[name] {
                    result += value.utf8
                    index = bytes.index(after: end)
                    continue
                }
            }
            result.append(byte)
            index = bytes.index(after: index)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// A counted phrase in each CLDR plural category the language uses; `{count}` is the number.
struct PluralForms: Hashable, Sendable {
    /// The forms by CLDR category (`zero`, `one`, `two`, `few`, `many`, `other`).
    var forms: [PluralCategory: String]

    /// Creates the forms of one phrase.
    init(_ forms: [PluralCategory: String]) {
        self.forms = forms
    }

    /// The form for `category`, or `other`'s when the phrase has no form for it.
    func form(for category: PluralCategory) -> String {
        forms[category] ?? forms[.other] ?? ""
    }
}

/// CLDR's plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
enum PluralCategory: String, CaseIterable, Sendable, Hashable {
    case zero, one, two, few, many, other
}
