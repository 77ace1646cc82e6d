/// A value a compiled template reads from a typed model: what a field holds, without a
/// dictionary in between.
enum TemplateValue {
    case text(String)
    /// Text that is already UTF-8 bytes: the HTML of a body, written into the page as it is.
    case bytes([UInt8])
    case flag(Bool)
    case number(Int)
    case model(any TemplateModel)
    case models([any TemplateModel])
    case texts([String])
}

extension TemplateModel {
    /// The value of the key `name` in this model, inlined fields included; nil when the model
    /// has no such key or its value is absent (then an outer frame is asked, as in Mustache).
    func templateValue(named name: Substring) -> TemplateValue? {
        for field in Self.templateFields where field.kind != .inlined && field.name == name {
            return field.value(self)
        }
        for field in Self.templateFields where field.kind == .inlined {
            if case .model(let nested)? = field.value(self), let value = nested.templateValue(named: name) {
                return value
            }
        }
        return nil
    }

    /// Every key a template can name anywhere below this model type, for the compile-time check.
    static func reachableKeys(into keys: inout Set<String>, seen: inout Set<ObjectIdentifier>) {
        guard seen.insert(ObjectIdentifier(Self.self)).inserted else { return }
        for field in templateFields {
            if field.kind != .inlined { keys.insert(field.name) }
            if let nested = field.nested { nested.reachableKeys(into: &keys, seen: &seen) }
        }
    }
}
