/// A theme's files: Mustache templates (`*.mustache`), string files (`i18n/<lang>.yaml`) and
/// assets (`assets/…`), by relative path.
package struct Theme: Sendable, Hashable {
    /// One file of a theme.
    struct File: Sendable, Hashable {
        /// The file's bytes.
        var contents: [UInt8]
        /// Where it came from, for messages ("Templates/case.mustache", or "(built-in)/case.mustache").
        var sourcePath: String

        /// Creates a theme file.
        init(contents: [UInt8], sourcePath: String) {
            self.contents = contents
            self.sourcePath = sourcePath
        }
    }

    /// The files, keyed by path relative to the theme folder, with `/` separators.
    var files: [String: File]

    /// Creates a theme from files.
    init(files: [String: File]) {
        self.files = files
    }

    /// The page templates every theme must have, by file path.
    static let pageTemplates = [
        "index.mustache", "case.mustache", "releases.mustache", "release.mustache", "tag.mustache",
        "404.mustache", "release.txt.mustache",
    ]

    /// The default theme compiled into the binary (the files of Templates/ in the repository).
    package static let builtin = Theme(
        files: BuiltinTheme.files.reduce(into: [:]) { files, entry in
            files[entry.key] = File(contents: Array(entry.value.utf8), sourcePath: "(built-in)/" + entry.key)
        })

    /// This theme with `overrides` replacing or adding files one by one (a user's Templates/).
    func overlaid(with overrides: Theme) -> Theme {
        Theme(files: files.merging(overrides.files) { _, override in override })
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
