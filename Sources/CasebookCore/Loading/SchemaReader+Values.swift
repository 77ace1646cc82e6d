import Foundation

extension SchemaReader {
    /// A single value as text (numbers too); nil when absent or empty (`~`, `null`).
    mutating func text(_ key: String, in fields: Fields) -> String? {
        guard let node = fields.values[key] else { return nil }
        return text(of: node, path: fields.path(key))
    }

    /// A value that must be there and not be blank.
    mutating func requiredText(_ key: String, in fields: Fields) -> String? {
        guard let node = fields.values[key] else { return nil }
        guard let value = text(of: node, path: fields.path(key)) else {
            if Self.kind(of: node) == .nothing {
                report(.emptyValue(key: fields.path(key), at: location(of: node)))
            }
            return nil
        }
        guard !value.allSatisfy(\.isWhitespace) else {
            report(.emptyValue(key: fields.path(key), at: location(of: node)))
            return nil
        }
        return value
    }

    /// Text no longer than `limit` characters.
    mutating func limitedText(_ key: String, limit: Int, in fields: Fields) -> String? {
        guard let value = text(key, in: fields), let node = fields.values[key] else { return nil }
        guard value.count <= limit else {
            report(
                .textTooLong(key: fields.path(key), length: value.count, limit: limit, at: location(of: node))
            )
            return value
        }
        return value
    }

    /// A list of single values; entries that are not are reported and left out.
    mutating func textList(_ key: String, in fields: Fields) -> [String] {
        var values: [String] = []
        for (node, path) in entries(key, in: fields) {
            guard let value = text(of: node, path: path) else {
                if Self.kind(of: node) == .nothing { report(.emptyValue(key: path, at: location(of: node))) }
                continue
            }
            locations["\(fields.path(key))[\(values.count)]"] = location(of: node)
            values.append(value)
        }
        return values
    }

    /// A list of slugs; entries that are not slugs are reported and left out.
    mutating func slugList(_ key: String, kind: SlugKind, in fields: Fields) -> [String] {
        var slugs: [(String, SourceLocation)] = []
        for (node, path) in entries(key, in: fields) {
            guard let value = text(of: node, path: path) else {
                if Self.kind(of: node) == .nothing { report(.emptyValue(key: path, at: location(of: node))) }
                continue
            }
            if let slug = slug(value, kind: kind, at: location(of: node)) {
                slugs.append((slug, location(of: node)))
            }
        }
        for (index, entry) in slugs.enumerated() { locations["\(fields.path(key))[\(index)]"] = entry.1 }
        return slugs.map(\.0)
    }

    /// The slug, or nil after reporting it.
    mutating func slug(_ text: String, kind: SlugKind, at location: SourceLocation) -> String? {
        guard Slug.isValid(text) else {
            report(.invalidSlug(text, kind: kind, suggestion: Slug.suggestion(for: text), at: location))
            return nil
        }
        guard text.utf8.count <= Slug.maximumLength else {
            report(.nameTooLong(text, limit: Slug.maximumLength, at: location))
            return nil
        }
        return text
    }

    /// `true` or `false`.
    mutating func bool(_ key: String, in fields: Fields) -> Bool? {
        guard let node = fields.values[key], let value = text(of: node, path: fields.path(key)) else {
            return nil
        }
        switch value {
        case "true": return true
        case "false": return false
        default:
            report(.notBool(key: fields.path(key), text: value, at: location(of: node)))
            return nil
        }
    }

    /// A whole number within `range`.
    mutating func integer(_ key: String, in range: ClosedRange<Int>, fields: Fields) -> Int? {
        guard let node = fields.values[key], let value = text(of: node, path: fields.path(key)) else {
            return nil
        }
        guard let number = Int(value) else {
            report(.notInteger(key: fields.path(key), text: value, at: location(of: node)))
            return nil
        }
        guard range.contains(number) else {
            report(.outOfRange(key: fields.path(key), value: number, range: range, at: location(of: node)))
            return nil
        }
        return number
    }

    /// A date known to the year, month or day; with `full`, only a whole date.
    mutating func partialDate(_ key: String, full: Bool = false, in fields: Fields) -> PartialDate? {
        guard let node = fields.values[key], let value = text(of: node, path: fields.path(key)) else {
            return nil
        }
        switch DateReading.partialDate(value) {
        case .failure(let problem):
            report(.invalidDate(value, problem: problem, at: location(of: node)))
            return nil
        case .success(let date):
            guard date.isFullDate || !full else {
                report(.fullDateRequired(key: fields.path(key), text: value, at: location(of: node)))
                return nil
            }
            return date
        }
    }

    /// An absolute http or https URL with a host.
    mutating func url(_ key: String, in fields: Fields) -> String? {
        guard let node = fields.values[key], let value = text(of: node, path: fields.path(key)) else {
            return nil
        }
        guard let components = URLComponents(string: value),
            ["http", "https"].contains(components.scheme?.lowercased() ?? ""),
            !(components.host ?? "").isEmpty
        else {
            report(.invalidURL(key: fields.path(key), text: value, at: location(of: node)))
            return nil
        }
        return value
    }

    /// The entries of a list of mappings, each read against `schema`; other entries are reported.
    mutating func mappingList(_ key: String, schema: Schema, in fields: Fields) -> [Fields] {
        var result: [Fields] = []
        for (node, path) in entries(key, in: fields) {
            guard case .mapping = node.content else {
                report(
                    .wrongType(
                        key: path, expected: .mapping, found: Self.kind(of: node), at: location(of: node)))
                continue
            }
            let entryPath = "\(fields.path(key))[\(result.count)]"
            locations[entryPath] = location(of: node)
            result.append(self.fields(of: node, keyPath: entryPath, schema: schema))
        }
        return result
    }

    /// The entries of a list with their key paths as written; a value that is not a list is reported.
    mutating func entries(_ key: String, in fields: Fields) -> [(node: YAMLNode, path: String)] {
        guard let node = fields.values[key] else { return [] }
        switch node.content {
        case .sequence(let sequence):
            return sequence.enumerated().map { ($1, "\(fields.path(key))[\($0)]") }
        default:
            let found = Self.kind(of: node)
            if found != .nothing {
                report(
                    .wrongType(key: fields.path(key), expected: .list, found: found, at: location(of: node)))
            }
            return []
        }
    }

    /// A scalar's text; nil for an empty value, and for a list or mapping after reporting it.
    mutating func text(of node: YAMLNode, path: String) -> String? {
        let kind = Self.kind(of: node)
        switch kind {
        case .nothing: return nil
        case .list, .mapping:
            report(.wrongType(key: path, expected: .text, found: kind, at: location(of: node)))
            return nil
        case .text:
            guard case .scalar(let text, let style) = node.content else { return nil }
            // Files with raw control characters are refused before their YAML is read, so only a
            // double-quoted escape ("\a", "\e", "\x07") can put one here.
            if style == .doubleQuoted,
                let control = text.unicodeScalars.first(where: {
                    $0.isControlCharacter && $0 != "\t" && $0 != "\n"
                })
            {
                report(.controlCharacterInValue(key: path, scalar: control.value, at: location(of: node)))
                return nil
            }
            return text
        }
    }
}
