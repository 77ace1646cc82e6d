/// The keys a mapping may have and those it must have.
struct Schema {
    /// Every known key, in the order the format lists them.
    var keys: [String]
    /// The keys that must be there.
    var required: [String] = []
}

/// The values of one mapping by key, after unknown and duplicate keys were reported.
struct Fields {
    /// The key path of the mapping ("" for the document, "contacts[0]" for a contact).
    var keyPath: String
    /// The values by key.
    var values: [String: YAMLNode] = [:]

    /// The key path of one of its keys.
    func path(_ key: String) -> String { keyPath.isEmpty ? key : keyPath + "." + key }
}

/// Reads composed YAML against a schema by hand, so that every problem points at its key or value.
struct SchemaReader {
    /// Where the YAML is in its file.
    let composer: YAMLComposer
    /// Problems found so far.
    var errors: [LoadError] = []
    /// Where each key and list entry read so far was written, by key path.
    var locations: [String: SourceLocation] = [:]

    init(composer: YAMLComposer) {
        self.composer = composer
    }

    /// The start of the document: line 1 of the frontmatter, where missing keys are reported.
    var documentStart: SourceLocation { composer.location(YAMLPosition(line: 1, column: 1)) }

    /// Where a node is in the file.
    func location(of node: YAMLNode) -> SourceLocation {
        composer.location(node.position)
    }

    /// What kind of value a node holds.
    static func kind(of node: YAMLNode) -> ValueKind {
        switch node.content {
        case .scalar(let text, let style):
            // YAML's own meaning of "nothing"; a quoted "~" or "" is text.
            let isNull = style == .plain && ["", "~", "null", "Null", "NULL"].contains(text)
            return isNull ? .nothing : .text
        case .sequence: return .list
        case .mapping: return .mapping
        }
    }

    mutating func report(_ error: LoadError) {
        errors.append(error)
    }

    /// The document's fields; an empty document has none.
    mutating func documentFields(of root: YAMLNode?, schema: Schema) -> Fields {
        guard let root else {
            reportMissing(schema.required, at: documentStart)
            return Fields(keyPath: "")
        }
        return fields(of: root, keyPath: "", schema: schema, missingAt: documentStart)
    }

    /// The fields of a mapping, reporting keys that are unknown, repeated or missing.
    mutating func fields(of node: YAMLNode, keyPath: String, schema: Schema, missingAt: SourceLocation? = nil)
        -> Fields
    {
        var fields = Fields(keyPath: keyPath)
        guard case .mapping(let mapping) = node.content else {
            let name = keyPath.isEmpty ? "frontmatter" : keyPath
            report(
                .wrongType(key: name, expected: .mapping, found: Self.kind(of: node), at: location(of: node)))
            return fields
        }
        // libyaml does not look for repeated keys; this is where they are found.
        var firstLines: [String: Int] = [:]
        // Sized once: growing a dictionary rehashes every key it holds.
        firstLines.reserveCapacity(mapping.count)
        fields.values.reserveCapacity(mapping.count)
        locations.reserveCapacity(locations.count + mapping.count)
        for (keyNode, value) in mapping {
            let key = keyName(keyNode)
            let keyLocation = location(of: keyNode)
            if let firstLine = firstLines[key] {
                report(.duplicateKey(key, firstLine: firstLine, at: keyLocation))
                continue
            }
            firstLines[key] = keyLocation.line
            guard schema.keys.contains(key) else {
                report(
                    .unknownKey(
                        key, suggestion: Suggestion.closest(to: key, among: schema.keys), at: keyLocation))
                continue
            }
            // A key written with nothing after it is a mistake, never "use the default": a
            // forgotten `draft:` must not publish a file.
            guard Self.kind(of: value) != .nothing else {
                report(.emptyValue(key: fields.path(key), at: location(of: value)))
                continue
            }
            fields.values[key] = value
            locations[fields.path(key)] = location(of: value)
        }
        let missing = schema.required.filter { fields.values[$0] == nil && firstLines[$0] == nil }
        reportMissing(missing.map(fields.path), at: missingAt ?? location(of: node))
        return fields
    }

    private mutating func reportMissing(_ keys: [String], at location: SourceLocation) {
        for key in keys { report(.missingKey(key, at: location)) }
    }

    private func keyName(_ node: YAMLNode) -> String {
        node.flowText
    }
}
