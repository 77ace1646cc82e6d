/// A content file cut in two: its YAML frontmatter and its Markdown body.
public struct SplitFile: Hashable, Sendable {
    /// The frontmatter, without the `---` lines.
    public var frontmatter: String
    /// The line of the file on which the frontmatter's first line is (always 2).
    public var frontmatterStartLine: Int
    /// The Markdown body.
    public var body: String
    /// The line of the file on which the body starts.
    public var bodyStartLine: Int
}

/// Finds the frontmatter between a first line `---` and the next line `---`.
public enum FrontmatterSplitter {
    /// Why a file could not be split.
    public enum Problem: Error, Hashable, Sendable {
        /// The file has nothing in it.
        case emptyFile
        /// The first line is not `---`.
        case missingFrontmatter
        /// No line `---` closes the frontmatter.
        case unterminatedFrontmatter
    }

    /// Splits normalized text (LF line endings, no byte-order mark).
    public static func split(_ text: String) -> Result<SplitFile, Problem> {
        if text.allSatisfy(\.isWhitespace) { return .failure(.emptyFile) }
        // Split on scalars, not Characters, so that nothing merges with the newline.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, String(first) == "---" else { return .failure(.missingFrontmatter) }
        guard let closing = lines.indices.dropFirst().first(where: { String(lines[$0]) == "---" }) else {
            return .failure(.unterminatedFrontmatter)
        }
        let frontmatter = lines[1..<closing].map(String.init).joined(separator: "\n")
        let body = lines[(closing + 1)...].map(String.init).joined(separator: "\n")
        return .success(
            SplitFile(
                frontmatter: frontmatter, frontmatterStartLine: 2, body: body, bodyStartLine: closing + 2))
    }
}
