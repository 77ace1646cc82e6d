import Foundation

@testable import CasebookCore

/// Images made for the photo tests: drawn with libvips from an SVG portrait, then given the
/// metadata a phone photo carries (GPS, serial number, owner, XMP, IPTC) with exiftool.
enum PhotoFixtures {
    static let exiftool = "/usr/bin/exiftool"

    /// A head-and-shoulders drawing, `width` x `height`, tinted by `hue` so two differ.
    static func portraitSVG(width: Int, height: Int, hue: Int = 200) -> [UInt8] {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 400 500">
            <rect width="400" height="500" fill="hsl(\(hue),40%,80%)"/>
            <path d="M40 500 C60 380 120 340 200 340 C280 340 340 380 360 500 Z" fill="#345"/>
            <ellipse cx="200" cy="210" rx="85" ry="105" fill="#e3b58f"/>
            <ellipse cx="170" cy="215" rx="9" ry="6" fill="#222"/><ellipse cx="230" cy="215" rx="9" ry="6" fill="#222"/>
            </svg>
            """
        return Array(svg.utf8)
    }

    /// Writes a drawing of `width` x `height` as `format` at `path`, stored turned a quarter to
    /// the left when `turned` (its width and height swapped), for an orientation tag to undo.
    static func writeImage(
        _ path: String, width: Int, height: Int, format: ImageFormat, turned: Bool = false, hue: Int = 200
    ) throws {
        let svg = portraitSVG(width: width, height: height, hue: hue)
        // Swapping the size of a drawing is enough to store it turned: the tests compare shapes.
        let bytes = try ImageLibrary.resized(
            svg, width: turned ? height : width, height: turned ? width : height, crop: false, as: format)
        try FileManager.default.createDirectory(
            atPath: FolderPath.parent(of: path), withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Adds the tags that must never reach a site, and the orientation tag when asked.
    static func addMetadata(_ path: String, orientation: Int? = nil) throws {
        var arguments = [
            "-q", "-q", "-overwrite_original", "-m",
            "-GPSLatitude=51.1282", "-GPSLatitudeRef=N", "-GPSLongitude=71.4306", "-GPSLongitudeRef=E",
            "-EXIF:Make=ExampleCam", "-EXIF:Model=EC-1", "-EXIF:SerialNumber=SN-0042-7781",
            "-EXIF:Artist=Jan Kowalski", "-XMP-dc:Creator=Jan Kowalski", "-XMP-dc:Rights=Jan Kowalski",
        ]
        if path.hasSuffix(".jpg") || path.hasSuffix(".tif") { arguments += ["-IPTC:By-line=Jan Kowalski"] }
        if let orientation { arguments += ["-EXIF:Orientation#=\(orientation)"] }
        _ = try run(exiftool, arguments + [path])
    }

    /// exiftool's `-a -G1 -s` listing of files, one `[group] tag : value` a line.
    static func listing(_ paths: [String]) throws -> [String] {
        try run(exiftool, ["-a", "-G1", "-s", "-q"] + paths).split(separator: "\n").map(String.init)
    }

    /// The tags of a TIFF's first directory that describe its pixels; any other tag there is metadata.
    static let tiffStructure: Set<String> = [
        "ImageWidth", "ImageHeight", "BitsPerSample", "Compression", "PhotometricInterpretation",
        "StripOffsets", "Orientation", "SamplesPerPixel", "RowsPerStrip", "StripByteCounts", "XResolution",
        "YResolution", "PlanarConfiguration", "ResolutionUnit", "Predictor", "ExtraSamples", "SampleFormat",
        "TileWidth", "TileLength", "TileOffsets", "TileByteCounts",
    ]

    /// The lines of a listing that are metadata a site must not carry: any EXIF, GPS, XMP,
    /// IPTC, Photoshop or maker-note group, a TIFF tag that does not describe pixels, or a tag
    /// that names a person, a place or a camera.
    static func forbidden(_ lines: [String]) -> [String] {
        let groups = [
            "[IFD1]", "[ExifIFD]", "[GPS]", "[InteropIFD]", "[XMP", "[IPTC]", "[Photoshop]", "[MakerNotes",
            "[Canon", "[Nikon", "[Sony", "[Apple", "[SubIFD",
        ]
        let tags = [
            "GPS", "Serial", "Artist", "Creator", "By-line", "Author", "Copyright", "Rights", "Make", "Model",
        ]
        return lines.filter { line in
            let tag = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            return groups.contains { line.hasPrefix($0) } || tags.contains { tag.contains($0) }
                || (line.hasPrefix("[IFD0]") && !tiffStructure.contains(tag))
        }
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
