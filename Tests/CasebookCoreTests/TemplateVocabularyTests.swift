import Foundation
import Testing

@testable import CasebookCore

/// The page models are the templates' vocabulary: docs/themes.md lists it as the models define
/// it, and every value a model holds is reachable from a template.
@Suite struct TemplateVocabularyTests {
    static let themesDoc = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/themes.md")

    @Test func docsListEveryVariableOfEveryTemplateAsTheModelsDefineIt() throws {
        let doc = try String(contentsOf: Self.themesDoc, encoding: .utf8)
        let begin = "<!-- variables: generated from the page models -->\n"
        let end = "<!-- end of variables -->"
        let start = try #require(doc.range(of: begin), "docs/themes.md has no variables section")
        let stop = try #require(doc.range(of: end, range: start.upperBound..<doc.endIndex))
        let documented = String(doc[start.upperBound..<stop.lowerBound])
        #expect(
            documented == "\n" + TemplateVocabulary.markdown() + "\n",
            "docs/themes.md's variables differ from the page models; the models give:\n\(TemplateVocabulary.markdown())"
        )
    }

    @Test func everyStoredValueOfAModelIsATemplateKey() throws {
        let context = PageContext(content: RenderingSample.content(), options: RenderOptions())
        let caseFile = try #require(context.cases.first { !$0.timeline.isEmpty } ?? context.cases.first)
        let release = try #require(context.releasesNewestFirst.first)
        let models: [any TemplateModel] = [
            CasePage(caseFile, bodyHTML: Array("<p>x</p>".utf8), firstParagraph: "x", in: context),
            ReleasePage(release, bodyHTML: Array("<p>x</p>".utf8), firstParagraph: "x", in: context),
            StandalonePage(
                Page(slug: "about", title: "About", body: "x", source: caseFile.source),
                bodyHTML: Array("<p>x</p>".utf8),
                firstParagraph: "x", in: context),
            IndexPage(in: context), ReleasesPage(in: context), TagsPage(in: context),
            TagPage(context.tags.first ?? "none", in: context), NotFoundPage(in: context),
        ]
        for model in models { try expectAllStoredValuesAreKeys(model) }
    }

    /// Walks `model` by Mirror: each stored property (by its Swift name, or the key it is listed
    /// under) must be a template field, but for a digest of the fields and a date's parts, and
    /// nested models are checked the same way.
    private func expectAllStoredValuesAreKeys(_ model: any TemplateModel) throws {
        let fields = fieldNames(of: model)
        // The labels keep their words in one table, in the order of their keys: each key must
        // be a field, and each field read the label of its key.
        if let labels = model as? Labels {
            #expect(Set(Labels.keys.map(\.templateName)) == fields)
            #expect(labels.texts.count == StringKey.allCases.count - 1)
            let lookup = try #require(TemplateKeys.lookup(for: labels))
            for key in Labels.keys {
                let number = try #require(TemplateKeys.number[key.templateName])
                guard case .text(let text)? = labels.templateValue(key: number, lookup: lookup) else {
                    Issue.record("\(key.templateName) is not read as a text")
                    continue
                }
                #expect(text == labels[key], "\(key.templateName)")
            }
            return
        }
        // A date keeps what its two keys are read from (`DateText`), and nothing else.
        if model is DateText {
            let stored = Mirror(reflecting: model).children.compactMap(\.label)
            #expect(stored == ["date", "afterPreposition", "formatting"])
            return
        }
        for child in Mirror(reflecting: model).children {
            let name = try #require(child.label)
            // A list item keeps the hash of its fields, made once: it must be that hash.
            if name == "digest", let digest = child.value as? UInt64 {
                #expect(digest == model.fieldsDigest, "\(type(of: model)) keeps a digest of other fields")
                continue
            }
            #expect(
                fields.contains(name), "\(type(of: model)).\(name) is not a template key")
            for nested in nestedModels(in: child.value) { try expectAllStoredValuesAreKeys(nested) }
        }
    }

    private func fieldNames(of model: some TemplateModel) -> Set<String> {
        Set(type(of: model).templateFields.map(\.name))
    }

    private func nestedModels(in value: Any) -> [any TemplateModel] {
        if let model = value as? any TemplateModel { return [model] }
        if let list = value as? [Any] { return list.flatMap(nestedModels) }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value {
            return nestedModels(in: wrapped)
        }
        return []
    }
}

/// Every name the built-in theme uses is a key of the models it is rendered with.
@Suite struct BuiltinThemeNamesTests {
    @Test func everyNameInTheBuiltinThemeIsAModelKey() throws {
        var keys: Set<String> = []
        for (_, model) in TemplateVocabulary.pages + TemplateVocabulary.partials {
            keys.formUnion(allKeys(model))
        }
        keys.formUnion(allKeys(Layout.self))
        let tag = try Regex(#"\{\{\{?\s*([#^/&]?)\s*([A-Za-z0-9_.-/]+)\s*\}?\}\}"#)
        // Blocks (`{{$main}}`) and parents (`{{< layout}}`) are closed by name too; they are not keys.
        let opener = try Regex(#"\{\{\s*[$<]\s*([A-Za-z0-9_/-]+)\s*\}\}"#)
        let templates = BuiltinTheme.files.filter { $0.key.hasSuffix(".mustache") }
        let notKeys = Set(
            templates.values.flatMap {
                $0.matches(of: opener).compactMap { $0.output[1].substring.map(String.init) }
            })
        #expect(notKeys == ["layout", "head", "main"])
        for (path, source) in templates {
            for match in source.matches(of: tag) {
                guard let name = match.output[2].substring.map(String.init), name != ".",
                    !notKeys.contains(name)
                else { continue }
                for segment in name.split(separator: ".") {
                    #expect(keys.contains(String(segment)), "\(path) names \(name), which no model has")
                }
            }
        }
        #expect(keys.contains("releaseLine") && !keys.contains("release_line"))
    }

    private func allKeys<Model: TemplateModel>(_ model: Model.Type) -> Set<String> {
        Model.templateFields.reduce(into: Set<String>()) { keys, field in
            if field.kind != .inlined { keys.insert(field.name) }
            if let nested = field.nested { keys.formUnion(allKeys(nested)) }
        }
    }
}
