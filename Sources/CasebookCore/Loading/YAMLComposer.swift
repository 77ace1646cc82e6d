import Foundation

/// A line and column in the YAML text (not the file), as libyaml counts them.
struct YAMLPosition: Hashable {
    var line: Int
    var column: Int
}

/// Reads YAML with `YAMLParser`, turning its errors into `LoadError`s at positions in the file.
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
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8; most texts have no E2 at all,
        // which memchr tells at once (walking the UTF-8 view cost twenty instructions a byte).
        var text = yaml
        let hasE2 = text.withUTF8 { bytes in
            bytes.baseAddress.map { memchr($0, 0xE2, bytes.count) != nil } ?? false
        }
        guard hasE2, yaml.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" })
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

    /// The nodes of `yaml`, or every reason they could not be read.
    func compose(_ yaml: String) -> Result<YAMLNode?, LoadFailure> {
        switch YAMLParser.parse(yaml) {
        case .success(let root):
            return .success(root)
        case .failure(let error):
            // Tabs in indentation make libyaml stop with a puzzling message; name them instead.
            let tabs = tabErrors(in: yaml)
            return .failure(LoadFailure(tabs.isEmpty ? [syntaxError(error)] : tabs))
        }
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

    private func tabErrors(in yaml: String) -> [LoadError] {
        guard yaml.utf8.contains(UInt8(ascii: "\t")) else { return [] }
        let lines = yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().compactMap { number, line in
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { return nil }
            let column = line.distance(from: line.startIndex, to: tab) + 1
            return .tabIndentation(at: location(shown: .init(line: number + 1, column: column)))
        }
    }

    private func syntaxError(_ error: YAMLParseError) -> LoadError {
        // An unclosed quote or bracket is best shown where it opens, not where the text ends.
        let opensHere = [
            "while scanning a quoted scalar", "while parsing a flow sequence", "while parsing a flow mapping",
        ].contains(error.context ?? "")
        let position = opensHere ? error.contextPosition ?? error.position : error.position
        let place = error.countsOnlyLineFeeds ? location(shown: position) : location(position)
        return .yamlSyntax(problem: error.problem, context: error.context, at: place)
    }
}

/// The problems that stopped a file from being read further.
package struct LoadFailure: Error {
    package var errors: [LoadError]

    init(_ errors: [LoadError]) { self.errors = errors }
}
