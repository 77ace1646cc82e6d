/// How each template key is read from one model type, worked out once per type: the renderer
/// reads a name by its number instead of comparing it with every field's name on every page.
final class TemplateLookup: Sendable {
    /// How one key is read.
    enum Entry: Sendable {
        /// The model has no such key, nor does any model inlined in it.
        case absent
        /// The field at this index of `templateFields` has the key.
        case field(Int)
        /// Only inlined fields may have it: ask each (its index, its model's lookup) in order.
        case inlined([InlinedField])
    }

    struct InlinedField: Sendable {
        let field: Int
        let lookup: TemplateLookup
    }

    /// By key number (`TemplateKeys.number`).
    let entries: [Entry]
    /// The same entries with the inlined models left out, for a page whose inlined models are
    /// frames of their own beneath it; nil when the type inlines nothing, or when one of its own
    /// keys is also an inlined one (an absent value of it must hide the inlined one).
    let ownEntries: TemplateLookup?

    init(entries: [Entry], ownEntries: TemplateLookup? = nil) {
        self.entries = entries
        self.ownEntries = ownEntries
    }
}

/// The numbers of the keys page models have, and a lookup for each model type the built-in
/// page models can reach. A name or a model outside them (in tests) is read by name instead.
enum TemplateKeys {
    /// Each key any page model has, numbered in name order.
    static let number: [String: Int] = Dictionary(
        uniqueKeysWithValues: TemplateVocabulary.allKeys.sorted().enumerated().map { ($1, $0) })

    /// A lookup for every model type reachable from the page templates' models.
    static let lookups: [ObjectIdentifier: TemplateLookup] = {
        var lookups: [ObjectIdentifier: TemplateLookup] = [:]
        for (_, model) in TemplateVocabulary.pages + TemplateVocabulary.partials {
            _ = model.makeLookup(into: &lookups)
        }
        _ = Layout.makeLookup(into: &lookups)
        return lookups
    }()

    /// The lookup for `model`'s type, if it has one.
    static func lookup(for model: any TemplateModel) -> TemplateLookup? {
        lookups[ObjectIdentifier(type(of: model))]
    }
}

extension TemplateModel {
    /// This type's lookup (made, with those of the types it reaches, when not yet in `lookups`).
    static func makeLookup(into lookups: inout [ObjectIdentifier: TemplateLookup]) -> TemplateLookup {
        if let made = lookups[ObjectIdentifier(Self.self)] { return made }
        let fields = templateFields
        var inlined: [TemplateLookup.InlinedField] = []
        for (index, field) in fields.enumerated() {
            if field.kind == .inlined, let nested = field.nested {
                inlined.append(.init(field: index, lookup: nested.makeLookup(into: &lookups)))
            }
        }
        var entries = [TemplateLookup.Entry](
            repeating: inlined.isEmpty ? .absent : .inlined(inlined),
            count: TemplateKeys.number.count)
        // The first field that is not inlined wins, as in `templateValue(named:)`: go backwards.
        for (index, field) in fields.enumerated().reversed() where field.kind != .inlined {
            if let number = TemplateKeys.number[field.name] { entries[number] = .field(index) }
        }
        var ownEntries: TemplateLookup?
        if !inlined.isEmpty {
            let own = entries.map { entry -> TemplateLookup.Entry in
                if case .inlined = entry { return .absent }
                return entry
            }
            let inlinedKeys = Set(fields.filter { $0.kind == .inlined }.flatMap { $0.inlinedKeys ?? [] })
            let shadows = fields.contains { $0.kind != .inlined && inlinedKeys.contains($0.name) }
            ownEntries = shadows ? nil : TemplateLookup(entries: own)
        }
        let lookup = TemplateLookup(entries: entries, ownEntries: ownEntries)
        lookups[ObjectIdentifier(Self.self)] = lookup
        for field in fields where field.kind != .inlined {
            if let nested = field.nested { _ = nested.makeLookup(into: &lookups) }
        }
        return lookup
    }

    /// The value of key number `key` through this type's `lookup`: what `templateValue(named:)`
    /// gives for the key's name.
    func templateValue(key: Int, lookup: TemplateLookup) -> TemplateValue? {
        switch lookup.entries[key] {
        case .absent:
            return nil
        case .field(let index):
            return Self.templateFields[index].value(self)
        case .inlined(let inlined):
            for item in inlined {
                if let value = Self.templateFields[item.field].inlinedValue?(self, key, item.lookup) {
                    return value
                }
            }
            return nil
        }
    }
}
