import Foundation

/// Slugs: `[a-z0-9]+(-[a-z0-9]+)*`, the names of files, contacts and tags.
package enum Slug {
    /// True when `text` is a slug.
    package static func isValid(_ text: String) -> Bool {
        // On UTF-8 bytes: every byte of a slug is ASCII, and no byte of another character is.
        var partIsEmpty = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard !partIsEmpty else { return false }
                partIsEmpty = true
            } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            {
                partIsEmpty = false
            } else {
                return false
            }
        }
        return !partIsEmpty
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
