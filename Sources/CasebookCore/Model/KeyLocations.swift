#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where each key and list entry of a file was written, by key path ("status", "related[2]",
/// "timeline[0].date"), kept compactly: the checks of a large site hold every file's table at
/// once, and as a dictionary of strings and locations they took a fifth of the build's memory.
/// The key paths are one run of UTF-8 bytes in byte order, each with its line and column.
///
/// A file's table read back from the decoded-file cache stays unread (`init(reading:)`) until
/// something asks for a location: the checks ask only when they report a key, and the stages
/// after them forget the tables. Reading every table of a large site took a rebuild that
/// changed one case of 2,000 about a fifteenth of its instructions.
package struct KeyLocations: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The end of its key in `keys` (its start is the previous entry's end), and where it was written.
    private struct Entry: Hashable, Sendable {
        var keyEnd: UInt32
        var line: UInt32
        var column: UInt32
        var path: UInt32
    }

    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// The files the locations are in: nearly always one, the file the keys were read from.
    private var paths: [String] = []
    /// How to read the table, when it is still unread; every question reads it anew.
    private var unread: (@Sendable () -> KeyLocations)?

    /// No locations.
    package init() {}

    /// A table left unread until a location is asked for; `read` gives it, each time it is.
    package init(reading read: @escaping @Sendable () -> KeyLocations) {
        unread = read
    }

    /// The table itself, read when it was left unread.
    private var table: KeyLocations { unread?() ?? self }

    package static func == (first: KeyLocations, second: KeyLocations) -> Bool {
        let (first, second) = (first.table, second.table)
        return first.keys == second.keys && first.entries == second.entries && first.paths == second.paths
    }

    package func hash(into hasher: inout Hasher) {
        let table = table
        hasher.combine(table.keys)
        hasher.combine(table.entries)
        hasher.combine(table.paths)
    }

    /// The locations of a table made while reading a file.
    package init(_ table: [String: SourceLocation]) {
        // The keys' bytes gathered in one buffer and sorted there, with no array per key.
        var unsorted: [UInt8] = []
        var spans: [(start: Int, count: Int, entry: Entry)] = []
        spans.reserveCapacity(table.count)
        for (key, location) in table {
            // Nearly every location is in the file the table was read from: its path is
            // compared with the last one's first.
            var path = paths.count - 1
            if path < 0 || paths[path] != location.path {
                path = paths.firstIndex(of: location.path) ?? paths.count
                if path == paths.count { paths.append(location.path) }
            }
            let entry = Entry(
                keyEnd: 0, line: UInt32(clamping: location.line), column: UInt32(clamping: location.column),
                path: UInt32(path))
            var key = key
            key.withUTF8 { bytes in
                spans.append((unsorted.count, bytes.count, entry))
                unsorted.append(contentsOf: bytes)
            }
        }
        unsorted.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            spans.sort { first, second in
                let order = memcmp(base + first.start, base + second.start, min(first.count, second.count))
                return order != 0 ? order < 0 : first.count < second.count
            }
        }
        // The files in name order, not in the table's (which differs from run to run), so that
        // equal tables are equal values, read back from the cache or not.
        let order = paths.indices.sorted { paths[$0] < paths[$1] }
        var position = [UInt32](repeating: 0, count: paths.count)
        for (sorted, original) in order.enumerated() { position[original] = UInt32(sorted) }
        paths = order.map { paths[$0] }
        keys.reserveCapacity(unsorted.count)
        entries.reserveCapacity(spans.count)
        for var span in spans {
            keys.append(contentsOf: unsorted[span.start..<span.start + span.count])
            span.entry.keyEnd = UInt32(keys.count)
            span.entry.path = position[Int(span.entry.path)]
            entries.append(span.entry)
        }
    }

    /// Adds where `key` was written, when it follows every key path added so far in byte order,
    /// as `forEach` gives them and the decoded cache keeps them: no table, no string per key and
    /// no sort, which took a rebuild that changed one case of 2,000 a twelfth of its
    /// instructions. False, and nothing added, when it does not follow them.
    package mutating func append(inOrder key: ArraySlice<UInt8>, _ location: SourceLocation) -> Bool {
        if unread != nil { self = table }
        if let last = entries.indices.last, !Self.precedes(self.key(at: last), key) { return false }
        var path = paths.count - 1
        if path < 0 || paths[path] != location.path {
            if let known = paths.firstIndex(of: location.path) {
                path = known
            } else {
                // The files stay in name order, as `init(_:)` keeps them: those after it move up.
                path = paths.firstIndex { location.path < $0 } ?? paths.count
                paths.insert(location.path, at: path)
                for index in entries.indices where entries[index].path >= path { entries[index].path += 1 }
            }
        }
        keys.append(contentsOf: key)
        entries.append(
            Entry(
                keyEnd: UInt32(keys.count), line: UInt32(clamping: location.line),
                column: UInt32(clamping: location.column), path: UInt32(path)))
        return true
    }

    /// True when `first` comes before `second` in byte order (a prefix first), as `init(_:)` sorts.
    private static func precedes(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Bool {
        first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                let shared = min(first.count, second.count)
                if shared > 0, let a = first.baseAddress, let b = second.baseAddress {
                    let order = memcmp(a, b, shared)
                    if order != 0 { return order < 0 }
                }
                return first.count < second.count
            }
        }
    }

    package init(dictionaryLiteral elements: (String, SourceLocation)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    package var isEmpty: Bool { table.entries.isEmpty }

    /// How many key paths have a location.
    package var count: Int { table.entries.count }

    /// Every key path with its location, in byte order of the key paths.
    package var all: [(key: String, location: SourceLocation)] {
        let table = table
        return table.entries.indices.map {
            (String(decoding: table.key(at: $0), as: UTF8.self), table.location(at: $0))
        }
    }

    /// Calls `body` with the UTF-8 bytes of each key path and its location, in byte order of the
    /// key paths, making no string of them.
    package func forEach(_ body: (ArraySlice<UInt8>, SourceLocation) -> Void) {
        let table = table
        for index in table.entries.indices { body(table.key(at: index), table.location(at: index)) }
    }

    /// Where `keyPath` was written, or nil when it was not. Setting one rebuilds the table: only
    /// tests and a site's few keys do.
    package subscript(keyPath: String) -> SourceLocation? {
        get {
            let table = table
            var keyPath = keyPath
            return keyPath.withUTF8 { wanted in
                var low = 0
                var high = table.entries.count
                while low < high {
                    let middle = (low + high) / 2
                    let key = table.key(at: middle)
                    if key.elementsEqual(wanted) { return table.location(at: middle) }
                    if key.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }
        set {
            var table = Dictionary(all, uniquingKeysWith: { first, _ in first })
            table[keyPath] = newValue
            self = KeyLocations(table)
        }
    }

    private func key(at index: Int) -> ArraySlice<UInt8> {
        keys[(index == 0 ? 0 : Int(entries[index - 1].keyEnd))..<Int(entries[index].keyEnd)]
    }

    private func location(at index: Int) -> SourceLocation {
        let entry = entries[index]
        return SourceLocation(path: paths[Int(entry.path)], line: Int(entry.line), column: Int(entry.column))
    }
}

extension CaseFile {
    /// Where a key or list entry was written, or the start of the file when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        self.locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension Release {
    /// Where a key or list entry was written, or the start of the file when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension Site {
    /// Where a key or list entry was written, or the start of site.yaml when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? location
    }
}

extension Content {
    /// Drops where each key of each case, release and page was written (messages then point at the
    /// start of the file), for the stages after the checks, which never report a key.
    mutating func forgetKeyLocations() {
        for index in cases.indices { cases[index].locations = KeyLocations() }
        for index in releases.indices { releases[index].locations = KeyLocations() }
        for index in pages.indices { pages[index].locations = KeyLocations() }
    }
}
