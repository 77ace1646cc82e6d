import Foundation
import Testing

@testable import CasebookCore

/// No metadata leaves the building: every image a build writes, made from sources that carry
/// GPS positions, a camera's serial number and the owner's name, is read by exiftool, which must
/// find none of them, nor any EXIF, XMP, IPTC or maker-note group.
@Suite(.serialized) struct ImageMetadataTests {
    @Test func noImageOfABuiltSiteCarriesMetadata() throws {
        let folder = try PhotoTests.makeSite()
        let assets = folder + "/Content/assets/"
        let formats: [(String, ImageFormat)] = [
            ("map.jpg", .jpeg), ("chart.png", .png), ("poster.webp", .webp), ("banner.gif", .gif),
            ("scan.tif", .tiff), ("phone.heic", .heif),
        ]
        for (name, format) in formats {
            try PhotoFixtures.writeImage(assets + "gallery/" + name, width: 300, height: 200, format: format)
            try PhotoFixtures.addMetadata(assets + "gallery/" + name)
        }
        // A photo given a name that hides what it is is still an image.
        try PhotoFixtures.writeImage(assets + "gallery/renamed.bin", width: 300, height: 200, format: .jpeg)
        try PhotoFixtures.addMetadata(assets + "gallery/renamed.bin")
        // An image a Markdown body shows is an asset too.
        try TestSupport.write(
            [
                "Content/cases/anna.md": PhotoTests.caseFile(
                    "Anna", photo: PhotoTests.photoKey("photos/anna.jpg"))
                    + "![The map](/assets/gallery/map.jpg)\n"
            ],
            under: folder)

        // The sources do carry what must not be published: the check below could otherwise pass on nothing.
        let sources = TestSupport.files(under: assets).map { assets + $0 }
        let sourceTags = PhotoFixtures.forbidden(try PhotoFixtures.listing(sources))
        #expect(sourceTags.contains { $0.hasPrefix("[GPS]") })
        #expect(sourceTags.contains { $0.contains("SerialNumber") })
        #expect(sourceTags.contains { $0.hasPrefix("[XMP-dc]") })
        #expect(sourceTags.contains { $0.hasPrefix("[IPTC]") })

        _ = try SiteBuilder.build(PhotoTests.options(folder))
        let output = folder + "/Output/"
        let images = TestSupport.files(under: output).filter {
            ImageFormat(sniffing: FileSystem.read(output + $0) ?? []) != nil
        }
        // 2 photos x 9 files, 6 gallery images and the renamed one.
        #expect(images.count == 25)
        #expect(images.contains("assets/gallery/renamed.bin"))
        #expect(
            TestSupport.read(output + "cases/anna/index.html").contains("src=\"/assets/gallery/map.jpg\""))
        let found = PhotoFixtures.forbidden(try PhotoFixtures.listing(images.map { output + $0 }))
        #expect(found.isEmpty, "\(found)")
        // Each image is still the format its name says, and readable.
        for (name, format) in formats {
            let bytes = try #require(FileSystem.read(output + "assets/gallery/" + name))
            #expect(ImageFormat(sniffing: bytes) == format, "\(name)")
            #expect(try ImageLibrary.header(of: bytes).get().width == 300, "\(name)")
        }
    }

    @Test func theExampleSiteCarriesNoMetadata() throws {
        let folder = try TestSupport.temporaryFolder("example")
        try FileManager.default.copyItem(
            atPath: TestSupport.packageRoot + "/Content", toPath: folder + "/Content")
        let photos = TestSupport.files(under: folder + "/Content/assets/photos")
        #expect(photos.count >= 2)
        let given = try PhotoFixtures.listing(photos.map { folder + "/Content/assets/photos/" + $0 })
        #expect(PhotoFixtures.forbidden(given).contains { $0.hasPrefix("[GPS]") })
        _ = try SiteBuilder.build(PhotoTests.options(folder))
        let output = folder + "/Output/"
        let images = TestSupport.files(under: output).filter { $0.hasPrefix("assets/sized/") }
        #expect(images.count == photos.count * 9)
        #expect(PhotoFixtures.forbidden(try PhotoFixtures.listing(images.map { output + $0 })).isEmpty)
    }
}
