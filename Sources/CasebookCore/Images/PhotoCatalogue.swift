/// What the check stage learnt of each case photo: its size and the hash of its bytes, by its
/// path under Content/assets/. Rendering names the processed files from it.
package struct PhotoCatalogue: Sendable {
    /// One photo's source.
    struct Source: Hashable, Sendable {
        var width: Int
        var height: Int
        var hash: String
    }

    /// The photos that could be read, by `file` as written in the case.
    private(set) var sources: [String: Source] = [:]

    /// An empty catalogue: pages show no photos.
    init() {}

    init(sources: [String: Source]) {
        self.sources = sources
    }

    /// Every file named as a photo, read or not.
    var files: Set<String> { Set(sources.keys) }

    /// The versions of a case's photo, or nil when it has none or it could not be read.
    func versions(of photo: Photo?) -> PhotoVersions? {
        guard let photo, let source = sources[photo.file] else { return nil }
        return PhotoVersions(
            file: photo.file, sourceHash: source.hash, width: source.width, height: source.height)
    }

    /// The same photos with the hash of each source's bytes, which the check stage leaves out
    /// (a check renders nothing, and a build's input scan has hashed every file already).
    func withHashes(_ hash: (String) -> String) -> PhotoCatalogue {
        var sources = sources
        for file in sources.keys { sources[file]?.hash = hash(file) }
        return PhotoCatalogue(sources: sources)
    }
}
