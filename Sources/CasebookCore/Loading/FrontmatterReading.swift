import Foundation

/// The first steps every content file goes through: UTF-8, frontmatter, YAML.
package enum FrontmatterReading {
    /// A file read up to its composed frontmatter.
    struct Parsed {
        /// The frontmatter and body.
        var split: SplitFile
        /// The frontmatter's root node, if it has one.
        var root: YAMLNode?
        /// A reader positioned on the frontmatter, to decode it with.
        var reader: SchemaReader
    }

    /// The text of a file's bytes, or where its first invalid byte or its control characters are.
    package static func text(of data: Data, path: String) -> Result<String, LoadFailure> {
        checkedText(of: data, path: path).map(\.string)
    }

    /// The same, as checked bytes: the loader makes Strings of the parts it needs.
    static func checkedText(of data: Data, path: String) -> Result<ContentText, LoadFailure> {
        switch SourceText.check(data) {
        case .failure(let invalid):
            let location = SourceLocation(path: path, line: invalid.line, column: invalid.column)
            return .failure(LoadFailure([.notUTF8(at: location)]))
        case .success(let checked):
            let text = ContentText(checkedBytes: checked.bytes)
            // Only a file that holds a control character is decoded to find where they are.
            guard checked.hasControlCharacter else { return .success(text) }
            let controls = SourceText.controlCharacters(in: text.string)
            guard controls.isEmpty else {
                return .failure(
                    LoadFailure(
                        controls.map {
                            .controlCharacter(
                                $0.scalar, at: SourceLocation(path: path, line: $0.line, column: $0.column))
                        }))
            }
            return .success(text)
        }
    }

    /// Splits normalized text and composes its frontmatter.
    static func parse(_ text: ContentText, path: String) -> Result<Parsed, LoadFailure> {
        let start = SourceLocation(path: path)
        let split: SplitFile
        switch FrontmatterSplitter.split(text) {
        case .failure(.emptyFile): return .failure(LoadFailure([.emptyFile(at: start)]))
        case .failure(.missingFrontmatter): return .failure(LoadFailure([.missingFrontmatter(at: start)]))
        case .failure(.unterminatedFrontmatter):
            return .failure(LoadFailure([.unterminatedFrontmatter(at: start)]))
        case .success(let value): split = value
        }
        let composer = YAMLComposer(
            path: path, lineOffset: split.frontmatterStartLine - 1, yaml: split.frontmatter)
        return composer.compose(split.frontmatter).map { root in
            Parsed(split: split, root: root, reader: SchemaReader(composer: composer))
        }
    }
}
