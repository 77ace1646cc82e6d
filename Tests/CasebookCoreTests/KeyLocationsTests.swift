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

    @Test func locationsReadBackInOrderEqualTheTableTheyCameFrom() {
        let locations = KeyLocations(Self.table)
        let read = KeyLocations(ordered: entries(of: locations))
        #expect(read == locations)
        for (key, location) in Self.table { #expect(read[key] == location, "\(key)") }
        #expect(read["missing"] == nil)
    }

    @Test func locationsOutOfOrderAreSortedAsATableIs() {
        let locations = KeyLocations(Self.table)
        let shuffled = Array(entries(of: locations).reversed())
        #expect(KeyLocations(ordered: shuffled) == locations)
        let repeated = entries(of: locations) + entries(of: locations).prefix(1)
        #expect(KeyLocations(ordered: repeated) == locations)
    }
}
