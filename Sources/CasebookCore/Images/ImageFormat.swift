/// The image formats Casebook reads and writes, and how it encodes each.
enum ImageFormat: String, Hashable, Sendable, CaseIterable {
    case jpeg, png, webp, gif, tiff, heif

    /// The format of a file named with `path`'s extension; nil for anything else.
    init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "jpg", "jpeg", "jpe": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        case "gif": self = .gif
        case "tif", "tiff": self = .tiff
        case "heic", "heif", "avif": self = .heif
        default: return nil
        }
    }

    /// The format `bytes` are in, from their first bytes, whatever the file is called.
    init?(sniffing bytes: [UInt8]) {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts([0x89, 0x50, 0x4E, 0x47]) {
            self = .png
        } else if starts(Array("GIF8".utf8)) {
            self = .gif
        } else if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) {
            self = .webp
        } else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else if starts(Array("ftyp".utf8), at: 4),
            ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif"].contains(where: {
                starts(Array($0.utf8), at: 8)
            })
        {
            self = .heif
        } else {
            return nil
        }
    }

    /// The format of libvips's loader ("jpegload", "pngload_buffer").
    init?(loader: String) {
        let formats: [(String, ImageFormat)] = [
            ("jpegload", .jpeg), ("pngload", .png), ("webpload", .webp), ("gifload", .gif),
            ("tiffload", .tiff), ("heifload", .heif),
        ]
        guard let match = formats.first(where: { loader.hasPrefix($0.0) }) else { return nil }
        self = match.1
    }

    /// The extension of the files Casebook writes in this format.
    var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .gif: "gif"
        case .tiff: "tif"
        case .heif: "heic"
        }
    }

    /// libvips's saver and its options. `strip` drops every piece of metadata (EXIF, XMP, IPTC,
    /// maker notes, comments and the colour profile: pixels are converted to sRGB before);
    /// JPEGs are progressive and WebPs a little smaller than their JPEGs at the same look.
    var saveOptions: String {
        switch self {
        case .jpeg: ".jpg[Q=82,strip,optimize_coding,interlace]"
        case .png: ".png[strip,compression=9]"
        case .webp: ".webp[Q=78,strip]"
        case .gif: ".gif[strip]"
        case .tiff: ".tif[strip,compression=deflate]"
        case .heif: ".heic[strip]"
        }
    }
}
