import Foundation
import Testing

@testable import CasebookCore

/// Where each key of a file was written, as the checks read it and the decoded cache keeps it.
@Suite struct KeyLocationsTests {
    static let table: [String: CasebookCore.SourceLocation] = [
        "name": CasebookCore.SourceLocation(path: "cases/a.md", line: 2, column: 1),
        "charges[1]": CasebookCore.SourceLocation(path: "cases/a.md", line: 9, column: 5),
        "charges": CasebookCore.SourceLocation(path: "cases/a.md", line: 7, column: 1),
        "timeline[0].event": CasebookCore.SourceLocation(path: "cases/a.md", line: 12, column: 10),
        "related": CasebookCore.SourceLocation(path: "site.yaml", line: 3, column: 1),
    ]

    /// The entries as `forEach` gives them, which is how the decoded cache writes them.
    func entries(of locations: KeyLocations) -> [(
        key: ArraySlice<UInt8>, location: CasebookCore.SourceLocation
    )] {
        var entries: [(key: ArraySlice<UInt8>, location: CasebookCore.SourceLocation)] = []
        locations.forEach { entries.append(($0, $1)) }
        return entries
    }

    /// Locations added one at a time in the given order, as the decoded cache reads them;
    /// nil when one was refused.
    func added(_ entries: [(key: ArraySlice<UInt8>, location: CasebookCore.SourceLocation)]) -> KeyLocations?
    {
        var locations = KeyLocations()
        for (key, location) in entries where !locations.append(inOrder: key, location) { return nil }
        return locations
    }

    @Test func locationsAddedInOrderEqualTheTableTheyCameFrom() throws {
        let locations = KeyLocations(Self.table)
        let read = try #require(added(entries(of: locations)))
        #expect(read == locations)
        for (key, location) in Self.table { #expect(read[key] == location, "\(key)") }
        #expect(read["missing"] == nil)
    }

    /// A file met later that sorts before the others keeps the files in name order.
    @Test func aFileMetLaterKeepsTheFilesInNameOrder() throws {
        let table: [String: CasebookCore.SourceLocation] = [
            "a": CasebookCore.SourceLocation(path: "z.md", line: 1, column: 1),
            "b": CasebookCore.SourceLocation(path: "a.md", line: 2, column: 1),
        ]
        let locations = KeyLocations(table)
        #expect(try #require(added(entries(of: locations))) == locations)
    }

    @Test func aKeyOutOfOrderOrRepeatedIsRefused() {
        let ordered = entries(of: KeyLocations(Self.table))
        #expect(added(Array(ordered.reversed())) == nil)
        #expect(added(ordered + ordered.prefix(1)) == nil)
        var locations = KeyLocations()
        let first = locations.append(inOrder: ordered[1].key, ordered[1].location)
        let second = locations.append(inOrder: ordered[0].key, ordered[0].location)
        #expect(first)
        #expect(!second)
        #expect(locations.count == 1, "nothing is added when refused")
    }

    /// A table left unread answers every question as the table it reads, and equals it.
    @Test func anUnreadTableAnswersAsTheTableItReads() {
        let table = KeyLocations(Self.table)
        let unread = KeyLocations { table }
        #expect(unread == table && table == unread)
        #expect(unread.hashValue == table.hashValue)
        #expect(unread.count == table.count && !unread.isEmpty)
        for (key, location) in Self.table { #expect(unread[key] == location, "\(key)") }
        #expect(unread["missing"] == nil)
        #expect(unread.all.map(\.key) == table.all.map(\.key))
        #expect(entries(of: unread).map(\.location) == entries(of: table).map(\.location))
        #expect(KeyLocations { KeyLocations() } != table)
    }

    /// A key added to an unread table goes after the keys it reads, as it would after a read one.
    @Test func aKeyAddedToAnUnreadTableFollowsItsKeys() {
        let last = CasebookCore.SourceLocation(path: "cases/a.md", line: 20, column: 1)
        var unread = KeyLocations { KeyLocations(Self.table) }
        let addedToUnread = unread.append(inOrder: Array("zz".utf8)[...], last)
        var read = KeyLocations(Self.table)
        let addedToRead = read.append(inOrder: Array("zz".utf8)[...], last)
        #expect(addedToUnread && addedToRead)
        #expect(unread == read)
        #expect(unread["zz"] == last && unread["name"] == Self.table["name"])
    }
}
