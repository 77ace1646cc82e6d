import Foundation

/// One content file: its frontmatter and its body, split at the `---` lines.
struct SourceText {
    enum Kind { case caseFile, release }

    let name: String
    let kind: Kind
    let frontmatter: String
    let body: String

    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): cannot read it, or it has no frontmatter" }
    }

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw Unreadable(path: path) }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix("---\n"),
            let close = text.range(
                of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
        else { throw Unreadable(path: path) }
        frontmatter = String(text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound])
        body = String(text[close.upperBound...])
        let file = URL(fileURLWithPath: path)
        name = file.deletingPathExtension().lastPathComponent
        kind = file.deletingLastPathComponent().lastPathComponent == "releases" ? .release : .caseFile
    }
}
