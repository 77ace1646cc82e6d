import CasebookThemePartials

/// The default theme, compiled into the binary so that `casebook build` works in a folder that
/// has only Content/. Its files live in Resources/Theme/ (and its partials in the
/// CasebookThemePartials target); SwiftPM embeds each one as bytes (`.embedInCode` in
/// Package.swift) under a name made from its file name alone, so this table gives each back its
/// path. A test fails when a file of those folders is missing here or differs.
enum BuiltinTheme {
    /// Every file of the built-in theme, keyed by its path relative to the theme folder.
    static let files: [String: String] = [
        // SwiftPM turns the leading digit of `404` into `_`.
        "404.mustache": PackageResources._04_mustache,
        "assets/copy.js": PackageResources.copy_js,
        "assets/detention.js": PackageResources.detention_js,
        "assets/search.js": PackageResources.search_js,
        "assets/style.css": PackageResources.style_css,
        "case.mustache": PackageResources.case_mustache,
        "i18n/en.yaml": PackageResources.en_yaml,
        "i18n/pl.yaml": PackageResources.pl_yaml,
        "i18n/ru.yaml": PackageResources.ru_yaml,
        "i18n/uk.yaml": PackageResources.uk_yaml,
        "index.mustache": PackageResources.index_mustache,
        "layout.mustache": PackageResources.layout_mustache,
        "page.mustache": PackageResources.page_mustache,
        "release.mustache": PackageResources.release_mustache,
        "release.txt.mustache": PackageResources.release_txt_mustache,
        "releases.mustache": PackageResources.releases_mustache,
        "tag.mustache": PackageResources.tag_mustache,
        "tags.mustache": PackageResources.tags_mustache,
    ].merging(ThemePartials.files) { page, _ in page }.mapValues { String(decoding: $0, as: UTF8.self) }
}
