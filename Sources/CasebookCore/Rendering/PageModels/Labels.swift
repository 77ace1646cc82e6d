/// `labels`: every word of the theme in the page's language, one key per entry of the string
/// files (`detained_since` is `labels.detainedSince`); docs/themes.md lists them.
struct Labels: TemplateModel {
    /// The keys templates read; `time_format` only lays out times and is not a label.
    static let keys = StringKey.allCases.filter { $0 != .timeFormat }

    /// The label of each of `keys`, in that order: a template's label is found by its place,
    /// with no hashing, about twenty times a page.
    let texts: [String]
    /// A fingerprint of every label and tag name, made once: every page's fingerprint takes this
    /// one value instead of seventy labels.
    let digest: String

    /// The labels of `strings`, with `{site}` and `{organisation}` filled in from `values`.
    init(_ strings: Strings, values: [String: String]) {
        texts = Self.keys.map { strings[$0, values] }
        var hash = StableHash()
        for (key, text) in zip(Self.keys, texts) {
            hash.combine(key.rawValue)
            hash.combine(text)
        }
        for (tag, name) in strings.tagNames.sorted(by: { $0.key < $1.key }) {
            hash.combine(tag)
            hash.combine(name)
        }
        digest = hash.hex
    }

    /// The labels of `strings` on `site`.
    init(strings: Strings, site: Site) {
        self.init(strings, values: ["site": site.title, "organisation": site.organisation])
    }

    /// One label.
    subscript(key: StringKey) -> String { Self.places[key].map { texts[$0] } ?? "" }

    /// The place of each key in `keys`.
    private static let places = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })

    func combine(into hash: inout StableHash) {
        hash.combine(digest)
    }

    /// Each key by the name templates use, so a label is found at once, not among seventy.
    static let keysByName = Dictionary(uniqueKeysWithValues: keys.map { (Substring($0.templateName), $0) })

    func templateValue(named name: Substring) -> TemplateValue? {
        Self.keysByName[name].map { .text(self[$0]) }
    }

    static let templateFields: [TemplateField<Labels>] = keys.indices.map { place in
        .text(keys[place].templateName) { $0.texts[place] }
    }

    /// Read by place: the field at each place of `templateFields` is the label at that place.
    func templateValue(key: Int, lookup: TemplateLookup) -> TemplateValue? {
        guard case .field(let place) = lookup.entries[key] else { return nil }
        return .text(texts[place])
    }
}
