/// `labels`: every word of the theme in the page's language, one key per entry of the string
/// files (`detained_since` is `labels.detainedSince`); docs/themes.md lists them.
struct Labels: TemplateModel {
    /// The keys templates read; `time_format` only lays out times and is not a label.
    static let keys = StringKey.allCases.filter { $0 != .timeFormat }

    let texts: [StringKey: String]
    /// A fingerprint of every label and tag name, made once: every page's fingerprint takes this
    /// one value instead of seventy labels.
    let digest: String

    /// The labels of `strings`, with `{site}` and `{organisation}` filled in from `values`.
    init(_ strings: Strings, values: [String: String]) {
        texts = Dictionary(uniqueKeysWithValues: Self.keys.map { ($0, strings[$0, values]) })
        var hash = StableHash()
        for key in Self.keys {
            hash.combine(key.rawValue)
            hash.combine(texts[key] ?? "")
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
    subscript(key: StringKey) -> String { texts[key] ?? "" }

    func combine(into hash: inout StableHash) {
        hash.combine(digest)
    }

    /// Each key by the name templates use, so a label is found at once, not among seventy.
    static let keysByName = Dictionary(uniqueKeysWithValues: keys.map { (Substring($0.templateName), $0) })

    func templateValue(named name: Substring) -> TemplateValue? {
        Self.keysByName[name].map { .text(self[$0]) }
    }

    static let templateFields: [TemplateField<Labels>] = keys.map { key in
        .text(key.templateName) { $0[key] }
    }
}
