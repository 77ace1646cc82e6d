/// What a YAML value turned out to be, for messages about wrong types.
package enum ValueKind: String, Hashable, Sendable {
    /// A single value: text, a number, a date.
    case text
    /// A list (lines starting with `- `).
    case list
    /// A set of `key: value` lines.
    case mapping
    /// Nothing (an empty value, `~` or `null`).
    case nothing
}

/// What a slug names, for messages about invalid slugs.
package enum SlugKind: String, Hashable, Sendable {
    /// A case file's slug.
    case caseFile = "case"
    /// A contact id.
    case contact
    /// A theme.
    case tag
    /// A `read_also` entry.
    case readAlso = "case or release"
}

/// Why an embargo is not a date and time.
package enum DateTimeProblem: Hashable, Sendable {
    /// Not in one of the accepted forms.
    case badFormat
    /// The date part is wrong.
    case date(DateProblem)
    /// The time of day is not HH:MM or HH:MM:SS with possible values.
    case badTime(String)
    /// The UTC offset is not `Z` or `±HH:MM`.
    case badOffset(String)
}

/// A problem found while reading Content/: one case per kind, each with where it is.
package enum LoadError: DiagnosticConvertible, Hashable, Sendable {
    /// The content folder does not exist.
    case contentFolderMissing(at: SourceLocation)
    /// site.yaml does not exist.
    case siteFileMissing(at: SourceLocation)
    /// A file could not be read.
    case unreadableFile(reason: String, at: SourceLocation)
    /// A byte is not UTF-8 (at the first such byte).
    case notUTF8(at: SourceLocation)
    /// The file has nothing in it.
    case emptyFile(at: SourceLocation)
    /// The first line is not `---`.
    case missingFrontmatter(at: SourceLocation)
    /// No line `---` closes the frontmatter.
    case unterminatedFrontmatter(at: SourceLocation)
    /// libyaml could not read the YAML.
    case yamlSyntax(problem: String, context: String?, at: SourceLocation)
    /// A tab in the indentation of a YAML line.
    case tabIndentation(at: SourceLocation)
    /// A key written a second time in the same mapping.
    case duplicateKey(String, firstLine: Int, at: SourceLocation)
    /// A key the format does not have.
    case unknownKey(String, suggestion: String?, at: SourceLocation)
    /// A required key is not there.
    case missingKey(String, at: SourceLocation)
    /// A required value is empty.
    case emptyValue(key: String, at: SourceLocation)
    /// A value of the wrong kind, such as text where a list is expected.
    case wrongType(key: String, expected: ValueKind, found: ValueKind, at: SourceLocation)
    /// A yes/no value that is not `true` or `false`.
    case notBool(key: String, text: String, at: SourceLocation)
    /// A whole number was expected.
    case notInteger(key: String, text: String, at: SourceLocation)
    /// A number outside its range.
    case outOfRange(key: String, value: Int, range: ClosedRange<Int>, at: SourceLocation)
    /// A status the format does not have.
    case unknownStatus(String, suggestion: String?, at: SourceLocation)
    /// Not a date.
    case invalidDate(String, problem: DateProblem, at: SourceLocation)
    /// A year or month where a full date is required.
    case fullDateRequired(key: String, text: String, at: SourceLocation)
    /// An embargo that is not a date and time.
    case invalidDateTime(String, problem: DateTimeProblem, at: SourceLocation)
    /// A time zone that is not an IANA name.
    case unknownTimeZone(String, suggestion: String?, at: SourceLocation)
    /// A local time skipped by a daylight-saving change.
    case nonexistentLocalTime(String, zone: String, at: SourceLocation)
    /// A local time that happens twice when the clocks go back; `offsets` are the UTC offsets of
    /// its two instants, earlier first (`+02:00`, `+01:00`).
    case ambiguousLocalTime(String, zone: String, offsets: [String], at: SourceLocation)
    /// A control character (other than tab and line breaks) in the file.
    case controlCharacter(UInt32, at: SourceLocation)
    /// A control character in a value, written with a YAML escape such as `\a` or `\e`.
    case controlCharacterInValue(key: String, scalar: UInt32, at: SourceLocation)
    /// A file name, tag or contact id longer than the names Casebook can write.
    case nameTooLong(String, limit: Int, at: SourceLocation)
    /// Not an absolute http or https URL.
    case invalidURL(key: String, text: String, at: SourceLocation)
    /// `base_url` does not end with `/`.
    case baseURLWithoutSlash(String, at: SourceLocation)
    /// A text longer than its limit (in characters).
    case textTooLong(key: String, length: Int, limit: Int, at: SourceLocation)
    /// Not a slug.
    case invalidSlug(String, kind: SlugKind, suggestion: String?, at: SourceLocation)
    /// A file name that is not a slug followed by `.md`.
    case invalidFileName(String, suggestion: String?, at: SourceLocation)
    /// A contact id used twice in site.yaml.
    case duplicateContactID(String, firstLine: Int, at: SourceLocation)
    /// Not a BCP 47 language tag.
    case invalidLanguageTag(String, at: SourceLocation)
    /// A language tag in `languages` with upper-case letters; output folders are lower case.
    case languageTagNotLowerCase(String, at: SourceLocation)
    /// The default language (`language`) listed again under `languages`.
    case defaultLanguageListed(String, at: SourceLocation)
    /// A language tag that is one of Casebook's own output folders (`cases`, `assets`, …).
    case reservedLanguageTag(String, at: SourceLocation)
    /// A contact id under a language's `contacts` that site.yaml's `contacts` does not have.
    case unknownLanguageContact(String, suggestion: String?, at: SourceLocation)
    /// A translation that sets a fact, which only the original may set: the key and the
    /// original's path relative to the content folder.
    case factInTranslation(key: String, original: String, at: SourceLocation)
    /// A text setting that must contain a placeholder (`{time}`) and does not.
    case missingPlaceholder(key: String, placeholder: String, at: SourceLocation)
    /// A file or folder at the top of Content/ that Casebook does not read (a warning).
    case unreadFile(String, suggestion: String?, at: SourceLocation)
    /// A file in cases/ or releases/ that is not Markdown (a warning).
    case ignoredFile(String, at: SourceLocation)
    /// A file in Content/pages/ named like a translation (`about.ru.md`): pages are published in
    /// the default language only.
    case pageTranslation(String, at: SourceLocation)

    /// Where the problem is.
    var location: SourceLocation {
        switch self {
        case .contentFolderMissing(let at), .siteFileMissing(let at), .unreadableFile(_, let at),
            .notUTF8(let at), .emptyFile(let at), .missingFrontmatter(let at),
            .unterminatedFrontmatter(let at),
            .yamlSyntax(_, _, let at), .tabIndentation(let at), .duplicateKey(_, _, let at),
            .unknownKey(_, _, let at), .missingKey(_, let at), .emptyValue(_, let at),
            .wrongType(_, _, _, let at), .notBool(_, _, let at), .notInteger(_, _, let at),
            .outOfRange(_, _, _, let at), .unknownStatus(_, _, let at), .invalidDate(_, _, let at),
            .fullDateRequired(_, _, let at), .invalidDateTime(_, _, let at), .unknownTimeZone(_, _, let at),
            .nonexistentLocalTime(_, _, let at), .ambiguousLocalTime(_, _, _, let at),
            .controlCharacter(_, let at), .controlCharacterInValue(_, _, let at), .nameTooLong(_, _, let at),
            .invalidURL(_, _, let at), .baseURLWithoutSlash(_, let at),
            .textTooLong(_, _, _, let at), .invalidSlug(_, _, _, let at), .invalidFileName(_, _, let at),
            .duplicateContactID(_, _, let at), .invalidLanguageTag(_, let at), .ignoredFile(_, let at),
            .pageTranslation(_, let at),
            .languageTagNotLowerCase(_, let at), .defaultLanguageListed(_, let at),
            .reservedLanguageTag(_, let at), .unknownLanguageContact(_, _, let at),
            .factInTranslation(_, _, let at),
            .missingPlaceholder(_, _, let at), .unreadFile(_, _, let at):
            return at
        }
    }

    /// Warnings do not stop a build; everything else does.
    var severity: Diagnostic.Severity {
        switch self {
        case .ignoredFile, .unreadFile: return .warning
        default: return .error
        }
    }

    /// The diagnostic the user sees.
    package var diagnostic: Diagnostic { Diagnostic(severity, at: location, message) }
}
