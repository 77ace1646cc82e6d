/// One thing the search box can find: a case, a release or a page.
struct SearchEntry: Sendable {
    /// "case", "release" or "page".
    var kind: String
    var title: String
    /// A line under the title in the results ("Kazakhstan · Imprisoned", a release's date).
    var detail: String
    /// The page's link, from the site's base path.
    var url: String
    /// Names and other spellings, folded: a match here ranks first.
    var names: String
    /// Every other fact and the full text of the body, folded, each word once.
    var text: String
}

/// Writes `search.json`, the index the search box of the built-in theme reads: every page it
/// can find, with its words folded by `SearchFolding`, and the letter table the page's script
/// folds a query with. The site works without it: the index page lists every case.
struct SearchIndexRenderer: Sendable {
    /// One entry of the file: as the last build wrote it, or to be written.
    enum Item {
        case written(ArraySlice<UInt8>)
        case made(SearchEntry)
    }

    /// The file, its entries in the order given, so that the same content gives the same bytes.
    func render(_ entries: [SearchEntry]) -> OutputFile {
        var items = entries.map(Item.made)
        return render(&items).file
    }

    /// The file made of `items`, in the order given, with where each entry lies in its bytes.
    /// Each item is let go once written (its words are the largest part of it), and the file
    /// is written into one buffer of its size: it is the build's largest but one, written at
    /// its end, when every page's words are still held.
    func render(_ items: inout [Item]) -> (file: OutputFile, entries: [Range<Int>]) {
        let letters = JSONValue.object(SearchFolding.letters.mapValues(JSONValue.string))
        // JSON escapes make a string longer than its bytes; a little to spare saves growing
        // the whole buffer for one quote too many, and the pages it does not use are never touched.
        let size = items.reduce(4096) { size, item in
            switch item {
            case .written(let bytes): return size + bytes.count + 2
            case .made(let entry): return size + Self.estimatedSize(of: entry) + 2
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(size + size / 16)
        output += "{\n\"entries\": [\n".utf8
        var entries: [Range<Int>] = []
        entries.reserveCapacity(items.count)
        for index in items.indices {
            let start = output.count
            switch items[index] {
            case .written(let bytes): output += bytes
            case .made(let entry): Self.write(entry, into: &output)
            }
            items[index] = .written([])
            entries.append(start..<output.count)
            output += (index == items.count - 1 ? "\n" : ",\n").utf8
        }
        output += "],\n\"letters\": ".utf8
        letters.write(into: &output, indent: 0)
        output += ",\n\"version\": 1\n}\n".utf8
        return (OutputFile(path: SiteLinks.searchIndexPath, contents: output), entries)
    }

    /// The bytes of an entry but for its strings' escapes.
    private static func estimatedSize(of entry: SearchEntry) -> Int {
        fields(of: entry).reduce(96) { $0 + $1.value.utf8.count }
    }

    /// An entry's strings by key, in the order the file writes them (sorted, as `JSONValue` sorts).
    private static func fields(of entry: SearchEntry) -> [(key: String, value: String)] {
        [
            ("detail", entry.detail), ("kind", entry.kind), ("names", entry.names), ("text", entry.text),
            ("title", entry.title), ("url", entry.url),
        ]
    }

    /// One entry as the file writes it, without the separator that follows it: a JSON object
    /// of its six strings, keys sorted, laid out as `JSONValue` writes an object (written
    /// directly: a dictionary sorted for every entry cost more than the rest of the file).
    static func write(_ entry: SearchEntry, into output: inout [UInt8]) {
        for (index, (key, value)) in fields(of: entry).enumerated() {
            output += (index == 0 ? "{\n  \"" : ",\n  \"").utf8
            output += key.utf8
            output += "\": ".utf8
            JSONValue.writeString(value, into: &output)
        }
        output += "\n}".utf8
    }

    /// The entry of a case, whose other facts and body gave `words`: its names and spellings.
    static func entry(_ caseFile: CaseFile, words: String, links: SiteLinks) -> SearchEntry {
        let names = [caseFile.name, caseFile.nativeName ?? ""] + caseFile.aliases
        return SearchEntry(
            kind: "case", title: caseFile.name, detail: "\(caseFile.country) · \(caseFile.status.label)",
            url: links.path(SiteLinks.casePath(caseFile.slug)),
            names: SearchFolding.fold(names.joined(separator: " ")), text: words)
    }

    /// The words of a case besides its names: facts, timeline and body. They come from its file
    /// alone, so they are kept for as long as the file does not change.
    static func words(_ caseFile: CaseFile, body: MarkdownDocument) -> String {
        var words = FoldedWords(distinct: true)
        let facts = [
            caseFile.country, caseFile.status.label, caseFile.facility ?? "", caseFile.sentence ?? "",
        ]
        for fact in facts + caseFile.charges + caseFile.tags + [caseFile.summary ?? ""] {
            words.append(fact)
            words.append(" ")
        }
        for entry in caseFile.timeline {
            MarkdownParser.parseInline(entry.event).writePlainText(to: &words)
            words.append(" ")
        }
        // The body's text is folded where it lies in the document: a copy of the whole text
        // would cost more than folding it.
        body.writePlainText(to: &words)
        return words.finish()
    }

    /// The entry of a release, whose standfirst, tags and body gave `words`: its headline.
    static func entry(_ release: Release, words: String, links: SiteLinks) -> SearchEntry {
        SearchEntry(
            kind: "release", title: release.title, detail: release.date.longForm,
            url: links.path(SiteLinks.releasePath(release.slug)), names: SearchFolding.fold(release.title),
            text: words)
    }

    /// The words of a release besides its headline.
    static func words(_ release: Release, body: MarkdownDocument) -> String {
        var words = FoldedWords(distinct: true)
        for fact in [release.subtitle ?? "", release.summary ?? "", release.place ?? ""] + release.tags {
            words.append(fact)
            words.append(" ")
        }
        body.writePlainText(to: &words)
        return words.finish()
    }

    /// The entry of a page of Content/pages/, whose summary and body gave `words`.
    static func entry(_ page: Page, words: String, links: SiteLinks) -> SearchEntry {
        SearchEntry(
            kind: "page", title: page.title, detail: page.summary ?? "",
            url: links.path(SiteLinks.pagePath(page.slug)), names: SearchFolding.fold(page.title), text: words
        )
    }

    /// The words of a page besides its title.
    static func words(_ page: Page, body: MarkdownDocument) -> String {
        var words = FoldedWords(distinct: true)
        words.append(page.summary ?? "")
        words.append(" ")
        body.writePlainText(to: &words)
        return words.finish()
    }
}
