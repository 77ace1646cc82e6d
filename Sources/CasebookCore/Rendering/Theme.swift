import Mustache

/// A theme's files: Mustache templates (`*.mustache`) and assets (`assets/…`), by relative path.
public struct Theme: Sendable, Hashable {
    /// One file of a theme.
    public struct File: Sendable, Hashable {
        /// The file's bytes.
        public var contents: [UInt8]
        /// Where it came from, for messages ("Templates/case.mustache", or "(built-in)/case.mustache").
        public var sourcePath: String

        /// Creates a theme file.
        public init(contents: [UInt8], sourcePath: String) {
            self.contents = contents
            self.sourcePath = sourcePath
        }
    }

    /// The files, keyed by path relative to the theme folder, with `/` separators.
    public var files: [String: File]

    /// Creates a theme from files.
    public init(files: [String: File]) {
        self.files = files
    }

    /// The page templates every theme must have, by file path.
    public static let pageTemplates = [
        "index.mustache", "case.mustache", "releases.mustache", "release.mustache", "tag.mustache",
        "404.mustache", "release.txt.mustache",
    ]

    /// The default theme compiled into the binary (the files of Templates/ in the repository).
    public static let builtin = Theme(
        files: BuiltinTheme.files.reduce(into: [:]) { files, entry in
            files[entry.key] = File(contents: Array(entry.value.utf8), sourcePath: "(built-in)/" + entry.key)
        })

    /// This theme with `overrides` replacing or adding files one by one (a user's Templates/).
    public func overlaid(with overrides: Theme) -> Theme {
        Theme(files: files.merging(overrides.files) { _, override in override })
    }

    /// Parses every template, reporting all syntax errors at once as a `DiagnosticsError`.
    public func compile() throws -> CompiledTheme {
        var templates: [String: MustacheTemplate] = [:]
        var errors: [TemplateError] = []
        for (path, file) in files.sorted(by: { $0.key < $1.key }) where Self.isTemplate(path) {
            let text = String(decoding: file.contents, as: UTF8.self)
            guard Array(text.utf8) == file.contents else {
                errors.append(.notText(path: file.sourcePath))
                continue
            }
            do {
                _ = FastHTMLContentType.registered
                templates[Self.templateName(path)] = try MustacheTemplate(
                    string: FastHTMLContentType.pragma + text)
            } catch let error as MustacheTemplate.ParserError {
                errors.append(
                    .syntax(
                        path: file.sourcePath, parserError: error, prefixLines: 1))
            } catch {
                errors.append(.syntax(path: file.sourcePath, line: 1, column: 1, message: "\(error)"))
            }
        }
        for path in Self.pageTemplates where files[path] == nil {
            errors.append(.missingTemplate(path: path))
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors.map(\.diagnostic)) }
        let assets = files.keys.filter { $0.hasPrefix("assets/") }.sorted().compactMap { path in
            files[path].map { OutputFile(path: path, contents: $0.contents) }
        }
        let sources = files.filter { Self.isTemplate($0.key) }.reduce(into: [String: String]()) {
            sources, entry in
            sources[Self.templateName(entry.key)] = String(decoding: entry.value.contents, as: UTF8.self)
        }
        return CompiledTheme(
            library: MustacheLibrary(templates: templates),
            textLibrary: try TextTemplates.library(from: sources),
            assets: assets)
    }

    /// True for a template file: `*.mustache` outside `assets/`.
    static func isTemplate(_ path: String) -> Bool {
        path.hasSuffix(".mustache") && !path.hasPrefix("assets/")
    }

    /// The name a template is rendered and included by: its path without `.mustache`.
    static func templateName(_ path: String) -> String {
        String(path.dropLast(".mustache".count))
    }
}

/// A theme whose templates are parsed, ready to render pages.
public struct CompiledTheme: Sendable {
    /// The templates by name ("case", "partials/case-item").
    let library: MustacheLibrary
    /// The same templates parsed as plain text, for `release.txt` and its partials.
    let textLibrary: MustacheLibrary
    /// The files under `assets/`, copied as they are.
    public let assets: [OutputFile]

    /// Renders the page template `name` with a page model; empty when the theme has no such template.
    func render(_ model: some TemplateModel, template name: String) -> String {
        library.render(model.mustacheValue, withTemplate: name) ?? ""
    }
}
