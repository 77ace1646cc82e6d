import Foundation

/// What one string file (`i18n/<lang>.yaml`) gives: any number of its keys, each with where it
/// was written. A site's file may give a single key; `StringCatalog` fills in the rest.
struct StringTable: Hashable, Sendable {
    /// The labels the file gives.
    var texts: [StringKey: String] = [:]
    /// The counted phrases the file gives.
    var counted: [CountedKey: PluralForms] = [:]
    /// `locale`, when given.
    var locale: String?
    /// `zone_names`, when given.
    var zoneNames: Strings.ZoneNames?
    /// `tag_names`: the name each tag is shown by, by tag.
    var tagNames: [String: String] = [:]
    /// The file, for messages.
    var path: String

    /// An empty table for the file at `path`.
    init(path: String) {
        self.path = path
    }

    /// This table with every key `override` gives replaced by the override's.
    func overlaid(with override: StringTable) -> StringTable {
        var table = self
        table.texts.merge(override.texts) { _, new in new }
        table.counted.merge(override.counted) { _, new in new }
        table.locale = override.locale ?? locale
        table.zoneNames = override.zoneNames ?? zoneNames
        table.tagNames.merge(override.tagNames) { _, new in new }
        table.path = override.path
        return table
    }
}

/// Reads a string file with libyaml, so that every problem points at its line and column.
enum StringsDecoder {
    /// Every key a string file may have.
    static let keys: [String] =
        StringSetting.allCases.map(\.rawValue) + StringKey.allCases.map(\.rawValue)
        + CountedKey.allCases.map(\.rawValue) + [tagNamesKey]
    /// The key of the map from tag to the name it is shown by.
    static let tagNamesKey = "tag_names"
    static let pluralSchema = Schema(keys: PluralCategory.allCases.map(\.rawValue), required: ["other"])

    /// The table in `text` (a whole file at `path`) and every problem in it, as diagnostics.
    static func decode(_ text: String, path: String) -> (StringTable, [Diagnostic]) {
        var table = StringTable(path: path)
        let composer = YAMLComposer(path: path, lineOffset: 0, yaml: text)
        let root: YAMLNode?
        switch composer.compose(text) {
        case .failure(let failure): return (table, failure.errors.map(\.diagnostic))
        case .success(let value): root = value
        }
        guard let root else { return (table, []) }
        var reader = SchemaReader(composer: composer)
        let fields = reader.fields(of: root, keyPath: "", schema: Schema(keys: keys))
        var problems: [Diagnostic] = []
        for key in StringKey.allCases {
            if let value = reader.requiredText(key.rawValue, in: fields) { table.texts[key] = value }
        }
        for key in CountedKey.allCases {
            guard let node = fields.values[key.rawValue] else { continue }
            let forms = reader.fields(of: node, keyPath: key.rawValue, schema: pluralSchema)
            var phrase: [PluralCategory: String] = [:]
            for category in PluralCategory.allCases {
                guard let form = reader.requiredText(category.rawValue, in: forms) else { continue }
                phrase[category] = form
                if !form.contains("{count}"), let formNode = forms.values[category.rawValue] {
                    problems.append(
                        StringsError.missingCount(
                            key: forms.path(category.rawValue), at: reader.location(of: formNode)
                        )
                        .diagnostic)
                }
            }
            if phrase[.other] != nil { table.counted[key] = PluralForms(phrase) }
        }
        table.locale = reader.requiredText(StringSetting.locale.rawValue, in: fields)
        let zoneKey = StringSetting.zoneNames.rawValue
        if let value = reader.requiredText(zoneKey, in: fields), let node = fields.values[zoneKey] {
            if let choice = Strings.ZoneNames(rawValue: value) {
                table.zoneNames = choice
            } else {
                let choices = Strings.ZoneNames.allCases.map(\.rawValue)
                problems.append(
                    StringsError.unknownChoice(
                        key: zoneKey, value: value, choices: choices,
                        suggestion: Suggestion.closest(to: value, among: choices),
                        at: reader.location(of: node)
                    ).diagnostic)
            }
        }
        table.tagNames = tagNames(in: fields, reader: &reader)
        return (table, reader.errors.map(\.diagnostic) + problems)
    }

    /// `tag_names`: a mapping from tag to text, any tag allowed (the site's tags are its own).
    static func tagNames(in fields: Fields, reader: inout SchemaReader) -> [String: String] {
        guard let node = fields.values[tagNamesKey] else { return [:] }
        let tags: [String]
        if case .mapping(let mapping) = node.content {
            // A tag given twice is reported by `fields`; its first value counts.
            var seen: Set<String> = []
            tags = mapping.map { $0.0.flowText }.filter { seen.insert($0).inserted }
        } else {
            tags = []
        }
        let names = reader.fields(of: node, keyPath: tagNamesKey, schema: Schema(keys: tags))
        var result: [String: String] = [:]
        for tag in tags {
            if let name = reader.requiredText(tag, in: names) { result[tag] = name }
        }
        return result
    }
}
