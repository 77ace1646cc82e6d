import Foundation
import Testing

@testable import CasebookCore

/// Documents under assets/ are published as they are: `check` warns about each one that names
/// its author or carries a GPS position, and says nothing about one that does not.
@Suite struct DocumentMetadataTests {
    /// Writes a ZIP archive of `parts` (name → bytes) with Python's zipfile, compressed as Word does.
    static func writeArchive(_ path: String, _ parts: [String: [UInt8]]) throws {
        let folder = try TestSupport.temporaryFolder("archive")
        var script = "import zipfile\nz = zipfile.ZipFile(\(pythonString(path)), 'w', zipfile.ZIP_DEFLATED)\n"
        for (index, (name, bytes)) in parts.sorted(by: { $0.key < $1.key }).enumerated() {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/\(index)"))
            script += "z.write(\(pythonString(folder + "/\(index)")), \(pythonString(name)))\n"
        }
        script += "z.close()\n"
        try PhotoFixtures.run("/usr/bin/env", ["python3", "-c", script])
    }

    static func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    static func coreXML(creator: String) -> [UInt8] {
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Appeal</dc:title><dc:creator>\(creator)</dc:creator>\
            </cp:coreProperties>
            """.utf8)
    }

    @Test func documentsThatNameTheirAuthorOrAPlaceAreWarnedAbout() throws {
        let folder = try TestSupport.temporaryFolder("documents")
        try TestSupport.write(
            [
                "Content/site.yaml": PhotoTests.site,
                "Content/assets/appeal.pdf":
                    "%PDF-1.4\n1 0 obj << /Title (Appeal) /Author (Jan Kowalski) >> endobj\ntrailer << /Info 1 0 R >>\n",
                "Content/assets/clean.pdf": "%PDF-1.4\n1 0 obj << /Title (Appeal) /Author () >> endobj\n",
                "Content/assets/xmp.pdf":
                    "%PDF-1.7\n<x:xmpmeta><rdf:RDF><rdf:Description><dc:creator><rdf:Seq><rdf:li>Anna</rdf:li></rdf:Seq></dc:creator><exif:GPSLatitude>51,7.6N</exif:GPSLatitude></rdf:Description></rdf:RDF></x:xmpmeta>\n",
            ], under: folder)
        let assets = folder + "/Content/assets/"
        try Self.writeArchive(
            assets + "letter.docx",
            [
                "docProps/core.xml": Self.coreXML(creator: "Jan Kowalski"),
                "word/document.xml": Array("<w/>".utf8),
            ])
        try Self.writeArchive(
            assets + "blank.docx",
            ["docProps/core.xml": Self.coreXML(creator: ""), "word/document.xml": Array("<w/>".utf8)])
        try PhotoFixtures.writeImage(folder + "/photo.jpg", width: 200, height: 100, format: .jpeg)
        try PhotoFixtures.addMetadata(folder + "/photo.jpg")
        let photo = try #require(FileSystem.read(folder + "/photo.jpg"))
        try Self.writeArchive(
            assets + "slides.pptx",
            ["docProps/core.xml": Self.coreXML(creator: ""), "ppt/media/image1.jpg": photo])

        let diagnostics = SiteBuilder.check(
            contentFolder: folder + "/Content", templatesFolder: folder + "/T")
        let warnings = Dictionary(
            uniqueKeysWithValues: diagnostics.map { (FolderPath.name(of: $0.location.path), $0.message) })
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(warnings.keys.sorted() == ["appeal.pdf", "letter.docx", "slides.pptx", "xmp.pdf"])
        #expect(warnings["appeal.pdf"]?.contains("names an author;") == true)
        #expect(warnings["xmp.pdf"]?.contains("names an author, a GPS position;") == true)
        #expect(warnings["letter.docx"]?.contains("names an author;") == true)
        #expect(
            warnings["slides.pptx"]?.contains("a GPS position in the embedded image ppt/media/image1.jpg")
                == true)
    }
}
