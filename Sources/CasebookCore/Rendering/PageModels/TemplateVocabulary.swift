/// The variables of every template, listed from the page models themselves: docs/themes.md
/// carries this list, and a test fails when the two differ.
enum TemplateVocabulary {
    /// Each page template with the model it is rendered with.
    static let pages: [(template: String, model: any TemplateModel.Type)] = [
        ("index", IndexPage.self), ("case", CasePage.self), ("releases", ReleasesPage.self),
        ("release", ReleasePage.self), ("tags", TagsPage.self), ("tag", TagPage.self),
        ("page", StandalonePage.self), ("404", NotFoundPage.self),
        ("release.txt", TextReleasePage.self),
    ]

    /// Each partial of the built-in theme with the item it is included for; a partial also sees
    /// the keys of the pages around it (`partials/case-item` reads the tag page's `showStatus`).
    static let partials: [(template: String, model: any TemplateModel.Type)] = [
        ("partials/case-item", CaseItem.self), ("partials/release-item", ReleaseItem.self),
        ("partials/tags", TagListHolder.self),
    ]

    /// Every key any model can have, at any depth: a template name outside it is an error.
    static let allKeys: Set<String> = {
        var keys: Set<String> = []
        var seen: Set<ObjectIdentifier> = []
        for (_, model) in pages + partials { model.reachableKeys(into: &keys, seen: &seen) }
        Layout.reachableKeys(into: &keys, seen: &seen)
        return keys
    }()

    /// The reference in Markdown: the layout's keys, then each page template's own keys.
    static func markdown() -> String {
        var text = "### Every HTML page (`layout.mustache` and each page template but `release.txt`)\n\n"
        text += lines(Layout.self, depth: 0).joined(separator: "\n") + "\n"
        for (template, model) in pages {
            text += "\n### `\(template).mustache`\n\n"
            let own = lines(model, depth: 0)
            text += own.isEmpty ? "The layout's keys only.\n" : own.joined(separator: "\n") + "\n"
        }
        for (template, model) in partials {
            text += "\n### `\(template).mustache`\n\n" + lines(model, depth: 0).joined(separator: "\n") + "\n"
        }
        return text
    }

    /// One bullet per field of `model`, nested models indented below their key; inlined
    /// fields (the layout) are left out, as they are listed once for every page.
    static func lines<Model: TemplateModel>(_ model: Model.Type, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        return Model.templateFields.flatMap { field -> [String] in
            guard field.kind != .inlined else { return [] }
            var kind = field.kind.rawValue
            if field.kind == .list { kind = field.nested == nil ? "list of texts, each `{{.}}`" : "list" }
            if field.optional { kind += ", absent when empty" }
            let line = "\(indent)- `\(field.name)` (\(kind))"
            // The labels are the string files' keys, which docs/themes.md lists in their own table.
            if field.nested == Labels.self {
                return [line + ": one text per key of the string files, `detained_since` as `detainedSince`"]
            }
            guard let nested = field.nested else { return [line] }
            return [line] + lines(nested, depth: depth + 1)
        }
    }
}

/// What `partials/tags` reads: the `tags` of a case or a release.
struct TagListHolder: TemplateModel {
    let tags: ItemList<TagLink>?
    static let templateFields: [TemplateField<TagListHolder>] = [.object("tags", \.tags)]
}
