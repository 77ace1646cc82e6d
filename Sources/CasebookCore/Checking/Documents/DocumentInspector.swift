/// Finds what a document published as it is says about who made it and where: the author in
/// a PDF's Info dictionary or XMP packet, the creator and last editor in an Office or
/// OpenDocument file's properties, and GPS positions in the photos embedded in one.
enum DocumentInspector {
    /// The kinds of document looked into, by file extension.
    enum Kind {
        case pdf, officeArchive
    }

    /// The kind of the file at `path`, or nil for a file that is not looked into.
    static func kind(of path: String) -> Kind? {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "pdf": return .pdf
        case "docx", "xlsx", "pptx", "odt", "ods", "odp": return .officeArchive
        default: return nil
        }
    }

    /// What the document names, as phrases for a message ("an author", "a GPS position").
    static func findings(in bytes: [UInt8], kind: Kind) -> [String] {
        switch kind {
        case .pdf: return pdfFindings(String(decoding: bytes, as: UTF8.self))
        case .officeArchive: return archiveFindings(ZipEntries(bytes))
        }
    }

    // Only what is written in the open: the Info dictionary and the XMP packet are not
    // compressed in the PDFs that writers make, but an Info dictionary inside a compressed
    // object stream (PDF 1.5) is not seen (docs/photos-and-metadata.md says so).
    private static func pdfFindings(_ text: String) -> [String] {
        var found: [String] = []
        let infoAuthor =
            text.contains(/\/Author\s*\((?:[^)\\\s]|\\.)[^)]*\)/)
            || text.contains(/\/Author\s*<(?!\s*(?:FEFF|feff)?\s*>)[0-9A-Fa-f\s]+>/)
        let xmpAuthor =
            text.contains(/<dc:creator>\s*<rdf:(?:Seq|Bag)>\s*<rdf:li[^>]*>\s*[^<\s]/)
            || text.contains(/pdf:Author(?:="[^"]+"|>\s*[^<\s])/)
        if infoAuthor || xmpAuthor { found.append("an author") }
        if text.contains("GPSLatitude") || text.contains("GPSLongitude") { found.append("a GPS position") }
        return found
    }

    private static func archiveFindings(_ archive: ZipEntries) -> [String] {
        var found: [String] = []
        for entry in archive.entries where ["docProps/core.xml", "meta.xml"].contains(entry.name) {
            guard let xml = archive.contents(of: entry, limit: 8 << 20) else { continue }
            let text = String(decoding: xml, as: UTF8.self)
            if text.contains(/<(?:dc:creator|meta:initial-creator)[^>]*>\s*[^<\s]/) {
                found.append("an author")
            }
            if text.contains(/<cp:lastModifiedBy[^>]*>\s*[^<\s]/) {
                found.append("the last person who edited it")
            }
        }
        let embedded = archive.entries.filter { entry in
            let name = entry.name.lowercased()
            return (name.contains("/media/") || name.hasPrefix("pictures/")) && ImageFormat(path: name) != nil
        }
        for entry in embedded {
            guard let image = archive.contents(of: entry, limit: 64 << 20),
                let names = ImageLibrary.metadataNames(of: image)
            else { continue }
            if names.contains(where: { $0.hasPrefix("exif-ifd3-GPS") }) {
                found.append("a GPS position in the embedded image \(entry.name)")
            }
            if names.contains(where: { $0 == "exif-ifd0-Artist" }) {
                found.append("an author in the embedded image \(entry.name)")
            }
        }
        return Array(Set(found)).sorted()
    }
}
