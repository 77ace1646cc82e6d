import Foundation
import Testing

@testable import CasebookCore

/// The walk over a folder's entries: the input scan takes them in the order it meets them,
/// every other reader sorted.
@Suite struct ContentEntryTests {
    /// Names made in an order that is neither sorted nor sorted backwards, so that a listing
    /// in the order the folder gives them (by creation or by hash) is not sorted by chance.
    private static let names = [
        "m.md", "b.md", "x/z.md", "a.md", "x/c.md", "q.md", ".hidden.md", "c/a.md", "k.md", "d.md",
    ]

    private func folderWithNames() throws -> String {
        let folder = try TestSupport.temporaryFolder("entries")
        for name in Self.names { try TestSupport.write([name: name], under: folder) }
        return folder
    }

    @Test func filesAreSortedWithHiddenOnesSkippedWhenAsked() throws {
        let folder = try folderWithNames()
        let entries = ContentEntry(folder: folder)
        let visible = entries.files(under: folder, skippingHidden: true)
        #expect(
            visible.files == ["a.md", "b.md", "c/a.md", "d.md", "k.md", "m.md", "q.md", "x/c.md", "x/z.md"])
        #expect(visible.problems.isEmpty)
        let all = entries.files(under: folder, skippingHidden: false)
        #expect(all.files == Self.names.sorted())
    }

    /// The scan's listing holds the same files, each with the status of the file itself, and
    /// stamping it gives what a whole scan gives.
    @Test func theScansListingHoldsEveryFileWithItsStatus() throws {
        let folder = try folderWithNames()
        let listing = InputScan.list([folder])
        #expect(listing.files.map(\.path).sorted() == Self.names.map { folder + "/" + $0 }.sorted())
        #expect(listing.unreadable.isEmpty)
        // Each file holds its own name, relative to the folder.
        for (path, status) in listing.files {
            let size = try #require(status).st_size
            #expect(Int(size) == path.utf8.count - folder.utf8.count - 1)
        }
        let stamped = InputScan.stamp(listing, previous: [:], previousStart: nil)
        let scanned = InputScan.scan([folder], previous: [:], previousStart: nil)
        #expect(stamped.stamps == scanned.stamps)
        #expect(stamped.stamps.count == Self.names.count)
    }
}
