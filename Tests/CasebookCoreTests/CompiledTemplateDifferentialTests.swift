import Mustache
import Testing

@testable import CasebookCore

/// A generated model for the differential test: every kind of field, nested to any depth.
struct GeneratedModel: TemplateModel {
    var name: String
    var note: String?
    var on: Bool
    var off: Bool
    var count: Int
    var child: GeneratedLeaf?
    var items: [GeneratedLeaf]
    var words: [String]

    static let templateFields: [TemplateField<GeneratedModel>] = [
        .text("name", \.name), .text("note", \.note), .flag("on", \.on), .flag("off", \.off),
        .number("count", \.count), .object("child", \.child), .list("items", \.items),
        .texts("words", \.words),
    ]
}

/// The nested model: some keys of its own, some shared with the outer model (to test falling through).
struct GeneratedLeaf: TemplateModel {
    var title: String
    var name: String?
    var on: Bool
    var words: [String]

    static let templateFields: [TemplateField<GeneratedLeaf>] = [
        .text("title", \.title), .text("name", \.name), .flag("on", \.on), .texts("words", \.words),
    ]
}

/// A small deterministic random source, so a failure names a seed that reproduces it.
struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(bound))
    }
    mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
}

@Suite struct CompiledTemplateDifferentialTests {
    static let texts = ["", "plain", "a & b", "<b>\"q\"</b>", "it's", "Ілля", "x\ny"]
    static let names = [
        "name", "note", "on", "off", "count", "child", "items", "words", "title", ".", "child.title",
        "child.name", "missing",
    ]
    static let scalarNames = [
        "name", "note", "on", "off", "count", "title", "child.title", "child.name", "missing",
    ]

    static func leaf(_ random: inout SplitMix) -> GeneratedLeaf {
        GeneratedLeaf(
            title: random.pick(texts), name: random.next(2) == 0 ? nil : random.pick(texts),
            on: random.next(2) == 0,
            words: (0..<random.next(3)).map { _ in random.pick(texts) })
    }

    static func model(_ random: inout SplitMix) -> GeneratedModel {
        GeneratedModel(
            name: random.pick(texts), note: random.next(2) == 0 ? nil : random.pick(texts),
            on: random.next(2) == 0,
            off: random.next(3) == 0, count: random.next(3), child: random.next(2) == 0 ? nil : leaf(&random),
            items: (0..<random.next(4)).map { _ in leaf(&random) },
            words: (0..<random.next(3)).map { _ in random.pick(texts) })
    }

    /// Random template text: text, variables, sections, comments, partials, blocks, odd spacing.
    static func template(_ random: inout SplitMix, depth: Int) -> String {
        var text = ""
        for _ in 0..<(1 + random.next(5)) {
            let indent = random.pick(["", "", "  ", "\t"])
            let end = random.pick(["", "\n", "\n", " \n", "\r\n"])
            switch random.next(depth > 2 ? 6 : 9) {
            case 0: text += indent + random.pick(["<p>", "x", "a&b", " ", "'"]) + end
            case 1: text += indent + "{{" + random.pick(scalarNames) + "}}" + end
            case 2:
                let triple = random.next(2) == 0
                text +=
                    indent + (triple ? "{{{" : "{{&") + random.pick(scalarNames) + (triple ? "}}}" : "}}")
                    + end
            case 3: text += indent + random.pick(["{{! a comment }}", "{{#words}}<{{.}}>{{/words}}"]) + end
            case 4: text += indent + "{{> p\(random.next(2))}}" + end
            case 5: text += indent + "{{=<% %>=}}<%" + random.pick(scalarNames) + "%><%={{ }}=%>" + end
            default:
                let name = random.pick(names)
                let sigil = random.pick(["#", "#", "^"])
                text +=
                    indent + "{{\(sigil)\(name)}}" + end + template(&random, depth: depth + 1)
                    + random.pick(["", "  "]) + "{{/\(name)}}" + end
            }
        }
        return text
    }

    static let partials = [
        "p0": "<i>{{name}}</i>\n{{#on}}on\n{{/on}}",
        "p1": "  {{title}}\n{{$b}}default {{name}}\n{{/b}}",
        "parent": "<head>\n{{$head}}{{/head}}\n</head>\n  {{$main}}\n  {{/main}}\n",
    ]

    static func compare(_ sources: [String: String], model: GeneratedModel, seed: UInt64) throws {
        var library = MustacheLibrary()
        for (name, source) in sources { library.register(try MustacheTemplate(string: source), named: name) }
        let expected = library.render(model.mustacheValue, withTemplate: "main") ?? ""
        let (compiled, errors) = CompiledTemplates.compile(
            sources.map { (name: $0.key, path: $0.key, bytes: Array($0.value.utf8)) }, escapes: true,
            vocabulary: ["name", "note", "on", "off", "count", "child", "items", "words", "title", "missing"])
        #expect(errors.isEmpty, "seed \(seed): \(errors)")
        let actual = String(decoding: compiled.render(model, template: "main"), as: UTF8.self)
        #expect(
            actual == expected,
            "seed \(seed)\n--- template\n\(sources["main"] ?? "")\n--- model\n\(model)\n--- swift-mustache\n\(expected.debugDescription)\n--- compiled\n\(actual.debugDescription)"
        )
    }

    @Test func generatedTemplatesRenderAsSwiftMustacheDoes() throws {
        for seed in UInt64(0)..<3000 {
            var random = SplitMix(state: seed)
            var main = Self.template(&random, depth: 0)
            if random.next(4) == 0 {
                main =
                    "{{<parent}}\n{{$main}}\n" + main
                    + "{{/main}}\n{{$head}}<t>{{name}}</t>{{/head}}\n{{/parent}}\n"
            }
            let model = Self.model(&random)
            try Self.compare(Self.partials.merging(["main": main]) { $1 }, model: model, seed: seed)
        }
    }

    @Test func anUnknownNameIsAnErrorAtItsTag() {
        let (_, errors) = CompiledTemplates.compile(
            [(name: "t", path: "Templates/t.mustache", bytes: Array("<p>\n  {{#nam}}{{/nam}}\n".utf8))],
            escapes: true, vocabulary: ["name"])
        let location = errors.first?.diagnostic.location
        #expect(location?.path == "Templates/t.mustache" && location?.line == 2 && location?.column == 3)
    }

    @Test func anUnsupportedConstructIsAnErrorAtItsTag() {
        let (_, errors) = CompiledTemplates.compile(
            [(name: "t", path: "Templates/t.mustache", bytes: Array("x{{uppercased(name)}}".utf8))],
            escapes: true, vocabulary: ["name"])
        let location = errors.first?.diagnostic.location
        #expect(location?.line == 1 && location?.column == 2)
    }
}
