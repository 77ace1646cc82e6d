extension LoadError {
    /// A sentence for the person who edits the file.
    var message: String {
        switch self {
        case .contentFolderMissing:
            return "content folder not found; run casebook in the folder that holds it or pass --content"
        case .siteFileMissing:
            return "site.yaml not found; every site needs one (title, organisation, base_url)"
        case .unreadableFile(let reason, _):
            return "cannot read the file: \(reason)"
        case .notUTF8:
            return "the file is not UTF-8 text from here on; save it as UTF-8 in your editor"
        case .emptyFile:
            return "the file is empty; it needs frontmatter between two lines '---'"
        case .missingFrontmatter:
            return "the first line must be '---', the start of the frontmatter"
        case .unterminatedFrontmatter:
            return "frontmatter starting here is never closed with ---"
        case .yamlSyntax(let problem, let context, _):
            return Self.explain(yamlProblem: problem, context: context)
        case .tabIndentation:
            return "tab used for indentation; YAML needs spaces"
        case .duplicateKey(let key, let firstLine, _):
            return "'\(key)' is given twice (first on line \(firstLine)); keep one"
        case .unknownKey(let key, let suggestion, _):
            return "unknown key '\(key)'" + Self.didYouMean(suggestion)
        case .missingKey(let key, _):
            return "missing required key '\(key)'"
        case .emptyValue(let key, _):
            return "'\(key)' must not be empty"
        case .wrongType(let key, let expected, let found, _):
            return "'\(key)' must be \(Self.describe(expected)), not \(Self.describe(found))"
        case .notBool(let key, let text, _):
            return "'\(key)' must be true or false, not '\(text)'"
        case .notInteger(let key, let text, _):
            return "'\(key)' must be a whole number, not '\(text)'"
        case .outOfRange(let key, let value, let range, _):
            return "'\(key)' is \(value); it must be between \(range.lowerBound) and \(range.upperBound)"
        case .unknownStatus(let text, let suggestion, _):
            let valid = CaseStatus.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown status '\(text)'" + Self.didYouMean(suggestion) + " (valid: \(valid))"
        case .invalidDate(let text, let problem, _):
            return "\(text) is not a date: " + Self.explain(problem)
        case .fullDateRequired(let key, let text, _):
            return "'\(key)' must be a full date (YYYY-MM-DD), not \(text)"
        case .invalidDateTime(let text, let problem, _):
            return "\(text) is not an embargo time: " + Self.explain(problem)
        case .unknownTimeZone(let text, let suggestion, _):
            return "unknown time zone '\(text)'" + Self.didYouMean(suggestion)
                + " (use an IANA name such as Europe/Warsaw, or UTC)"
        case .nonexistentLocalTime(let text, let zone, _):
            return "\(text) does not exist in \(zone): the clocks skip it for daylight saving time"
        case .ambiguousLocalTime(let text, let zone, let offsets, _):
            let choices = offsets.map { "\(Self.isoForm(of: text))\($0)" }
            return "\(text) happens twice in \(zone), when the clocks go back; write the offset: "
                + choices.enumerated().map { $0 == 0 ? "\($1) for the first" : "\($1) for the second" }
                .joined(separator: " or ")
        case .controlCharacter(let scalar, _):
            return "invisible control character \(Self.codePoint(scalar)) here; delete it"
                + " (it often comes with text pasted from another program)"
        case .controlCharacterInValue(let key, let scalar, _):
            return "'\(key)' holds control character \(Self.codePoint(scalar)), written with a '\\' escape;"
                + " remove the escape"
        case .nameTooLong(let name, let limit, _):
            return "'\(name)' is \(name.count) characters long; file names, tags and contact ids may have"
                + " at most \(limit), so that every file written for them fits the file system's limit"
        case .invalidURL(let key, let text, _):
            return "'\(key)' must be an absolute http or https URL, not '\(text)'"
        case .baseURLWithoutSlash(let text, _):
            return "'base_url' must end with '/'; write '\(text)/'"
        case .textTooLong(let key, let length, let limit, _):
            return "'\(key)' is \(length) characters long; keep it to \(limit)"
        case .invalidSlug(let text, let kind, let suggestion, _):
            return
                "'\(text)' is not a valid \(kind.rawValue) name (lower-case letters, digits and single hyphens)"
                + Self.didYouMean(suggestion)
        case .invalidFileName(let name, let suggestion, _):
            let advice = suggestion.map { "; rename it to '\($0).md'" } ?? ""
            return "file name '\(name)' is not a valid slug" + advice
        case .duplicateContactID(let id, let firstLine, _):
            return "contact id '\(id)' is already used on line \(firstLine)"
        case .invalidLanguageTag(let text, _):
            return "'\(text)' is not a language tag such as en, pl or pt-BR"
        case .languageTagNotLowerCase(let text, _):
            return "language tag '\(text)' must be written in lower case: '\(text.lowercased())'"
        case .defaultLanguageListed(let text, _):
            return "'\(text)' is the site's default language ('language'); 'languages' lists only the others"
        case .reservedLanguageTag(let text, _):
            return "'\(text)' cannot be a language: Casebook writes its own folder '\(text)/'"
        case .unknownLanguageContact(let id, let suggestion, _):
            return "no contact with id '\(id)' in site.yaml's 'contacts'" + Self.didYouMean(suggestion)
        case .factInTranslation(let key, let original, _):
            return "a translation sets only words; '\(key)' is a fact and comes from \(original)"
        case .missingPlaceholder(let key, let placeholder, _):
            return "'\(key)' must contain \(placeholder), where the time goes"
        case .unreadFile(let name, let suggestion, _):
            return
                "'\(name)' is not read: Casebook reads only site.yaml, cases/, releases/, pages/ and assets/ here"
                + Self.didYouMean(suggestion)
        case .ignoredFile(let name, _):
            return "'\(name)' is ignored: only .md files are read here"
        case .pageTranslation(let name, _):
            return "'\(name)' is named like a translation, but pages are published in the default "
                + "language only; give it a name without a language tag"
        }
    }

    /// `U+0007`.
    static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `2026-10-25T02:30:00` for the local time `2026-10-25 02:30`.
    static func isoForm(of localTime: String) -> String {
        let parts = localTime.split(separator: " ")
        guard parts.count == 2 else { return localTime }
        let time = parts[1].count == 5 ? parts[1] + ":00" : parts[1]
        return "\(parts[0])T\(time)"
    }

    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    static func describe(_ kind: ValueKind) -> String {
        switch kind {
        case .text: return "a single value"
        case .list: return "a list (lines starting with '- ')"
        case .mapping: return "a set of 'key: value' lines"
        case .nothing: return "empty"
        }
    }

    static func explain(_ problem: DateProblem) -> String {
        switch problem {
        case .badFormat:
            return "write it as YYYY, YYYY-MM or YYYY-MM-DD"
        case .noSuchMonth(let month):
            return "month \(month) does not exist"
        case .noSuchDay(let day, let month, let year):
            let name = PartialDate.monthNames[month - 1]
            return "\(name) \(year) has no day \(day)"
        }
    }

    static func explain(_ problem: DateTimeProblem) -> String {
        switch problem {
        case .badFormat:
            return "write it as 2019-10-15T09:00:00+02:00, 2019-10-15 09:00 Europe/Warsaw or 2019-10-15 09:00"
        case .date(let problem):
            return explain(problem)
        case .badTime(let time):
            return "\(time) is not a time of day (HH:MM or HH:MM:SS)"
        case .badOffset(let offset):
            return "\(offset) is not a UTC offset such as +02:00 or Z"
        }
    }

    // libyaml's wording, turned into advice for people who do not know YAML.
    static func explain(yamlProblem problem: String, context: String?) -> String {
        switch context {
        case "while scanning a quoted scalar": return "the quote opened here is never closed"
        case "while parsing a flow sequence": return "the list opened here with '[' is never closed with ']'"
        case "while parsing a flow mapping": return "the '{' here is never closed with '}'"
        default: break
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return "unexpected ':' here; put a value that contains ': ' in quotes, or check the indentation"
        case "found character that cannot start any token":
            return "a value cannot start with this character; put the value in quotes"
        case "did not find expected key":
            return "this line is not indented like the keys above it"
        case "could not find expected ':'":
            return "expected 'key: value' here"
        case "found undefined alias", "found an alias":
            // Casebook reads no aliases, defined or not (see YAMLParser).
            return "'*' starts a YAML alias; put the value in quotes"
        case "lists and mappings are nested more than \(YAMLParser.maximumDepth) deep":
            return problem + "; frontmatter needs at most three levels"
        default:
            let detail = context.map { " (\($0))" } ?? ""
            return "YAML syntax error: \(problem)\(detail)"
        }
    }
}
