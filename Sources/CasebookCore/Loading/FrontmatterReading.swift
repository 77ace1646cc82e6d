import Foundation
import Yams

/// The first steps every content file goes through: UTF-8, frontmatter, YAML.
enum FrontmatterReading {
    /// A file read up to its composed frontmatter.
    struct Parsed {
        /// The frontmatter and body.
        var split: SplitFile
        /// The frontmatter's root node, if it has one.
        var root: Node?
        /// A reader positioned on the frontmatter, to decode it with.
        var reader: SchemaReader
    }

    /// The text of a file's bytes, or where its first invalid byte is.
    static func text(of data: Data, path: String) -> Result<String, LoadError> {
        SourceText.decode(data).mapError { invalid in
            .notUTF8(at: SourceLocation(path: path, line: invalid.line, column: invalid.column))
        }
    }

    /// Splits normalized text and composes its frontmatter.
    static func parse(_ text: String, path: String) -> Result<Parsed, LoadFailure> {
        let start = SourceLocation(path: path)
        let split: SplitFile
        switch FrontmatterSplitter.split(text) {
        case .failure(.emptyFile): return .failure(LoadFailure([.emptyFile(at: start)]))
        case .failure(.missingFrontmatter): return .failure(LoadFailure([.missingFrontmatter(at: start)]))
        case .failure(.unterminatedFrontmatter):
            return .failure(LoadFailure([.unterminatedFrontmatter(at: start)]))
        case .success(let value): split = value
        }
        let composer = YAMLComposer(path: path, lineOffset: split.frontmatterStartLine - 1)
        return composer.compose(split.frontmatter).map { composed in
            Parsed(
                split: split, root: composed.root,
                reader: SchemaReader(composer: composer, renamedKeys: composed.renamedKeys))
        }
    }
}
