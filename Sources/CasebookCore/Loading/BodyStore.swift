import Foundation

/// Gives the Markdown body of a case or release, reading it again from its file when the loader
/// left it there: bodies are most of a site's bytes, and the build needs one at a time.
package struct BodyStore: Sendable {
    /// Creates a store.
    init() {}

    /// The body of the file at `source`, or `inMemory` when the loader kept it.
    func body(of source: SourceFile, inMemory: String) -> String {
        guard source.bodyIsOnDisk, let data = FileManager.default.contents(atPath: source.path),
            case .success(let checked) = SourceText.check(data),
            case .success(let split) = FrontmatterSplitter.split(ContentText(checkedBytes: checked.bytes))
        else { return inMemory }
        return split.body
    }

    /// The case or release with its body in memory.
    func withBody<Item: ContentItem>(_ item: Item) -> Item {
        guard item.source.bodyIsOnDisk else { return item }
        var full = item
        full.body = body(of: item.source, inMemory: item.body)
        full.source.bodyIsOnDisk = false
        return full
    }
}
