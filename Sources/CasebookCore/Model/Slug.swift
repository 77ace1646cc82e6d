import Foundation

/// Slugs: `[a-z0-9]+(-[a-z0-9]+)*`, the names of files, contacts and tags.
package enum Slug {
    /// True when `text` is a slug.
    package static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// The longest slug, file name or tag: every file written for one (`releases/<slug>.txt`, its
    /// temporary `<slug>.txt.casebook-new`, translations and photo sizes) must stay well within
    /// the 255 bytes a file name may have.
    static let maximumLength = 100

    /// The slug someone most likely meant ("Foo Bar" → "foo-bar"), or nil when nothing is left.
    static func suggestion(for text: String) -> String? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? nil : slug
    }
}
