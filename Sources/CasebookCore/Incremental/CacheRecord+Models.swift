import Foundation

// Case files and releases in the decoded-file cache. Fields are written in declaration order;
// a change to either model must change both sides here and `DecodedCache.formatVersion`.

extension RecordWriter {
    mutating func caseFile(_ item: CaseFile) {
        string(item.slug)
        string(item.name)
        optional(item.nativeName) { $0.string($1) }
        strings(item.aliases)
        string(item.country)
        string(item.status.rawValue)
        optional(item.detained) { $0.date($1) }
        optional(item.facility) { $0.string($1) }
        strings(item.charges)
        optional(item.sentence) { $0.string($1) }
        list(item.unDecisions) { writer, decision in
            writer.string(decision.body)
            writer.optional(decision.reference) { $0.string($1) }
            writer.optional(decision.date) { $0.date($1) }
            writer.optional(decision.url) { $0.string($1) }
        }
        strings(item.related)
        strings(item.tags)
        optional(item.summary) { $0.string($1) }
        list(item.timeline) { writer, entry in
            writer.date(entry.date)
            writer.string(entry.event)
            writer.optional(entry.source) { $0.string($1) }
            writer.location(entry.location, in: item.source.path)
        }
        optional(item.updated) { $0.date($1) }
        optional(item.photo) { writer, photo in
            writer.string(photo.file)
            writer.string(photo.alt)
            writer.optional(photo.credit) { $0.string($1) }
            writer.location(photo.location, in: item.source.path)
        }
        bool(item.draft)
        common(body: item.body, source: item.source, locations: item.locations)
    }

    mutating func release(_ item: Release) {
        string(item.slug)
        string(item.title)
        date(item.date)
        optional(item.place) { $0.string($1) }
        optional(item.subtitle) { $0.string($1) }
        strings(item.cases)
        optional(item.contactIDs) { $0.strings($1) }
        list(item.readAlso) { writer, entry in
            switch entry {
            case .caseFile(let slug):
                writer.int(0)
                writer.string(slug)
            case .release(let slug):
                writer.int(1)
                writer.string(slug)
            case .link(let title, let url):
                writer.int(2)
                writer.string(title)
                writer.string(url)
            }
        }
        strings(item.tags)
        optional(item.summary) { $0.string($1) }
        optional(item.embargo) { writer, embargo in
            writer.int(Int(Int64(bitPattern: embargo.instant.timeIntervalSince1970.bitPattern)))
            writer.optional(embargo.zoneIdentifier) { $0.string($1) }
        }
        bool(item.draft)
        common(body: item.body, source: item.source, locations: item.locations)
        list(item.bareReadAlsoIndices.sorted()) { $0.int($1) }
    }

    private mutating func common(body: String, source: SourceFile, locations: KeyLocations) {
        string(body)
        string(source.path)
        int(source.bodyStartLine)
        bool(source.bodyIsOnDisk)
        // The table is one blob, which a reader keeps unread (`KeyLocations(reading:)`). A key is
        // written as a string is (its length, then its UTF-8 bytes), from the bytes the table keeps.
        var table = RecordWriter()
        table.int(locations.count)
        locations.forEach { key, location in
            table.blob(key)
            table.location(location, in: source.path)
        }
        blob(table.bytes[...])
    }

    mutating func date(_ date: PartialDate) {
        int(date.year)
        optional(date.month) { $0.int($1) }
        optional(date.day) { $0.int($1) }
    }

    // Nearly every location is in the item's own file; its path is written only when not.
    private mutating func location(_ location: SourceLocation, in filePath: String) {
        optional(location.path == filePath ? nil : location.path) { $0.string($1) }
        int(location.line)
        int(location.column)
    }
}

extension RecordReader {
    mutating func caseFile() -> CaseFile? {
        guard let slug = string(), let name = string(), let nativeName = optional({ $0.string() }),
            let aliases = strings(), let country = string(), let status = string().flatMap(CaseStatus.init),
            let detained = optional({ $0.date() }), let facility = optional({ $0.string() }),
            let charges = strings(), let sentence = optional({ $0.string() }),
            let unDecisions = list({ $0.unDecision() }), let related = strings(), let tags = strings(),
            let summary = optional({ $0.string() })
        else { return nil }
        // Timeline locations need the file's path, which comes last: read them against a
        // placeholder and put the path in afterwards.
        guard let timeline = list({ $0.timelineEntry() }), let updated = optional({ $0.date() }),
            let photo = optional({ $0.photo() }), let draft = bool(), let (body, source, locations) = common()
        else { return nil }
        var item = CaseFile(
            slug: slug, name: name, country: country, status: status, body: body, source: source)
        item.nativeName = nativeName
        item.aliases = aliases
        item.detained = detained
        item.facility = facility
        item.charges = charges
        item.sentence = sentence
        item.unDecisions = unDecisions
        item.related = related
        item.tags = tags
        item.summary = summary
        item.timeline = timeline.map { entry in
            var entry = entry
            if entry.location.path.isEmpty { entry.location.path = source.path }
            return entry
        }
        item.updated = updated
        item.photo = photo.map { photo in
            var photo = photo
            if photo.location.path.isEmpty { photo.location.path = source.path }
            return photo
        }
        item.draft = draft
        item.locations = locations
        return item
    }

    mutating func release() -> Release? {
        guard let slug = string(), let title = string(), let date = date(),
            let place = optional({ $0.string() }),
            let subtitle = optional({ $0.string() }), let cases = strings(),
            let contactIDs = optional({ $0.strings() }), let readAlso = list({ $0.readAlso() }),
            let tags = strings(), let summary = optional({ $0.string() }),
            let embargo = optional({ $0.embargo() }), let draft = bool(),
            let (body, source, locations) = common(), let bare = list({ $0.int() })
        else { return nil }
        var item = Release(slug: slug, title: title, date: date, body: body, source: source)
        item.place = place
        item.subtitle = subtitle
        item.cases = cases
        item.contactIDs = contactIDs
        item.readAlso = readAlso
        item.tags = tags
        item.summary = summary
        item.embargo = embargo
        item.draft = draft
        item.locations = locations
        item.bareReadAlsoIndices = Set(bare)
        return item
    }

    private mutating func common() -> (String, SourceFile, KeyLocations)? {
        guard let body = string(), let path = string(), let bodyStartLine = int(), let onDisk = bool() else {
            return nil
        }
        var source = SourceFile(path: path, bodyStartLine: bodyStartLine)
        source.bodyIsOnDisk = onDisk
        guard let table = blob() else { return nil }
        return (body, source, KeyLocations { Self.locations(in: table, path: path) })
    }

    /// The key locations of a file at `path` that `table` holds; none when it cannot be read (the
    /// checksum of the cache file vouches for its bytes, so only a bug would make it so).
    private static func locations(in table: ArraySlice<UInt8>, path: String) -> KeyLocations {
        var reader = RecordReader(table)
        // The keys were written in the table's byte order (`KeyLocations.forEach`), and are added
        // so; a record in any other order is read into a table, which sorts them.
        guard let count = reader.int(), count >= 0 else { return KeyLocations() }
        var locations = KeyLocations()
        var unordered: [String: SourceLocation]?
        for _ in 0..<count {
            guard let key = reader.blob(), let location = reader.location(in: path) else {
                return KeyLocations()
            }
            if unordered == nil, locations.append(inOrder: key, location) { continue }
            var table = unordered ?? Dictionary(locations.all, uniquingKeysWith: { first, _ in first })
            let name = String(decoding: key, as: UTF8.self)
            if table[name] == nil { table[name] = location }
            unordered = table
        }
        return unordered.map(KeyLocations.init) ?? locations
    }

    mutating func date() -> PartialDate? {
        guard let year = int(), let month = optional({ $0.int() }), let day = optional({ $0.int() }) else {
            return nil
        }
        return PartialDate(year: year, month: month, day: day)
    }

    private mutating func location(in filePath: String) -> SourceLocation? {
        guard let path = optional({ $0.string() }), let line = int(), let column = int() else { return nil }
        return SourceLocation(path: path ?? filePath, line: line, column: column)
    }

    private mutating func unDecision() -> CaseFile.UNDecision? {
        guard let body = string(), let reference = optional({ $0.string() }),
            let date = optional({ $0.date() }),
            let url = optional({ $0.string() })
        else { return nil }
        return CaseFile.UNDecision(body: body, reference: reference, date: date, url: url)
    }

    private mutating func timelineEntry() -> CaseFile.TimelineEntry? {
        guard let date = date(), let event = string(), let source = optional({ $0.string() }),
            let location = location(in: "")
        else { return nil }
        return CaseFile.TimelineEntry(date: date, event: event, source: source, location: location)
    }

    private mutating func photo() -> Photo? {
        guard let file = string(), let alt = string(), let credit = optional({ $0.string() }),
            let location = location(in: "")
        else { return nil }
        return Photo(file: file, alt: alt, credit: credit, location: location)
    }

    private mutating func readAlso() -> Release.ReadAlso? {
        switch int() {
        case 0: return string().map { .caseFile($0) }
        case 1: return string().map { .release($0) }
        case 2:
            guard let title = string(), let url = string() else { return nil }
            return .link(title: title, url: url)
        default: return nil
        }
    }

    private mutating func embargo() -> Embargo? {
        guard let bits = int(), let zone = optional({ $0.string() }) else { return nil }
        let seconds = Double(bitPattern: UInt64(bitPattern: Int64(bits)))
        return Embargo(instant: Date(timeIntervalSince1970: seconds), zoneIdentifier: zone)
    }
}
