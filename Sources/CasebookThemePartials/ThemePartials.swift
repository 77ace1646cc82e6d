/// The partials of the built-in theme (its `partials/` folder), embedded as bytes.
///
/// They live in a target of their own because SwiftPM names an embedded file after its file name
/// alone, and `partials/tags.mustache` would clash with the page template `tags.mustache`.
package enum ThemePartials {
    /// Every partial, keyed by its path relative to the theme folder (`partials/…`).
    package static let files: [String: [UInt8]] = [
        "partials/case-item.mustache": PackageResources.case_item_mustache,
        "partials/release-item.mustache": PackageResources.release_item_mustache,
        "partials/tags.mustache": PackageResources.tags_mustache,
    ]
}
