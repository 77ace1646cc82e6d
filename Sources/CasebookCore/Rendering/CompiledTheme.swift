/// Compiling a theme: every template parsed once into a renderer over the page models.
extension Theme {
    /// Parses every template, reporting all errors at once as a `DiagnosticsError`: syntax, a
    /// construct the compiler does not support, or a name no page model has.
    package func compile() throws -> CompiledTheme {
        var sources: [(name: String, path: String, bytes: [UInt8])] = []
        var errors: [TemplateError] = []
        for (path, file) in files.sorted(by: { $0.key < $1.key }) where Self.isTemplate(path) {
            guard String(validating: file.contents, as: UTF8.self) != nil else {
                errors.append(.notText(path: file.sourcePath))
                continue
            }
            sources.append((name: Self.templateName(path), path: file.sourcePath, bytes: file.contents))
        }
        let vocabulary = TemplateVocabulary.allKeys
        let (html, htmlErrors) = CompiledTemplates.compile(sources, escapes: true, vocabulary: vocabulary)
        // The text frame was read behind a pragma on its first line; `continuesLine` keeps its
        // first line's spacing exactly as before. Only the frame and the partials it includes
        // are rendered as text, so only they are parsed a second time.
        let textNames = html.included(from: TextReleaseRenderer.templateName)
        let (text, _) = CompiledTemplates.compile(
            sources.filter { textNames.contains($0.name) }, escapes: false, continuesLine: true,
            vocabulary: vocabulary)
        errors += htmlErrors
        for path in Self.pageTemplates where files[path] == nil {
            errors.append(.missingTemplate(path: path))
        }
        // A site's string file overrides the built-in one key by key, not as a whole file.
        let (strings, stringProblems) = StringCatalog.read(
            builtin: .builtin,
            site: Theme(files: files.filter { !$0.value.sourcePath.hasPrefix("(built-in)/") }))
        guard errors.isEmpty, stringProblems.isEmpty else {
            throw DiagnosticsError(errors.map(\.diagnostic) + stringProblems)
        }
        let assets = files.keys.filter { $0.hasPrefix("assets/") }.sorted().compactMap { path in
            files[path].map { OutputFile(path: path, contents: $0.contents) }
        }
        return CompiledTheme(html: html, textTemplates: text, strings: strings, assets: assets)
    }
}

/// A theme whose templates are parsed, ready to render pages.
package struct CompiledTheme: Sendable {
    /// The templates by name ("case", "partials/case-item"), escaping for HTML.
    let html: CompiledTemplates
    /// The same templates for plain text, for `release.txt` and its partials.
    let textTemplates: CompiledTemplates
    /// The words of every language the theme has a string file for.
    let strings: StringCatalog
    /// The files under `assets/`, copied as they are.
    let assets: [OutputFile]

    /// Renders the page template `name` with a page model; empty when the theme has no such template.
    func render(_ model: some TemplateModel, template name: String) -> [UInt8] {
        html.render(model, template: name)
    }
}
