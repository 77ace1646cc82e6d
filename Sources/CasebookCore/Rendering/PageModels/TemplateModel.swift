/// A value a template can read: a typed page model or a piece of one.
///
/// `templateFields` is the model's whole vocabulary, in the order docs/themes.md lists it: each
/// key a template may name and how to read it. The Mustache view of a model is made from this
/// table alone, so a key is usable exactly when it is listed, and the documentation test checks
/// the same table against docs/themes.md.
protocol TemplateModel: Hashable, Sendable {
    /// The keys a template can name, each with how to read it from the model.
    static var templateFields: [TemplateField<Self>] { get }

    /// Adds everything the model shows to a fingerprint (by default, every field by key).
    func combine(into hash: inout StableHash)

    /// The value of the key `name` (by default, found in `templateFields`).
    func templateValue(named name: Substring) -> TemplateValue?

    /// The value of key number `key` through this type's lookup (by default, found in
    /// `templateFields`). A requirement, not only an extension, so that a model reached as
    /// `any TemplateModel` is read by code made for its own type, with no type looked up at
    /// run time.
    func templateValue(key: Int, lookup: TemplateLookup) -> TemplateValue?
}

extension TemplateModel {
    /// The model as swift-mustache reads it: one dictionary entry per field that has a value;
    /// an absent optional leaves its key out, so `{{^key}}` shows.
    var mustacheValue: [String: Any] {
        var view: [String: Any] = [:]
        for field in Self.templateFields {
            switch field.read(self) {
            case .none: continue
            case .some(.value(let value)): view[field.name] = value
            case .some(.inline(let keys)): view.merge(keys) { _, page in page }
            }
        }
        return view
    }

    /// Adds every field, by key, to a fingerprint.
    func combine(into hash: inout StableHash) {
        combineFields(into: &hash)
    }

    /// Adds every field, by key, to a fingerprint: the default `combine(into:)`, also for a
    /// model that keeps its digest (`fieldsDigest`) and combines that instead.
    func combineFields(into hash: inout StableHash) {
        for field in Self.templateFields {
            hash.combine(field.name)
            field.hash(self, &hash)
        }
    }

    /// The hash of every field, by key, for a model to keep once made: a list item shows on the
    /// index and on the page of each of its tags, and every list page's fingerprint is made on
    /// every rebuild, so hashing each item's fields once per list page took a rebuild that
    /// changed one case most of its list pages' time.
    var fieldsDigest: UInt64 {
        var hash = StableHash()
        combineFields(into: &hash)
        return hash.value
    }

    /// A fingerprint of everything the model shows, the same in every process: a page whose
    /// model has the same fingerprint as last time renders to the same bytes.
    var fingerprint: String {
        var hash = StableHash()
        combine(into: &hash)
        return hash.hex
    }

    /// Every key a template can name at the top of this model (inlined fields included).
    static var templateKeys: [String] {
        templateFields.flatMap { $0.inlinedKeys ?? [$0.name] }
    }
}

/// One key of a model's template vocabulary.
struct TemplateField<Model>: @unchecked Sendable {
    /// What reading a field gives: a value under the field's key, or keys put at the top level.
    enum Reading {
        case value(Any)
        case inline([String: Any])
    }

    /// The kind of value, for the documentation.
    enum Kind: String {
        case text, flag, number, object, list, inlined
    }

    /// The key a template names.
    let name: String
    /// What the value is.
    let kind: Kind
    /// The keys this field puts at the top level, for a field that is inlined.
    let inlinedKeys: [String]?
    /// True when the key may be absent.
    var optional = false
    /// The type of the nested model (object or list items), when it has one.
    let nested: (any TemplateModel.Type)?
    /// Adds the field's value to a fingerprint.
    let hash: (Model, inout StableHash) -> Void
    /// The typed value the compiled templates read; nil when absent.
    let value: (Model) -> TemplateValue?
    /// Reads the value from a model; nil when absent.
    let read: (Model) -> Reading?
    /// For an inlined field: the value of a key number in the nested model, by its lookup.
    var inlinedValue: ((Model, Int, TemplateLookup) -> TemplateValue?)?

    // Fields read through functions, not key paths: a key path is applied by the runtime
    // (`swift_getAtKeyPath`, a few hundred instructions and a metadata lookup), a function is a
    // direct read. A key path literal such as `\\.name` still reads well at the call site: Swift
    // turns it into a function where one is expected.

    /// A text field, always present.
    static func text(_ name: String, _ read: @escaping (Model) -> String) -> Self {
        Self(
            name: name, kind: .text, inlinedKeys: nil, nested: nil, hash: { $1.combine(read($0)) },
            value: { .text(read($0)) }
        ) {
            .value(read($0))
        }
    }

    /// A text field, absent when nil.
    static func text(_ name: String, _ read: @escaping (Model) -> String?) -> Self {
        Self(
            name: name, kind: .text, inlinedKeys: nil, optional: true, nested: nil,
            hash: { $1.combine(optional: read($0)) },
            value: { read($0).map(TemplateValue.text) }
        ) { read($0).map { .value($0) } }
    }

    /// A text field of HTML already written as UTF-8 bytes (a body), always present. Templates
    /// see text; the page takes the bytes as they are.
    static func html(_ name: String, _ read: @escaping (Model) -> [UInt8]) -> Self {
        Self(
            name: name, kind: .text, inlinedKeys: nil, nested: nil,
            hash: { model, hash in
                // As a text field is hashed: its bytes, then the separator.
                read(model).withUnsafeBufferPointer { hash.combine(bytes: $0) }
                hash.combine(bytes: CollectionOfOne(0xFF))
            },
            value: { .bytes(read($0)) }
        ) {
            .value(String(decoding: read($0), as: UTF8.self))
        }
    }

    /// A true-or-false field, always present.
    static func flag(_ name: String, _ read: @escaping (Model) -> Bool) -> Self {
        Self(
            name: name, kind: .flag, inlinedKeys: nil, nested: nil,
            hash: { $1.combine(read($0) ? "1" : "0") },
            value: { .flag(read($0)) }
        ) {
            .value(read($0))
        }
    }

    /// A number, always present.
    static func number(_ name: String, _ read: @escaping (Model) -> Int) -> Self {
        Self(
            name: name, kind: .number, inlinedKeys: nil, nested: nil,
            hash: { $1.combine(String(read($0))) },
            value: { .number(read($0)) }
        ) {
            .value(read($0))
        }
    }

    /// A nested model, always present.
    static func object<Nested: TemplateModel>(_ name: String, _ read: @escaping (Model) -> Nested) -> Self {
        Self(
            name: name, kind: .object, inlinedKeys: nil, nested: Nested.self,
            hash: { read($0).combine(into: &$1) },
            value: { .model(read($0)) }
        ) {
            .value(read($0).mustacheValue)
        }
    }

    /// A nested model, absent when nil.
    static func object<Nested: TemplateModel>(_ name: String, _ read: @escaping (Model) -> Nested?) -> Self {
        Self(
            name: name, kind: .object, inlinedKeys: nil, optional: true, nested: Nested.self,
            hash: { model, hash in
                if let value = read(model) {
                    value.combine(into: &hash)
                } else {
                    hash.combine(optional: nil)
                }
            },
            value: { read($0).map { .model($0) } }
        ) {
            read($0).map { .value($0.mustacheValue) }
        }
    }

    /// A list of nested models, always present (empty lists too).
    static func list<Item: TemplateModel>(_ name: String, _ read: @escaping (Model) -> [Item]) -> Self {
        Self(
            name: name, kind: .list, inlinedKeys: nil, nested: Item.self,
            hash: { model, hash in
                let items = read(model)
                hash.combine(String(items.count))
                for item in items { item.combine(into: &hash) }
            },
            value: { .models(read($0)) }
        ) {
            .value(read($0).map(\.mustacheValue))
        }
    }

    /// A list of texts, each read as `{{.}}`, always present.
    static func texts(_ name: String, _ read: @escaping (Model) -> [String]) -> Self {
        Self(
            name: name, kind: .list, inlinedKeys: nil, nested: nil,
            hash: { model, hash in
                let items = read(model)
                hash.combine(String(items.count))
                for item in items { hash.combine(item) }
            },
            value: { .texts(read($0)) }
        ) { .value(read($0)) }
    }

    /// A nested model whose keys are put at the top level (the layout's keys on every page).
    static func inlined<Nested: TemplateModel>(_ name: String, _ read: @escaping (Model) -> Nested) -> Self {
        var field = Self(
            name: name, kind: .inlined, inlinedKeys: Nested.templateKeys, nested: Nested.self,
            hash: { read($0).combine(into: &$1) },
            value: { .model(read($0)) }
        ) {
            .inline(read($0).mustacheValue)
        }
        // A key the page does not have is looked for in the layout: read it there directly,
        // rather than boxing a copy of the whole layout for every such key.
        field.inlinedValue = { read($0).templateValue(key: $1, lookup: $2) }
        return field
    }
}

/// `{items, count}`: a list that has items; a page keeps nil for an empty one, so a template's
/// `{{#list}}…{{/list}}` can wrap the list in a heading or a `<ul>` only when it has items.
struct ItemList<Item: TemplateModel>: TemplateModel {
    let items: [Item]
    var count: Int { items.count }

    /// The list, or nil when `items` is empty.
    static func of(_ items: [Item]) -> ItemList? {
        items.isEmpty ? nil : ItemList(items: items)
    }

    // Built by closures: a generic type has no stored static, and key paths into a generic
    // type are made anew at each call, which costs more than the lookup they serve.
    static var templateFields: [TemplateField<Self>] {
        [.list("items") { $0.items }, .number("count") { $0.count }]
    }

    /// Read without making `templateFields`: a list is read on every page, and its fields,
    /// being those of a generic type, would be made anew each time.
    func templateValue(key: Int, lookup: TemplateLookup) -> TemplateValue? {
        guard case .field(let index) = lookup.entries[key] else { return nil }
        return index == 0 ? .models(items) : .number(count)
    }
}

/// `{iso, text}` for a `<time>` element.
///
/// The text is made when a page shows it. A rebuild makes the model of every list page for its
/// fingerprint, and the index lists every case with its date: formatting each date there (ICU,
/// once per date and language) cost a fortieth of a rebuild that changed one case. The date,
/// its form and its language stand for the text in comparisons and fingerprints, as the same
/// three always read the same.
struct DateText: TemplateModel {
    private let date: PartialDate
    /// The form a date takes after a preposition such as "since" (`textAfterPreposition`).
    private let afterPreposition: Bool
    private let formatting: DateFormatting

    /// `date` as `formatting` writes it, alone or after a preposition.
    init(_ date: PartialDate, afterPreposition: Bool = false, formatting: DateFormatting) {
        self.date = date
        self.afterPreposition = afterPreposition
        self.formatting = formatting
    }

    /// The date as ISO 8601 reads it, as precise as it is: "2018-03-02", "2017-11", "2017".
    var iso: String { date.description }

    /// The date in the page's language ("2 March 2018", "ноябрь 2017").
    var text: String {
        afterPreposition ? formatting.textAfterPreposition(date) : formatting.text(date)
    }

    static let templateFields: [TemplateField<DateText>] = [.text("iso", \.iso), .text("text", \.text)]

    static func == (first: DateText, second: DateText) -> Bool {
        first.date == second.date && first.afterPreposition == second.afterPreposition
            && first.formatting.locale == second.formatting.locale
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(afterPreposition)
        hasher.combine(formatting.locale)
    }

    func combine(into hash: inout StableHash) {
        for part in [date.year, date.month ?? 0, date.day ?? 0] {
            hash.combine(digest: UInt64(bitPattern: Int64(part)))
        }
        hash.combine(afterPreposition ? "after a preposition" : "alone")
        hash.combine(formatting.locale)
    }
}

/// `{name, url}` for a link to a tag page.
struct TagLink: TemplateModel {
    let name: String
    let url: String

    static let templateFields: [TemplateField<TagLink>] = [.text("name", \.name), .text("url", \.url)]
}
