import CVips

/// libvips behind Swift values: the only file that calls it. Images go in and come out as
/// bytes; every libvips image is let go before a function returns.
enum ImageLibrary {
    /// What an image's header says, its pixels unread.
    struct Header: Hashable, Sendable {
        /// Width and height as the image is shown: after its orientation tag is applied.
        var width: Int
        var height: Int
        /// The format libvips read it as; nil for one Casebook does not publish as a photo
        /// (a PDF or an SVG, which libvips can also read).
        var format: ImageFormat?
    }

    /// Why libvips could not read or write an image, in its own words.
    struct Failure: Error, Hashable, Sendable {
        var reason: String
    }

    // libvips is opened and started once, when the first image is read, and never stopped: it
    // may be called from any thread after that. A build that reads no image never loads it.
    private static let started = casebook_vips_start() == 0

    /// The version of libvips, part of the key of every cached image: another version may
    /// encode the same pixels into other bytes.
    static var version: String {
        guard started, let text = casebook_vips_version() else { return "unknown" }
        return String(cString: text)
    }

    /// Whether libvips compiles its inner loops at run time with liborc; nil when libvips did
    /// not start. Casebook turns it off (see casebook_vips_start).
    static var compilesLoopsAtRunTime: Bool? {
        started ? casebook_vips_compiles_loops() != 0 : nil
    }

    /// The header of the image file at `path`, read without decoding its pixels.
    static func header(ofFileAt path: String) -> Result<Header, Failure> {
        guard started, let image = casebook_vips_open_file(path) else { return .failure(lastFailure()) }
        defer { casebook_vips_release(image) }
        return .success(header(of: image))
    }

    /// The header of the image in `bytes`.
    static func header(of bytes: [UInt8]) -> Result<Header, Failure> {
        let opened = bytes.withUnsafeBytes { buffer in
            started ? casebook_vips_open_buffer(buffer.baseAddress, buffer.count, 0) : nil
        }
        guard let image = opened else { return .failure(lastFailure()) }
        defer { casebook_vips_release(image) }
        return .success(header(of: image))
    }

    /// The names of the metadata items libvips finds in the image in `bytes` ("exif-ifd3-GPSLatitude",
    /// "xmp-data"), or nil when it is not an image libvips reads.
    static func metadataNames(of bytes: [UInt8]) -> [String]? {
        let opened = bytes.withUnsafeBytes { buffer in
            started ? casebook_vips_open_buffer(buffer.baseAddress, buffer.count, 0) : nil
        }
        guard let image = opened else {
            _ = lastFailure()
            return nil
        }
        defer { casebook_vips_release(image) }
        guard let fields = casebook_vips_metadata_names(image) else { return [] }
        defer { casebook_vips_free_names(fields) }
        var names: [String] = []
        var index = 0
        while let name = fields[index] {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }

    /// The image in `bytes` scaled to `width` x `height` (its own shape, so no distortion
    /// beyond rounding), or with `crop` scaled to cover that box and cropped to its most
    /// interesting part; upright, in sRGB, encoded as `format` without any metadata.
    static func resized(_ bytes: [UInt8], width: Int, height: Int, crop: Bool, as format: ImageFormat)
        throws(Failure) -> [UInt8]
    {
        let scaled = bytes.withUnsafeBytes { buffer in
            started
                ? casebook_vips_thumbnail(
                    buffer.baseAddress, buffer.count, Int32(width), Int32(height), crop ? 1 : 0) : nil
        }
        guard let image = scaled else { throw lastFailure() }
        defer { casebook_vips_release(image) }
        return try encode(image, as: format)
    }

    /// The image in `bytes` in its own size and format with every piece of metadata gone:
    /// turned upright by its orientation tag first, and converted into sRGB from its colour
    /// profile, so that it looks as it did with them. Animations keep their frames.
    static func stripped(_ bytes: [UInt8], as format: ImageFormat) throws(Failure) -> [UInt8] {
        let animated = format == .gif || format == .webp
        let opened = bytes.withUnsafeBytes { buffer in
            started ? casebook_vips_open_buffer(buffer.baseAddress, buffer.count, animated ? 1 : 0) : nil
        }
        guard let image = opened else { throw lastFailure() }
        defer { casebook_vips_release(image) }
        guard let upright = casebook_vips_upright(image) else { throw lastFailure() }
        defer { casebook_vips_release(upright) }
        guard casebook_vips_has_profile(upright) != 0 else { return try encode(upright, as: format) }
        guard let converted = casebook_vips_to_srgb(upright) else { throw lastFailure() }
        defer { casebook_vips_release(converted) }
        return try encode(converted, as: format)
    }

    private static func header(of image: OpaquePointer) -> Header {
        let width = Int(casebook_vips_width(image))
        let height = Int(casebook_vips_height(image))
        let turned = casebook_vips_orientation_swaps(image) != 0
        let loader = casebook_vips_loader(image).map { String(cString: $0) } ?? ""
        return Header(
            width: turned ? height : width, height: turned ? width : height,
            format: ImageFormat(loader: loader))
    }

    private static func encode(_ image: OpaquePointer, as format: ImageFormat)
        throws(Failure) -> [UInt8]
    {
        guard let bare = casebook_vips_without_metadata(image) else { throw lastFailure() }
        defer { casebook_vips_release(bare) }
        var data: UnsafeMutableRawPointer?
        var length = 0
        guard casebook_vips_save(bare, format.saveOptions, &data, &length) == 0, let data else {
            throw lastFailure()
        }
        defer { casebook_vips_free(data) }
        let bytes = Array(UnsafeRawBufferPointer(start: data, count: length))
        return format == .webp ? WebPMetadata.removed(from: bytes) : bytes
    }

    // libvips keeps its messages in one buffer for the process; they are taken and cleared.
    private static func lastFailure() -> Failure {
        guard started else { return Failure(reason: String(cString: casebook_vips_start_failure())) }
        let text = casebook_vips_error().map { String(cString: $0) } ?? ""
        casebook_vips_clear_error()
        let reason = text.split(separator: "\n").first.map(String.init) ?? "libvips gave no reason"
        return Failure(reason: reason)
    }
}
