import Foundation

/// Decodes Content/releases/<slug>.md into a `Release`.
package enum ReleaseDecoder {
    static let schema = Schema(
        keys: [
            "title", "date", "place", "subtitle", "cases", "contacts", "read_also", "embargo", "draft",
            "tags",
            "summary",
        ],
        required: ["title", "date"])
    static let linkSchema = Schema(keys: ["title", "url"], required: ["title", "url"])

    /// The release in `text` with every problem found; what could not be read is left empty.
    ///
    /// A bare slug in `read_also` is kept as `.caseFile` and its index noted in `bareReadAlsoIndices`;
    /// the loader resolves it once every case and release is known.
    package static func decode(_ text: String, path: String, slug: String, siteZone: TimeZone) -> (
        Release, [LoadError]
    ) {
        decode(ContentText(text), path: path, slug: slug, siteZone: siteZone)
    }

    /// The same, from checked text.
    static func decode(_ text: ContentText, path: String, slug: String, siteZone: TimeZone) -> (
        Release, [LoadError]
    ) {
        let parsed: FrontmatterReading.Parsed
        switch FrontmatterReading.parse(text, path: path) {
        case .failure(let failure): return (stub(slug: slug, path: path), failure.errors)
        case .success(let value): parsed = value
        }
        var reader = parsed.reader
        let fields = reader.documentFields(of: parsed.root, schema: schema)
        var release = Release(
            slug: slug,
            title: reader.requiredText("title", in: fields) ?? "",
            date: reader.partialDate("date", full: true, in: fields) ?? PartialDate(year: 0),
            body: parsed.split.body,
            source: SourceFile(path: path, bodyStartLine: parsed.split.bodyStartLine))
        release.place = reader.text("place", in: fields)
        release.subtitle = reader.text("subtitle", in: fields)
        release.cases = reader.slugList("cases", kind: .caseFile, in: fields)
        if let node = fields.values["contacts"], SchemaReader.kind(of: node) != .nothing {
            release.contactIDs = reader.slugList("contacts", kind: .contact, in: fields)
        }
        (release.readAlso, release.bareReadAlsoIndices) = readAlso(in: fields, reader: &reader)
        release.embargo = embargo(in: fields, siteZone: siteZone, reader: &reader)
        release.draft = reader.bool("draft", in: fields) ?? false
        release.tags = reader.slugList("tags", kind: .tag, in: fields)
        release.summary = reader.limitedText("summary", limit: 300, in: fields)
        release.locations = KeyLocations(reader.locations)
        return (release, reader.errors)
    }

    /// A release for a file that could not be read at all, so that references to it still resolve.
    static func stub(slug: String, path: String) -> Release {
        Release(
            slug: slug, title: "", date: PartialDate(year: 0), body: "",
            source: SourceFile(path: path, bodyStartLine: 1))
    }

    private static func readAlso(in fields: Fields, reader: inout SchemaReader)
        -> ([Release.ReadAlso], Set<Int>)
    {
        var entries: [Release.ReadAlso] = []
        var bare: Set<Int> = []
        for (node, path) in reader.entries("read_also", in: fields) {
            let entryPath = "read_also[\(entries.count)]"
            let location = reader.location(of: node)
            if case .mapping = node.content {
                let link = reader.fields(of: node, keyPath: entryPath, schema: linkSchema)
                let title = reader.requiredText("title", in: link)
                let url = reader.url("url", in: link)
                guard let title, let url else { continue }
                entries.append(.link(title: title, url: url))
            } else {
                guard let text = reader.text(of: node, path: path) else {
                    if SchemaReader.kind(of: node) == .nothing {
                        reader.report(.emptyValue(key: path, at: location))
                    }
                    continue
                }
                guard let entry = reference(text, location: location, reader: &reader) else { continue }
                if entry.isBare { bare.insert(entries.count) }
                entries.append(entry.value)
            }
            reader.locations[entryPath] = location
        }
        return (entries, bare)
    }

    // `cases/x`, `releases/x` or a bare `x`, resolved later.
    private static func reference(_ text: String, location: SourceLocation, reader: inout SchemaReader)
        -> (value: Release.ReadAlso, isBare: Bool)?
    {
        for (prefix, make) in [
            ("cases/", Release.ReadAlso.caseFile), ("releases/", Release.ReadAlso.release),
        ]
        where text.hasPrefix(prefix) {
            let slug = String(text.dropFirst(prefix.count))
            guard reader.slug(slug, kind: .readAlso, at: location) != nil else { return nil }
            return (make(slug), false)
        }
        guard reader.slug(text, kind: .readAlso, at: location) != nil else { return nil }
        return (.caseFile(text), true)
    }

    private static func embargo(in fields: Fields, siteZone: TimeZone, reader: inout SchemaReader) -> Embargo?
    {
        guard let node = fields.values["embargo"], let text = reader.text(of: node, path: "embargo") else {
            return nil
        }
        let location = reader.location(of: node)
        switch TimeReading.embargo(text, siteZone: siteZone) {
        case .success(let embargo):
            return embargo
        case .failure(.dateTime(let problem)):
            reader.report(.invalidDateTime(text, problem: problem, at: location))
        case .failure(.unknownZone(let zone)):
            reader.report(
                .unknownTimeZone(zone, suggestion: TimeReading.zoneSuggestion(for: zone), at: location))
        case .failure(.nonexistentLocalTime(let time, let zone)):
            reader.report(.nonexistentLocalTime(time, zone: zone, at: location))
        case .failure(.ambiguousLocalTime(let time, let zone, let offsets)):
            reader.report(.ambiguousLocalTime(time, zone: zone, offsets: offsets, at: location))
        }
        return nil
    }
}
