import Yams

/// The frontmatter as Swift values: strings, lists of strings, and lists of string maps
/// (timeline events, contacts). Yams composes the nodes; dates stay the strings they were.
struct Frontmatter {
    private var values: [String: Any] = [:]

    init(yaml: String) throws {
        guard let mapping = try Yams.compose(yaml: yaml)?.mapping else { return }
        for (key, value) in mapping {
            guard let key = key.string else { continue }
            values[key] = Self.value(value)
        }
    }

    subscript(key: String) -> String? { values[key] as? String }

    func list(_ key: String) -> [String] { values[key] as? [String] ?? [] }

    func maps(_ key: String) -> [[String: String]] { values[key] as? [[String: String]] ?? [] }

    private static func value(_ node: Node) -> Any? {
        if let scalar = node.string { return scalar }
        guard let sequence = node.sequence else { return nil }
        if sequence.allSatisfy({ $0.mapping != nil }) {
            return sequence.compactMap(\.mapping).map { mapping in
                var map: [String: String] = [:]
                for (key, value) in mapping {
                    if let key = key.string, let value = value.string { map[key] = value }
                }
                return map
            }
        }
        return sequence.compactMap(\.string)
    }
}
