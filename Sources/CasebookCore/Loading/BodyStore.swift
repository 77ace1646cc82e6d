import Foundation

/// Gives the Markdown body of a case or release, reading it again from its file when the loader
/// left it there: bodies are most of a site's bytes, and the build needs one at a time.
public struct BodyStore: Sendable {
    /// Creates a store.
    public init() {}

    /// The body of the file at `source`, or `inMemory` when the loader kept it.
    public func body(of source: SourceFile, inMemory: String) -> String {
        guard source.bodyIsOnDisk, let data = FileManager.default.contents(atPath: source.path),
            case .success(let text) = SourceText.decode(data),
            case .success(let split) = FrontmatterSplitter.split(text)
        else { return inMemory }
        return split.body
    }

    /// The case with its body in memory.
    public func withBody(_ caseFile: CaseFile) -> CaseFile {
        guard caseFile.source.bodyIsOnDisk else { return caseFile }
        var full = caseFile
        full.body = body(of: caseFile.source, inMemory: caseFile.body)
        full.source.bodyIsOnDisk = false
        return full
    }

    /// The release with its body in memory.
    public func withBody(_ release: Release) -> Release {
        guard release.source.bodyIsOnDisk else { return release }
        var full = release
        full.body = body(of: release.source, inMemory: release.body)
        full.source.bodyIsOnDisk = false
        return full
    }
}
