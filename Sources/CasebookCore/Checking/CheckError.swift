/// What a reference points at, for messages.
package enum ReferenceKind: String, Hashable, Sendable {
    /// A case file.
    case caseFile = "case"
    /// A press release.
    case release
}

/// A problem across files, found in loaded content: one case per kind, each with where it is.
package enum CheckError: DiagnosticConvertible, Hashable, Sendable {
    /// A case slug (in `related`, a release's `cases` or `read_also`) that no case file has.
    case unknownCase(String, suggestion: String?, at: SourceLocation)
    /// A `releases/<slug>` in `read_also` that no release has.
    case unknownRelease(String, suggestion: String?, at: SourceLocation)
    /// A bare slug in `read_also` that is neither a case nor a release.
    case unknownCaseOrRelease(String, suggestion: String?, at: SourceLocation)
    /// A bare slug in `read_also` that is both a case and a release.
    case ambiguousReadAlso(String, at: SourceLocation)
    /// A contact id (a release's `contacts`, the site's `default_contacts`) not in site.yaml.
    case unknownContact(String, suggestion: String?, at: SourceLocation)
    /// A case that lists itself in `related` (a warning).
    case relatedToItself(String, at: SourceLocation)
    /// Something public that names a draft, which the public build will hide (a warning).
    case referenceToDraft(String, kind: ReferenceKind, at: SourceLocation)
    /// A release's `read_also` naming a release dated after it, which its readers could not have
    /// read on the day (a warning): the named release's date, then the naming release's.
    case laterReleaseInReadAlso(String, dated: PartialDate, releaseDate: PartialDate, at: SourceLocation)
    /// `[^label]` with no `[^label]:` definition; it would print literally.
    case undefinedFootnote(String, at: SourceLocation)
    /// `[^label]:` that nothing refers to; the note would be lost.
    case unreferencedFootnote(String, at: SourceLocation)
    /// A second `[^label]:` definition; only the first would count.
    case duplicateFootnote(String, at: SourceLocation)
    /// A link in a body to `/cases/<slug>/` or `/releases/<slug>/` that does not exist.
    case unknownPageLink(String, kind: ReferenceKind, suggestion: String?, at: SourceLocation)
    /// Raw HTML in a body, which pages never show (a warning).
    case rawHTML(String, at: SourceLocation)
    /// A `javascript:`, `data:` or similar link, which pages never show (a warning).
    case unsafeLink(String, at: SourceLocation)
    /// A photo `file` that leads out of Content/assets/ (`..`, an absolute path, a link).
    case photoOutsideAssets(String, at: SourceLocation)
    /// A photo `file` that is not under Content/assets/.
    case photoMissing(String, suggestion: String?, at: SourceLocation)
    /// A photo `file` that libvips cannot read as a JPEG, PNG, WebP, GIF, TIFF or HEIF image.
    case photoNotImage(String, reason: String, at: SourceLocation)
    /// A photo narrower than the largest size Casebook makes, which it never enlarges.
    case photoTooSmall(String, width: Int, needed: Int, at: SourceLocation)
    /// A document under assets/ that names its author or where it was made (a warning):
    /// documents are published as they are.
    case documentMetadata(String, found: [String], at: SourceLocation)
    /// A page whose slug is one of Casebook's own folders (`Page.reservedSlugs`).
    case reservedPageSlug(String, reserved: [String], at: SourceLocation)
    /// site.yaml's `preview_image` names a file that is not under Content/assets/.
    case missingPreviewImage(String, suggestion: String?, at: SourceLocation)
    /// site.yaml's `preview_image` names a file that is not a PNG, JPEG, WebP or GIF image.
    case notAPreviewImage(String, at: SourceLocation)

    /// A translation in a language that site.yaml's `languages` does not list.
    case unknownTranslationLanguage(String, suggestion: String?, at: SourceLocation)
    /// A translation whose original (`cases/<slug>.md`, `releases/<slug>.md`) does not exist.
    case translationWithoutOriginal(original: String, at: SourceLocation)
    /// A translation's `timeline` or `un_decisions` with another number of entries than the original's.
    case translationEntryCount(
        key: String, count: Int, originalCount: Int, original: String, at: SourceLocation)

    /// Where the problem is.
    var location: SourceLocation {
        switch self {
        case .unknownCase(_, _, let at), .unknownRelease(_, _, let at), .unknownCaseOrRelease(_, _, let at),
            .ambiguousReadAlso(_, let at), .unknownContact(_, _, let at), .relatedToItself(_, let at),
            .referenceToDraft(_, _, let at), .laterReleaseInReadAlso(_, _, _, let at),
            .undefinedFootnote(_, let at), .unreferencedFootnote(_, let at),
            .duplicateFootnote(_, let at), .unknownPageLink(_, _, _, let at), .rawHTML(_, let at),
            .unsafeLink(_, let at), .photoOutsideAssets(_, let at), .photoMissing(_, _, let at),
            .photoNotImage(_, _, let at), .photoTooSmall(_, _, _, let at), .documentMetadata(_, _, let at),
            .reservedPageSlug(_, _, let at), .missingPreviewImage(_, _, let at), .notAPreviewImage(_, let at),
            .unknownTranslationLanguage(_, _, let at),
            .translationWithoutOriginal(_, let at), .translationEntryCount(_, _, _, _, let at):
            return at
        }
    }

    /// Warnings do not stop a build; everything else does.
    var severity: Diagnostic.Severity {
        switch self {
        case .relatedToItself, .referenceToDraft, .laterReleaseInReadAlso, .rawHTML, .unsafeLink,
            .documentMetadata:
            return .warning
        default: return .error
        }
    }

    /// A sentence for the person who edits the file.
    var message: String {
        switch self {
        case .unknownCase(let slug, let suggestion, _):
            return "no case file '\(slug)' (cases/\(slug).md)" + LoadError.didYouMean(suggestion)
        case .unknownRelease(let slug, let suggestion, _):
            return "no release '\(slug)' (releases/\(slug).md)" + LoadError.didYouMean(suggestion)
        case .unknownCaseOrRelease(let slug, let suggestion, _):
            return "no case or release named '\(slug)'" + LoadError.didYouMean(suggestion)
        case .ambiguousReadAlso(let slug, _):
            return "'\(slug)' is both a case and a release; write 'cases/\(slug)' or 'releases/\(slug)'"
        case .unknownContact(let id, let suggestion, _):
            return "no contact with id '\(id)' in site.yaml" + LoadError.didYouMean(suggestion)
        case .relatedToItself(let slug, _):
            return "case '\(slug)' lists itself in 'related'"
        case .referenceToDraft(let slug, let kind, _):
            return "'\(slug)' is a draft \(kind.rawValue); the reference will be hidden in the public build"
        case .laterReleaseInReadAlso(let slug, let dated, let releaseDate, _):
            return
                "release '\(slug)' is dated \(dated.longForm), after this release (\(releaseDate.longForm)); "
                + "'Read also' should name only what was published by then"
        case .undefinedFootnote(let label, _):
            return "footnote [^\(label)] is never defined; add a line '[^\(label)]: …' at the end of the text"
        case .unreferencedFootnote(let label, _):
            return "footnote [^\(label)] is defined but never used in the text, so it would be lost"
        case .duplicateFootnote(let label, _):
            return "footnote [^\(label)] is defined twice; only the first definition would be used"
        case .unknownPageLink(let slug, let kind, let suggestion, _):
            let folder = kind == .caseFile ? "cases" : "releases"
            return "link to a \(kind.rawValue) page that does not exist: no \(folder)/\(slug).md"
                + LoadError.didYouMean(suggestion)
        case .rawHTML(let tag, _):
            return "raw HTML (\(tag)) is never shown on pages; write it in Markdown instead"
        case .unsafeLink(let url, _):
            return "link '\(url)' is unsafe and will be shown as plain text"
        case .photoOutsideAssets(let file, _):
            return
                "photo '\(file)' is outside assets/; name a file under Content/assets/, such as 'photos/name.jpg'"
        case .photoMissing(let file, let suggestion, _):
            return "no file assets/\(file) for this photo" + LoadError.didYouMean(suggestion)
        case .photoNotImage(let file, let reason, _):
            return "assets/\(file) cannot be read as a JPEG, PNG, WebP, GIF, TIFF or HEIF image (\(reason))"
        case .photoTooSmall(let file, let width, let needed, _):
            return "photo assets/\(file) is \(width) pixels wide; photos must be at least \(needed) pixels "
                + "wide, since they are never enlarged"
        case .documentMetadata(let file, let found, _):
            return "assets/\(file) is published as it is and names \(found.joined(separator: ", ")); "
                + "remove them before publishing (docs/photos-and-metadata.md)"
        case .reservedPageSlug(let slug, let reserved, _):
            return "a page may not be named '\(slug)': Casebook writes its own \(slug)/ folder; "
                + "rename the file (names taken: \(reserved.joined(separator: ", ")))"
        case .missingPreviewImage(let file, let suggestion, _):
            return "no file '\(file)' under assets/; preview_image names a file there"
                + LoadError.didYouMean(suggestion)
        case .notAPreviewImage(let file, _):
            return "'\(file)' is not an image link previews can show; use a .png, .jpg, .webp or .gif file"
        case .unknownTranslationLanguage(let language, let suggestion, _):
            return "'\(language)' is not one of the site's languages; add it under 'languages' in site.yaml"
                + LoadError.didYouMean(suggestion)
        case .translationWithoutOriginal(let original, _):
            return
                "a translation of \(original), which does not exist; a translation sits beside its original"
        case .translationEntryCount(let key, let count, let originalCount, let original, _):
            return
                "'\(key)' has \(count) \(count == 1 ? "entry" : "entries") but \(original) has \(originalCount);"
                + " a translation gives one for each, in the same order"
        }
    }

    /// The diagnostic the user sees.
    var diagnostic: Diagnostic { Diagnostic(severity, at: location, message) }
}
