import Yams

/// A line and column in the YAML text (not the file), as libyaml counts them.
struct YAMLPosition: Hashable {
    var line: Int
    var column: Int
}

/// A YAML document composed into nodes that keep their positions.
struct ComposedYAML {
    /// The root node; nil for an empty document.
    var root: Node?
    /// The real spelling of keys that were renamed so Yams would not stop at a duplicate key,
    /// by their position in the YAML; the schema reader reports the duplicates itself.
    var renamedKeys: [YAMLPosition: String]
}

/// Composes YAML with Yams, turning its errors into `LoadError`s at positions in the file.
struct YAMLComposer {
    /// The file, for locations.
    var path: String
    /// How many lines of the file come before the YAML (1 for frontmatter, 0 for site.yaml).
    var lineOffset: Int
    /// Where YAML lines start in the YAML text's own lines, for the rare text in which libyaml
    /// counts a line break that editors do not show (U+2028, U+2029); empty when they agree.
    var lineStarts: [Int: YAMLPosition] = [:]

    /// A composer for `yaml`, which starts after `lineOffset` lines of the file at `path`.
    init(path: String, lineOffset: Int, yaml: String) {
        self.path = path
        self.lineOffset = lineOffset
        self.lineStarts = Self.lineStarts(of: yaml)
    }

    /// For each YAML line from the first unseen break on, the line and column where it starts in
    /// the text as an editor shows it.
    static func lineStarts(of yaml: String) -> [Int: YAMLPosition] {
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8; most texts have no E2 80 at all.
        guard yaml.utf8.contains(0xE2),
            yaml.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" })
        else { return [:] }
        var starts: [Int: YAMLPosition] = [:]
        var yamlLine = 1
        var shown = YAMLPosition(line: 1, column: 1)
        for scalar in yaml.unicodeScalars {
            switch scalar {
            case "\n":
                yamlLine += 1
                shown = YAMLPosition(line: shown.line + 1, column: 1)
            case "\u{2028}", "\u{2029}":
                yamlLine += 1
                shown.column += 1
            default:
                shown.column += 1
                continue
            }
            if !starts.isEmpty || shown.column != 1 { starts[yamlLine] = shown }
        }
        return starts
    }

    /// The nodes of `yaml`, or every reason they could not be composed.
    func compose(_ yaml: String) -> Result<ComposedYAML, LoadFailure> {
        // Lines are split only when a duplicate key has to be renamed: most files have none, and
        // splitting every file into scalars cost more than parsing it.
        var lines: [[Unicode.Scalar]] = []
        func splitLines() {
            if lines.isEmpty {
                lines = yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(
                    Array.init)
            }
        }
        var renamed: [YAMLPosition: String] = [:]
        // Each duplicate key costs one more pass; libyaml is fast and frontmatter is short.
        for pass in 0..<200 {
            let text =
                renamed.isEmpty ? yaml : String(String.UnicodeScalarView(lines.joined(separator: ["\n"])))
            do {
                // The schema reads raw scalar text, so Yams need not resolve tags with its
                // regular expressions (`.basic`), which cost more than parsing.
                return .success(
                    ComposedYAML(
                        root: try Yams.compose(yaml: text, .basic, .default, .utf8), renamedKeys: renamed))
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let position = YAMLPosition(line: context.mark.line, column: context.mark.column)
                splitLines()
                guard let key = duplicates.first, rename(at: shownPosition(position), in: &lines, pass: pass)
                else {
                    let error = LoadError.duplicateKey(
                        duplicates.first ?? "", firstLine: position.line + lineOffset, at: location(position))
                    return .failure(LoadFailure([error]))
                }
                renamed[position] = key
            } catch {
                splitLines()
                let tabs = tabErrors(in: lines)
                return .failure(LoadFailure(tabs.isEmpty ? [syntaxError(error, in: text)] : tabs))
            }
        }
        return .failure(
            LoadFailure([
                .yamlSyntax(
                    problem: "too many duplicate keys", context: nil, at: location(.init(line: 1, column: 1)))
            ]))
    }

    /// The place in the file of a place in the YAML.
    func location(_ position: YAMLPosition) -> SourceLocation {
        location(shown: shownPosition(position))
    }

    /// A place in the YAML text's lines as an editor shows them (libyaml's lines and columns
    /// shifted after U+2028 and U+2029).
    func shownPosition(_ position: YAMLPosition) -> YAMLPosition {
        guard let start = lineStarts[position.line] else { return position }
        return YAMLPosition(line: start.line, column: start.column + position.column - 1)
    }

    /// The place in the file of a place in the YAML text's own lines.
    func location(shown position: YAMLPosition) -> SourceLocation {
        SourceLocation(path: path, line: position.line + lineOffset, column: position.column)
    }

    // Makes the key at `position` unique by replacing its first character with a private-use one,
    // keeping every column of the line where it was.
    private func rename(at position: YAMLPosition, in lines: inout [[Unicode.Scalar]], pass: Int) -> Bool {
        guard lines.indices.contains(position.line - 1), let marker = Unicode.Scalar(UInt32(0xE000 + pass))
        else { return false }
        var index = position.column - 1
        let line = lines[position.line - 1]
        if line.indices.contains(index), line[index] == "\"" || line[index] == "'" { index += 1 }
        guard line.indices.contains(index), !["\"", "'", "\\"].contains(line[index]) else { return false }
        lines[position.line - 1][index] = marker
        return true
    }

    private func tabErrors(in lines: [[Unicode.Scalar]]) -> [LoadError] {
        lines.enumerated().compactMap { number, line in
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { return nil }
            return .tabIndentation(at: location(shown: .init(line: number + 1, column: tab + 1)))
        }
    }

    private func syntaxError(_ error: Error, in text: String) -> LoadError {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            // An unclosed quote or bracket is best shown where it opens, not where the text ends.
            let opening =
                context.map {
                    [
                        "while scanning a quoted scalar", "while parsing a flow sequence",
                        "while parsing a flow mapping",
                    ].contains($0.text)
                } ?? false
            let place = opening ? context?.mark ?? mark : mark
            let position = YAMLPosition(line: place.line, column: place.column)
            return .yamlSyntax(problem: problem, context: context?.text, at: location(position))
        case YamlError.reader(let problem, let offset, _, _):
            return .yamlSyntax(
                problem: problem, context: nil,
                at: location(shown: position(ofCharacter: offset ?? 0, in: text)))
        default:
            return .yamlSyntax(problem: "\(error)", context: nil, at: location(.init(line: 1, column: 1)))
        }
    }

    private func position(ofCharacter offset: Int, in text: String) -> YAMLPosition {
        var position = YAMLPosition(line: 1, column: 1)
        for character in text.prefix(offset) {
            if character == "\n" {
                position = YAMLPosition(line: position.line + 1, column: 1)
            } else {
                position.column += character.unicodeScalars.count
            }
        }
        return position
    }
}

/// The problems that stopped a file from being read further.
package struct LoadFailure: Error {
    package var errors: [LoadError]

    init(_ errors: [LoadError]) { self.errors = errors }
}
