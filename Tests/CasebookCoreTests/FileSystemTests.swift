import Foundation
import Testing

@testable import CasebookCore

@Suite struct FileSystemTests {
    @Test func readGivesEveryByteOfAFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Larger than one read of most kernels' pipes, with every byte value and Cyrillic.
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) } + Array("Дело".utf8)
        try FileSystem.write(bytes, to: folder + "/big")
        try FileSystem.write([], to: folder + "/empty")

        #expect(FileSystem.read(folder + "/big") == bytes)
        #expect(FileSystem.read(folder + "/empty") == [])
    }

    @Test func readIsNilForWhatIsNotAReadableFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileSystem.read(folder + "/missing") == nil)
        #expect(FileSystem.read(folder) == nil)
    }

    @Test func textIsWrittenAsItsUTF8() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = String(repeating: "Жанар Ахметова\tP\t0123\n", count: 5_000)
        try FileSystem.write(text, to: folder + "/text")
        #expect(FileSystem.read(folder + "/text") == Array(text.utf8))
        #expect(throws: OutputError.self) { try FileSystem.write(text, to: folder + "/missing/text") }
    }
}
