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

    /// `use` of the body of the file at `source` as its checked bytes on disk, read again with no
    /// String made of it; nil when the loader kept the body in memory or the file no longer
    /// reads as it did (`body(of:inMemory:)` then gives what to use).
    func withBodyBytes<Result>(
        of source: SourceFile, _ use: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        guard source.bodyIsOnDisk, let data = FileManager.default.contents(atPath: source.path),
            case .success(let checked) = SourceText.check(data)
        else { return nil }
        let text = ContentText(checkedBytes: checked.bytes)
        guard let body = FrontmatterSplitter.bodyOffsets(in: text) else { return nil }
        return text.withBytes { use(UnsafeBufferPointer(rebasing: $0[body])) }
    }

    /// `use` of the body of `item`: its checked bytes on disk, or its body in memory.
    func withBody<Result>(of item: some ContentItem, _ use: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
    {
        if let result = withBodyBytes(of: item.source, use) { return result }
        var body = body(of: item.source, inMemory: item.body)
        return body.withUTF8(use)
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
