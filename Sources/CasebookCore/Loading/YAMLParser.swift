import CYAML

/// How a scalar was written, which decides whether `~` or an empty value means "nothing".
enum YAMLScalarStyle: Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A YAML value as written, with the place in the YAML text where it starts.
struct YAMLNode {
    enum Content {
        /// Text exactly as written (after YAML's quoting and folding); no tag is resolved.
        case scalar(String, style: YAMLScalarStyle)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var content: Content
    /// Line and column, 1-based, as libyaml counts them.
    var position: YAMLPosition

    /// The text of a scalar; nil for a list or mapping.
    var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The node written on one line, to name a list or mapping used as a key.
    var flowText: String {
        switch content {
        case .scalar(let text, _): return text
        case .sequence(let items): return "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { $0.key.flowText + ": " + $0.value.flowText }.joined(separator: ", ")
                + "}"
        }
    }
}

/// Why libyaml could not read a YAML text, in its own words.
struct YAMLParseError: Error, Equatable {
    /// libyaml's problem ("found undefined alias", "mapping values are not allowed in this context").
    var problem: String
    /// What libyaml was reading ("while scanning a quoted scalar"), and where that started.
    var context: String?
    var contextPosition: YAMLPosition?
    /// Where the problem is; for an invalid character, where that character is.
    var position: YAMLPosition
    /// True for an invalid character, whose line counts only line feeds (as editors do), not the
    /// U+2028 and U+2029 that libyaml also counts.
    var countsOnlyLineFeeds = false
}

/// Reads YAML with libyaml's event API into `YAMLNode`s, at once and without recursion. This is
/// the only file that calls libyaml.
///
/// Aliases (`*name`) are refused: frontmatter has no use for them, and refusing them means a file
/// cannot make the reader expand one value into billions. Anchors (`&name`) are read past.
enum YAMLParser {
    /// Lists and mappings nested deeper than this are refused: frontmatter needs three levels, and
    /// a tree this shallow can be built and freed without deep recursion.
    static let maximumDepth = 64

    /// The root node of `yaml` (nil when it holds no document), or why it could not be read.
    static func parse(_ yaml: String) -> Result<YAMLNode?, YAMLParseError> {
        var text = yaml
        return text.withUTF8 { bytes in
            // libyaml refuses a null input pointer, which an empty buffer may have.
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return .success(nil) }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(
                    YAMLParseError(problem: "out of memory", position: YAMLPosition(line: 1, column: 1)))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var builder = TreeBuilder()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(error(of: parser, in: bytes))
                }
                defer { yaml_event_delete(&event) }
                switch builder.take(event) {
                case .more: continue
                case .done(let root): return .success(root)
                case .failed(let error): return .failure(error)
                }
            }
        }
    }

    /// libyaml's error, with positions made 1-based like the nodes'.
    private static func error(of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>)
        -> YAMLParseError
    {
        let problem = parser.problem.map { String(cString: $0) } ?? "out of memory"
        if parser.error == YAML_READER_ERROR {
            // A reader error has a byte offset, not a mark.
            return YAMLParseError(
                problem: problem, position: position(ofByte: parser.problem_offset, in: bytes),
                countsOnlyLineFeeds: true)
        }
        return YAMLParseError(
            problem: problem,
            context: parser.context.map { String(cString: $0) },
            contextPosition: parser.context == nil ? nil : position(of: parser.context_mark),
            position: position(of: parser.problem_mark))
    }

    static func position(of mark: yaml_mark_t) -> YAMLPosition {
        YAMLPosition(line: mark.line + 1, column: mark.column + 1)
    }

    /// The line and column (in Unicode scalars) of the byte at `offset`.
    private static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLPosition {
        var position = YAMLPosition(line: 1, column: 1)
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                position = YAMLPosition(line: position.line + 1, column: 1)
            } else if byte & 0xC0 != 0x80 {
                // Each scalar has one byte that is not a continuation byte.
                position.column += 1
            }
        }
        return position
    }
}

/// Builds the tree from events, keeping the lists and mappings still open on its own stack.
private struct TreeBuilder {
    enum Step {
        case more
        case done(YAMLNode?)
        case failed(YAMLParseError)
    }

    private enum Open {
        case sequence(YAMLPosition, [YAMLNode])
        case mapping(YAMLPosition, [(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?)
    }

    private var open: [Open] = []
    private var root: YAMLNode?
    private var documents = 0
    private var anchors: Set<String> = []

    mutating func take(_ event: yaml_event_t) -> Step {
        let position = YAMLParser.position(of: event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            guard documents == 1 else {
                return .failed(
                    YAMLParseError(
                        problem: "but found another document",
                        context: "expected a single document in the stream",
                        contextPosition: YAMLPosition(line: 1, column: 1), position: position))
            }
        case YAML_STREAM_END_EVENT:
            return .done(root)
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor)
            let problem = anchors.contains(name) ? "found an alias" : "found undefined alias"
            return .failed(YAMLParseError(problem: problem, position: position))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            remember(scalar.anchor)
            let text = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            }
            add(YAMLNode(content: .scalar(text ?? "", style: Self.style(scalar.style)), position: position))
        case YAML_SEQUENCE_START_EVENT:
            remember(event.data.sequence_start.anchor)
            guard open.count < YAMLParser.maximumDepth else { return tooDeep(at: position) }
            open.append(.sequence(position, []))
        case YAML_MAPPING_START_EVENT:
            remember(event.data.mapping_start.anchor)
            guard open.count < YAMLParser.maximumDepth else { return tooDeep(at: position) }
            open.append(.mapping(position, [], pendingKey: nil))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            switch open.popLast() {
            case .sequence(let start, let items):
                add(YAMLNode(content: .sequence(items), position: start))
            case .mapping(let start, let pairs, _):
                add(YAMLNode(content: .mapping(pairs), position: start))
            case nil:
                break
            }
        default:
            break
        }
        return .more
    }

    private func tooDeep(at position: YAMLPosition) -> Step {
        .failed(
            YAMLParseError(
                problem: "lists and mappings are nested more than \(YAMLParser.maximumDepth) deep",
                position: position))
    }

    private mutating func remember(_ anchor: UnsafeMutablePointer<yaml_char_t>?) {
        if anchor != nil { anchors.insert(Self.text(anchor)) }
    }

    private mutating func add(_ node: YAMLNode) {
        switch open.popLast() {
        case nil:
            root = node
        case .sequence(let start, var items):
            items.append(node)
            open.append(.sequence(start, items))
        case .mapping(let start, var pairs, let pendingKey):
            if let key = pendingKey {
                pairs.append((key, node))
                open.append(.mapping(start, pairs, pendingKey: nil))
            } else {
                open.append(.mapping(start, pairs, pendingKey: node))
            }
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
