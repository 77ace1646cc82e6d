/// A theme's templates parsed once into trees, rendered straight from typed page models into
/// bytes: names are read through the models' field tables, never through a dictionary.
struct CompiledTemplates: Sendable {
    /// The parsed templates by name ("case", "partials/case-item").
    let templates: [String: [TemplateNode]]
    /// True for HTML: `{{name}}` escapes `& < > " '`; false for plain text.
    let escapes: Bool

    /// Parses `sources` (name → file), reporting every error as a `TemplateError`; a name that
    /// no key of `vocabulary` can match is an error at its tag.
    static func compile(
        _ sources: [(name: String, path: String, bytes: [UInt8])], escapes: Bool, continuesLine: Bool = false,
        vocabulary: Set<String>
    ) -> (CompiledTemplates, [TemplateError]) {
        var templates: [String: [TemplateNode]] = [:]
        var errors: [TemplateError] = []
        for source in sources {
            var parser = TemplateParser(source.bytes, path: source.path)
            do {
                let nodes = try parser.parse(continuesLine: continuesLine)
                errors += unknownNames(in: nodes, path: source.path, vocabulary: vocabulary)
                templates[source.name] = nodes
            } catch let error as TemplateError {
                errors.append(error)
            } catch {
                errors.append(.syntax(path: source.path, line: 1, column: 1, message: "\(error)"))
            }
        }
        return (CompiledTemplates(templates: templates, escapes: escapes), errors)
    }

    /// Every name in `nodes` with a part no model has.
    static func unknownNames(in nodes: [TemplateNode], path: String, vocabulary: Set<String>)
        -> [TemplateError]
    {
        var errors: [TemplateError] = []
        func check(_ name: TemplateName) {
            for part in name.parts where !vocabulary.contains(String(part)) {
                errors.append(
                    .syntax(
                        path: path, line: name.line, column: name.column,
                        message: "no page model has a key \(part) (docs/themes.md lists them)"))
                return
            }
        }
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text: continue
                case .variable(let name, _): check(name)
                case .section(let name, let inner), .invertedSection(let name, let inner):
                    check(name)
                    walk(inner)
                case .partial(_, _, let overrides): overrides?.values.forEach(walk)
                case .block(_, let inner, _), .blockDefinition(_, let inner): walk(inner)
                }
            }
        }
        walk(nodes)
        return errors
    }

    /// `name` and every template it includes, directly or through others (partials, parents).
    func included(from name: String) -> Set<String> {
        var found: Set<String> = []
        var waiting = [name]
        while let next = waiting.popLast() {
            guard found.insert(next).inserted, let nodes = templates[next] else { continue }
            waiting += Self.partialNames(in: nodes)
        }
        return found
    }

    /// The names of the partials and parents `nodes` include, at any depth.
    static func partialNames(in nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .text, .variable: return []
            case .section(_, let inner), .invertedSection(_, let inner): return partialNames(in: inner)
            case .partial(let name, _, let overrides):
                return [name] + (overrides?.values.flatMap { partialNames(in: $0) } ?? [])
            case .block(_, let inner, _), .blockDefinition(_, let inner): return partialNames(in: inner)
            }
        }
    }

    /// Renders template `name` with `model`; empty when there is no such template.
    func render(_ model: some TemplateModel, template name: String) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var output: [UInt8] = []
        // Room for most pages at once, a body and the layout: growing a buffer copies what it holds.
        output.reserveCapacity(32_768)
        var renderer = TemplateRenderer(templates: templates, escapes: escapes)
        renderer.start(with: Self.frames(of: model))
        renderer.render(nodes, into: &output)
        return output
    }

    /// The frames a page starts with. Its inlined models (the layout) go beneath it as frames of
    /// their own, boxed once: read through the page, each of the layout's keys on the page
    /// would copy the whole layout out of it.
    static func frames<Model: TemplateModel>(of model: Model) -> [TemplateRenderer.Frame] {
        let lookup = TemplateKeys.lookup(for: model)
        guard let own = lookup?.ownEntries else { return [.model(model, lookup)] }
        var frames: [TemplateRenderer.Frame] = []
        // The first inlined field is asked first, so it goes nearest the page.
        for field in Model.templateFields.reversed() where field.kind == .inlined {
            if case .model(let nested)? = field.value(model) {
                frames.append(.model(nested, TemplateKeys.lookup(for: nested)))
            }
        }
        frames.append(.model(model, own))
        return frames
    }
}
