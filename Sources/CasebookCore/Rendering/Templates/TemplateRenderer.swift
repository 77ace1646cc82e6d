/// Walks a template tree against a stack of values (innermost last), writing into one buffer.
struct TemplateRenderer {
    /// What a section pushes on the stack.
    enum Frame {
        /// A model, with its type's lookup when it has one.
        case model(any TemplateModel, TemplateLookup?)
        case text(String)
        case number(Int)
        /// An empty list shown by `{{^list}}`: it has no keys.
        case empty
    }

    let templates: [String: [TemplateNode]]
    let escapes: Bool
    /// The frames, innermost last.
    private(set) var stack: [Frame] = []
    /// Each frame's entries by key number, when it is a model with a lookup: a name is looked
    /// for in these first, so that a frame without it is passed over without copying its model
    /// out of the stack or asking it.
    private var entries: [[TemplateLookup.Entry]?] = []
    /// Put at the start of every line a partial or block writes (a partial alone on an indented line).
    var indentation: [UInt8] = []
    /// The blocks a child template replaces (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`).
    var overrides: [String: [TemplateNode]] = [:]
    /// The lookups of the model types met so far: a page meets a few types many times, and
    /// comparing types here costs a fraction of finding one in `TemplateKeys`.
    private var lookups: [(type: ObjectIdentifier, lookup: TemplateLookup?)] = []

    init(templates: [String: [TemplateNode]], escapes: Bool) {
        self.templates = templates
        self.escapes = escapes
    }

    /// Renders `nodes`; indentation goes before any node's output that starts a new line
    /// written by these nodes (the first line's indentation comes from the including template).
    mutating func render(_ nodes: [TemplateNode], into output: inout [UInt8]) {
        let start = output.count
        for node in nodes {
            let mark = output.count
            render(node, into: &output)
            if !indentation.isEmpty, output.count > mark, mark > start,
                Self.endsWithLineFeed(output[start..<mark])
            {
                output.insert(contentsOf: indentation, at: mark)
            }
        }
    }

    /// True when the text ends with a line feed not preceded by a carriage return (a CR LF pair
    /// is one character to Swift's strings, which swift-mustache's indentation rule looks at).
    static func endsWithLineFeed(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.last == 0x0A else { return false }
        return text.count < 2 || text[text.endIndex - 2] != 0x0D
    }

    private mutating func render(_ node: TemplateNode, into output: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            switch resolve(name) {
            case .text(let text)?: write(text, escaped: escaped, into: &output)
            case .bytes(let bytes)?:
                if escaped && escapes {
                    bytes.withUnsafeBufferPointer { output.appendHTMLEscaped(bytes: $0) }
                } else {
                    output.append(contentsOf: bytes)
                }
            case .number(let number)?: output.append(decimal: number)
            case .flag(let flag)?: output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .model?, .models?, .texts?, nil: break
            }
        case .section(let name, let inner):
            switch resolve(name) {
            case nil: break
            case .flag(let flag)?: if flag { render(inner, into: &output) }
            case .text(let text)?: renderInside(.text(text), inner, into: &output)
            case .bytes(let bytes)?:
                renderInside(.text(String(decoding: bytes, as: UTF8.self)), inner, into: &output)
            case .number(let number)?: renderInside(.number(number), inner, into: &output)
            case .model(let model)?:
                renderInside(.model(model, lookup(for: model)), inner, into: &output)
            case .models(let models)?:
                for model in models { renderInside(.model(model, lookup(for: model)), inner, into: &output) }
            case .texts(let texts)?: for text in texts { renderInside(.text(text), inner, into: &output) }
            }
        case .invertedSection(let name, let inner):
            switch resolve(name) {
            case nil: render(inner, into: &output)
            case .flag(let flag)?: if !flag { render(inner, into: &output) }
            case .models(let models)?: if models.isEmpty { renderInside(.empty, inner, into: &output) }
            case .texts(let texts)?: if texts.isEmpty { renderInside(.empty, inner, into: &output) }
            case .text?, .bytes?, .number?, .model?: break
            }
        case .partial(let name, let indent, let replacements):
            guard let nodes = templates[name] else { return }
            let saved = (indentation, overrides)
            if let indent { indentation += indent }
            if let replacements { overrides.merge(replacements) { outer, _ in outer } }
            render(nodes, into: &output)
            (indentation, overrides) = saved
        case .block(let name, let defaultNodes, let indent):
            let saved = indentation
            indentation += indent
            render(overrides[name] ?? defaultNodes, into: &output)
            indentation = saved
        case .blockDefinition:
            break
        }
    }

    /// Starts the stack with `frames`, innermost last.
    mutating func start(with frames: [Frame]) {
        stack = frames
        entries = frames.map(Self.entries)
    }

    private mutating func renderInside(_ frame: Frame, _ nodes: [TemplateNode], into output: inout [UInt8]) {
        stack.append(frame)
        entries.append(Self.entries(of: frame))
        render(nodes, into: &output)
        stack.removeLast()
        entries.removeLast()
    }

    private static func entries(of frame: Frame) -> [TemplateLookup.Entry]? {
        if case .model(_, let lookup?) = frame { return lookup.entries }
        return nil
    }

    /// The value of `name`: its first part from the innermost frame that has it, the rest inside.
    private mutating func resolve(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else {
            switch stack.last {
            case .model(let model, _)?: return .model(model)
            case .text(let text)?: return .text(text)
            case .number(let number)?: return .number(number)
            case .empty?, nil: return nil
            }
        }
        var found: TemplateValue?
        // By index, innermost first: a `for` over the frames would copy each one.
        var frame = stack.count - 1
        let key = name.keys[0]
        while frame >= 0 {
            if let key, let known = entries[frame], case .absent = known[key] {
                frame -= 1
                continue
            }
            if case .model(let model, let lookup) = stack[frame],
                let value = Self.value(of: model, lookup: lookup, part: first, key: name.keys[0])
            {
                found = value
                break
            }
            frame -= 1
        }
        var index = 1
        while index < name.parts.count {
            guard case .model(let model)? = found else { return nil }
            found = Self.value(
                of: model, lookup: lookup(for: model), part: name.parts[index], key: name.keys[index])
            index += 1
        }
        return found
    }

    /// The lookup of `model`'s type (`TemplateKeys.lookup`), found there once per type.
    private mutating func lookup(for model: any TemplateModel) -> TemplateLookup? {
        let type = ObjectIdentifier(Swift.type(of: model))
        for known in lookups where known.type == type { return known.lookup }
        let lookup = TemplateKeys.lookup(for: model)
        lookups.append((type, lookup))
        return lookup
    }

    /// The value of one part of a name in `model`: by the key's number when the model's type
    /// has a lookup and the key a number, else by its name.
    private static func value(
        of model: any TemplateModel, lookup: TemplateLookup?, part: Substring, key: Int?
    )
        -> TemplateValue?
    {
        if let lookup, let key { return model.templateValue(key: key, lookup: lookup) }
        return model.templateValue(named: part)
    }

    private func write(_ text: String, escaped: Bool, into output: inout [UInt8]) {
        if escaped && escapes {
            Self.appendEscaped(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    /// Appends `text` with `& < > " '` escaped for HTML text and attributes, in one pass over its bytes.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        // The one HTML escaper, shared with the Markdown writer.
        output.appendHTMLEscaped(text)
    }
}
