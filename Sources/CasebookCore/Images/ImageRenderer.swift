/// Makes the image files of a build: the sizes of each case photo, and every image under
/// Content/assets/ stripped of its metadata. Bytes out, like every renderer: the writer
/// writes them. Without a cache every image is processed.
struct ImageRenderer: Sendable {
    /// Where processed images are kept between builds.
    let cache: (any ProcessedImages)?

    /// A renderer that keeps what it makes in `cache`.
    init(cache: (any ProcessedImages)?) {
        self.cache = cache
    }

    /// A renderer without a cache.
    init() {
        cache = nil
    }

    /// The files of one photo, its source read only when one of them is not cached.
    func render(_ versions: PhotoVersions, source: String) throws(OutputError) -> [OutputFile] {
        var bytes: [UInt8]?
        var files: [OutputFile] = []
        for version in versions.all {
            let key = FolderPath.name(of: version.path)
            let made = try process(key: key, source: source) { () throws(ImageLibrary.Failure) -> [UInt8] in
                if bytes == nil { bytes = FileSystem.read(source) }
                guard let bytes else { throw ImageLibrary.Failure(reason: "the file cannot be read") }
                return try ImageLibrary.resized(
                    bytes, width: version.width, height: version.height, crop: version.cropped,
                    as: version.format)
            }
            files.append(OutputFile(path: version.path, contents: made))
        }
        return files
    }

    /// An image of assets/ (`bytes`, read from `source`) in its own size and format with every
    /// piece of metadata gone. `hash` is its bytes' content hash.
    func strip(_ bytes: [UInt8], from source: String, to path: String, format: ImageFormat, hash: String)
        throws(OutputError) -> OutputFile
    {
        let key = "asset-" + StableHash.of([hash, PhotoSizes.identity]) + "." + format.fileExtension
        let made = try process(key: key, source: source) { () throws(ImageLibrary.Failure) -> [UInt8] in
            try ImageLibrary.stripped(bytes, as: format)
        }
        return OutputFile(path: path, contents: made)
    }

    /// Notes that a build kept the processed file at `path` from the last output.
    func kept(_ path: String) {
        cache?.markUsed(FolderPath.name(of: path))
    }

    private func process(
        key: String, source: String, make: () throws(ImageLibrary.Failure) -> [UInt8]
    ) throws(OutputError) -> [UInt8] {
        do {
            if let cache { return try cache.bytes(key: key, make: make) }
            return try make()
        } catch {
            throw .cannotProcessImage(path: source, reason: error.reason)
        }
    }
}
