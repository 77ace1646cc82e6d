/// Parses Mustache text into `TemplateNode`s, with swift-mustache's rules for lines that hold a
/// tag alone (the line leaves no trace) and for the indentation of partials and blocks, so a
/// compiled template writes the same bytes as swift-mustache did.
struct TemplateParser {
    /// Where in the template a parse stands, and which tags close or belong to what.
    private struct State {
        var sectionName: String?
        var atLineStart = true
        var inParentDefinition = false
        var atParentTopLevel = false
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var definitionIndent: ArraySlice<UInt8>?

        func entering(section name: String, atLineStart: Bool) -> State {
            var state = self
            state.sectionName = name
            state.atParentTopLevel = false
            if !atLineStart { state.atLineStart = false }
            return state
        }

        func enteringParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.atLineStart = true
            state.inParentDefinition = true
            state.atParentTopLevel = true
            return state
        }
    }

    let bytes: [UInt8]
    let path: String
    var position = 0
    /// Where each line of `bytes` starts, so that a tag's line is found without counting the
    /// lines before it again (every tag's place is kept for errors at render time).
    let lineStarts: [Int]

    /// A parser of `bytes`, the file at `path` (for errors).
    init(_ bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// Parses the whole template. `continuesLine`: the template is parsed as if a tag stood
    /// before its first line (how text templates were read, behind a one-line pragma).
    mutating func parse(continuesLine: Bool = false) throws -> [TemplateNode] {
        var state = State()
        if continuesLine { state.atLineStart = lineFinishes() }
        return try parseNodes(state)
    }

    private mutating func parseNodes(_ initial: State) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var leading: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.atLineStart {
                let whitespace = readSpacesAndTabs()
                if state.inParentDefinition && !state.atParentTopLevel {
                    if let indent = state.definitionIndent {
                        leading = whitespace.dropFirst(indent.count)
                    } else {
                        state.definitionIndent = whitespace
                    }
                } else {
                    leading = whitespace
                }
            }
            let text = readTextUntilTagOrNewline(state.open)
            if let newline = newlineLength(at: position) {
                nodes.append(.text(Array(leading) + text + bytes[position..<position + newline]))
                position += newline
                state.atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(leading) + text))
                leading = []
                state.atLineStart = false
            }
            if position >= bytes.count { break }
            let tagStart = location(of: position - state.open.count)
            var nextAtLineStart = false
            func flushLeading() {
                if !leading.isEmpty { nodes.append(.text(Array(leading))) }
                leading = []
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state.close, at: tagStart)
                if state.atLineStart && lineFinishes() { nextAtLineStart = true } else { flushLeading() }
                let inner = try parseNodes(state.entering(section: name.text, atLineStart: nextAtLineStart))
                nodes.append(inverted ? .invertedSection(name, inner) : .section(name, inner))
            case UInt8(ascii: "/"):
                position += 1
                let namePlace = location(of: position)
                let name = try readName(state.close, at: tagStart)
                guard name.text == state.sectionName else {
                    throw error(
                        at: namePlace,
                        state.sectionName.map {
                            "this closing tag does not match the section {{#\($0)}} it closes"
                        }
                            ?? "this closing tag closes no section")
                }
                if !(state.atLineStart && lineFinishes()) { flushLeading() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(state.close, from: position) else {
                    throw error(at: tagStart, "a comment is not closed")
                }
                position = end + state.close.count
                nextAtLineStart = state.atLineStart && lineFinishes()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                flushLeading()
                position += 1
                let name = try readName(state.close, at: tagStart)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error(at: tagStart, "unfinished tag: {{{ must end with }}}")
                    }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state.close, at: tagStart)
                if !leading.isEmpty { nodes.append(.text(Array(leading))) }
                let standalone = state.atLineStart && lineFinishes()
                nextAtLineStart = standalone
                nodes.append(.partial(name, indentation: standalone ? Array(leading) : nil, overrides: nil))
                leading = []
            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state.close, at: tagStart)
                if !leading.isEmpty { nodes.append(.text(Array(leading))) }
                nextAtLineStart = state.atLineStart && lineFinishes()
                let inner = try parseNodes(state.enteringParent(name))
                var overrides: [String: [TemplateNode]] = [:]
                for node in inner {
                    switch node {
                    case .blockDefinition(let block, let nodes): overrides[block] = nodes
                    case .text: continue
                    default:
                        throw error(
                            at: tagStart, "only blocks ({{$…}}) may appear inside a parent ({{< …}}) tag")
                    }
                }
                nodes.append(.partial(name, indentation: Array(leading), overrides: overrides))
                leading = []
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state.close, at: tagStart)
                if state.atParentTopLevel {
                    nextAtLineStart = state.atLineStart && lineFinishes()
                    let inner = try parseNodes(
                        state.entering(section: name.text, atLineStart: nextAtLineStart))
                    nodes.append(.blockDefinition(name.text, inner))
                } else {
                    if !leading.isEmpty { nodes.append(.text(Array(leading))) }
                    nextAtLineStart = state.atLineStart && lineFinishes()
                    let inner = try parseNodes(
                        state.entering(section: name.text, atLineStart: nextAtLineStart))
                    nodes.append(.block(name.text, defaultNodes: inner, indentation: Array(leading)))
                    leading = []
                }
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(&state.open, &state.close, at: tagStart)
                state.atParentTopLevel = false
                nextAtLineStart = state.atLineStart && lineFinishes()
            case UInt8(ascii: "%"):
                throw error(at: tagStart, "pragmas ({{% …}}) are not supported")
            default:
                flushLeading()
                nodes.append(.variable(try readName(state.close, at: tagStart), escaped: true))
            }
            state.atLineStart = nextAtLineStart
        }
        if let open = initial.sectionName {
            throw error(at: location(of: bytes.count), "the section \(open) is not closed")
        }
        return nodes
    }
}
