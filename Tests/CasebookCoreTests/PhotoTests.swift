import Foundation
import Testing

@testable import CasebookCore

/// Case photos: checked at their key, published in sizes that match their markup, never for a
/// draft, and processed once.
@Suite(.serialized) struct PhotoTests {
    static let now = Clock.parseInstant("2026-11-30T12:00:00Z") ?? Date()
    static let site = "title: T\norganisation: O\nbase_url: https://example.org/\n"

    static func caseFile(_ name: String, photo: String?, draft: Bool = false) -> String {
        var text = "---\nname: \(name)\ncountry: Kazakhstan\nstatus: imprisoned\n"
        if let photo { text += photo }
        if draft { text += "draft: true\n" }
        return text + "---\nText.\n"
    }

    static func photoKey(_ file: String, alt: String = "A drawing, not a photograph", credit: String? = nil)
        -> String
    {
        "photo:\n  file: \(file)\n  alt: \(alt)\n" + (credit.map { "  credit: \($0)\n" } ?? "")
    }

    /// A site with two public cases with photos (one stored turned, with an orientation tag) and a
    /// draft case with its own photo.
    static func makeSite() throws -> String {
        let folder = try TestSupport.temporaryFolder("photos")
        try TestSupport.write(
            [
                "Content/site.yaml": site,
                "Content/cases/anna.md": caseFile(
                    "Anna", photo: photoKey("photos/anna.jpg", credit: "Studio")),
                "Content/cases/boris.md": caseFile("Boris", photo: photoKey("photos/boris.png")),
                "Content/cases/secret.md": caseFile(
                    "Secret", photo: photoKey("photos/secret.jpg"), draft: true),
            ], under: folder)
        let photos = folder + "/Content/assets/photos/"
        try PhotoFixtures.writeImage(
            photos + "anna.jpg", width: 1000, height: 1250, format: .jpeg, turned: true)
        try PhotoFixtures.addMetadata(photos + "anna.jpg", orientation: 6)
        try PhotoFixtures.writeImage(photos + "boris.png", width: 1200, height: 1200, format: .png, hue: 30)
        try PhotoFixtures.addMetadata(photos + "boris.png")
        try PhotoFixtures.writeImage(photos + "secret.jpg", width: 1000, height: 1000, format: .jpeg, hue: 90)
        return folder
    }

    static func options(_ folder: String, review: Bool = false) -> BuildOptions {
        BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates",
            outputFolder: folder + (review ? "/Review" : "/Output"), review: review, now: now, jobs: 2)
    }

    /// Every `srcset` and `src` of a page, with the width each claims and the width/height attributes.
    static func pictures(in html: String) -> (
        candidates: [(url: String, width: Int)], sizes: [(String, Int, Int)]
    ) {
        var candidates: [(String, Int)] = []
        for match in html.matches(of: /srcset="([^"]*)"/) {
            for entry in match.1.split(separator: ",") {
                let parts = entry.split(separator: " ")
                if parts.count == 2, let width = Int(parts[1].dropLast()) {
                    candidates.append((String(parts[0]), width))
                }
            }
        }
        let sizes = html.matches(of: /<img src="([^"]*)"[^>]* width="(\d+)" height="(\d+)"/).map {
            (String($0.1), Int($0.2) ?? 0, Int($0.3) ?? 0)
        }
        return (candidates, sizes)
    }

    @Test func everySizeNamedInAPageIsThereWithTheSizeItClaims() throws {
        let folder = try Self.makeSite()
        _ = try SiteBuilder.build(Self.options(folder))
        let output = folder + "/Output"
        var checked = 0
        for page in ["cases/anna/index.html", "cases/boris/index.html", "index.html"] {
            let (candidates, sizes) = Self.pictures(in: TestSupport.read(output + "/" + page))
            #expect(!candidates.isEmpty, "\(page) shows no photo")
            for (url, width) in candidates {
                let bytes = try #require(FileSystem.read(output + url), "\(url) is not in the output")
                let header = try ImageLibrary.header(of: bytes).get()
                #expect(header.width == width, "\(url)")
                checked += 1
            }
            for (url, width, height) in sizes {
                let bytes = try #require(FileSystem.read(output + url))
                let header = try ImageLibrary.header(of: bytes).get()
                #expect((header.width, header.height) == (width, height), "\(url)")
            }
        }
        #expect(checked >= 12)
        // Anna's photo was stored on its side with a tag to turn it: her page shows it upright.
        let anna = Self.pictures(in: TestSupport.read(output + "/cases/anna/index.html")).sizes
        #expect(anna.map { [$0.1, $0.2] } == [[960, 1200]])
        // The link preview: 1200x630 from a large enough photo, the same shape from a smaller one.
        let previews = TestSupport.files(under: output).filter { $0.contains(/-\d+x\d+\.jpg$/) }
        #expect(previews.count == 2)
        #expect(previews.contains { $0.hasPrefix("assets/sized/boris-") && $0.hasSuffix("-1200x630.jpg") })
        #expect(previews.contains { $0.hasPrefix("assets/sized/anna-") && $0.hasSuffix("-1000x525.jpg") })
        // These photos were made on several threads with liborc's run-time loops turned off.
        #expect(ImageLibrary.compilesLoopsAtRunTime == false)
    }

    @Test func aDraftsPhotoIsNeverPublished() throws {
        let folder = try Self.makeSite()
        _ = try SiteBuilder.build(Self.options(folder))
        let published = TestSupport.files(under: folder + "/Output")
        #expect(!published.contains { $0.contains("secret") })
        #expect(published.contains { $0.hasPrefix("assets/sized/anna-") })
        // Photos are published only in their sizes, never as the file the organisation gave.
        #expect(!published.contains("assets/photos/anna.jpg"))
        _ = try SiteBuilder.build(Self.options(folder, review: true))
        #expect(
            TestSupport.files(under: folder + "/Review").contains { $0.hasPrefix("assets/sized/secret-") })
    }

    @Test func photosAreProcessedOnceAndOnlyTheChangedOneAgain() throws {
        let folder = try Self.makeSite()
        let first = try SiteBuilder.build(Self.options(folder))
        // Two public photos, each in 4 widths x 2 formats and a preview.
        #expect(first.imagesProcessed == 18)
        let fresh = Dictionary(
            uniqueKeysWithValues: TestSupport.files(under: folder + "/Output").map {
                ($0, FileSystem.read(folder + "/Output/" + $0) ?? [])
            })
        try TestSupport.write(
            [
                "Content/cases/anna.md": Self.caseFile(
                    "Anna", photo: Self.photoKey("photos/anna.jpg", credit: "Other"))
            ],
            under: folder)
        let textOnly = try SiteBuilder.build(Self.options(folder))
        #expect(textOnly.imagesProcessed == 0)
        try PhotoFixtures.writeImage(
            folder + "/Content/assets/photos/boris.png", width: 1100, height: 1100, format: .png, hue: 300)
        let onePhoto = try SiteBuilder.build(Self.options(folder))
        #expect(onePhoto.imagesProcessed == 9)
        // The pages that show the photo name its new files, and those are there.
        for page in ["cases/boris/index.html", "index.html"] {
            let named = Self.pictures(in: TestSupport.read(folder + "/Output/" + page)).candidates
            #expect(named.contains { $0.url.contains("/boris-") }, "\(page)")
            for (url, _) in named {
                #expect(
                    FileSystem.read(folder + "/Output" + url) != nil,
                    "\(page) names \(url), which is not there")
            }
        }
        #expect(
            !TestSupport.files(under: folder + "/Output").contains {
                fresh[$0] != nil && $0.hasPrefix("assets/sized/boris")
            })
        // The cache gives the same bytes as libvips: a build from it equals a build without it.
        try FileManager.default.removeItem(atPath: folder + "/Output")
        let fromCache = try SiteBuilder.build(Self.options(folder))
        #expect(fromCache.imagesProcessed == 0)
        let cached = TestSupport.files(under: folder + "/Output").map {
            FileSystem.read(folder + "/Output/" + $0)
        }
        try FileManager.default.removeItem(atPath: folder + "/Output")
        try FileManager.default.removeItem(atPath: folder + "/.casebook")
        let again = try SiteBuilder.build(Self.options(folder))
        #expect(again.imagesProcessed == 18)
        let uncached = TestSupport.files(under: folder + "/Output").map {
            FileSystem.read(folder + "/Output/" + $0)
        }
        #expect(uncached.count == cached.count)
        let same = uncached == cached
        #expect(same, "a build from the cache differs from one without it")
        // Anna's unchanged photo kept the bytes of the first build.
        for (path, bytes) in fresh where path.contains("sized/anna-") {
            let kept = FileSystem.read(folder + "/Output/" + path) == bytes
            #expect(kept, "\(path)")
        }
    }

    @Test func checkReportsEachPhotoProblemAtItsFileKey() throws {
        let folder = try TestSupport.temporaryFolder("photo-check")
        try TestSupport.write(
            [
                "Content/site.yaml": Self.site,
                "Content/cases/missing.md": Self.caseFile("M", photo: Self.photoKey("photos/anaa.jpg")),
                "Content/cases/outside.md": Self.caseFile("O", photo: Self.photoKey("../site.yaml")),
                "Content/cases/text.md": Self.caseFile("T", photo: Self.photoKey("notes.jpg")),
                "Content/cases/small.md": Self.caseFile("S", photo: Self.photoKey("photos/small.jpg")),
                "Content/cases/pdf.md": Self.caseFile("P", photo: Self.photoKey("letter.pdf")),
                "Content/cases/noalt.md": Self.caseFile(
                    "N", photo: "photo:\n  file: photos/anna.jpg\n  alt: ' '\n"),
                "Content/assets/notes.jpg": "not an image",
                "Content/assets/letter.pdf": "%PDF-1.4\n",
            ], under: folder)
        try PhotoFixtures.writeImage(
            folder + "/Content/assets/photos/anna.jpg", width: 960, height: 1200, format: .jpeg)
        try PhotoFixtures.writeImage(
            folder + "/Content/assets/photos/small.jpg", width: 400, height: 500, format: .jpeg)
        let diagnostics = SiteBuilder.check(
            contentFolder: folder + "/Content", templatesFolder: folder + "/Templates")
        func at(_ slug: String) -> [String] {
            diagnostics.filter { $0.location.path.hasSuffix("/cases/\(slug).md") }.map {
                "\($0.location.line):\($0.location.column) \($0.message)"
            }
        }
        // `file` is on line 6 (after `---`, three facts and `photo:`), its value at column 9.
        #expect(
            at("missing") == [
                "6:9 no file assets/photos/anaa.jpg for this photo; did you mean 'photos/anna.jpg'?"
            ])
        #expect(at("outside").first?.hasPrefix("6:9 photo '../site.yaml' is outside assets/") == true)
        #expect(at("text").first?.hasPrefix("6:9 assets/notes.jpg cannot be read as a JPEG") == true)
        #expect(at("pdf").first?.hasPrefix("6:9 assets/letter.pdf cannot be read as a JPEG") == true)
        #expect(
            at("small") == [
                "6:9 photo assets/photos/small.jpg is 400 pixels wide; photos must be at least 960 pixels wide, since they are never enlarged"
            ])
        #expect(at("noalt").count == 1 && at("noalt").first?.hasPrefix("7:8") == true)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}
