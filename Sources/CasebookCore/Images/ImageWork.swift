/// What a build knows of its images when it renders: the case photos the checks read, the
/// renderer that processes them, the content hash of each asset, and whether the files of
/// the last output may be kept.
package struct ImageWork: Sendable {
    /// The case photos, with their sizes and hashes.
    var photos: PhotoCatalogue
    /// Processes photos and strips assets, through the build's cache.
    var renderer: ImageRenderer
    /// Content hash of each file under Content/assets/, by its path there.
    var assetHashes: [String: String]
    /// True when the output folder is the last build's, so a processed photo already there
    /// under its content-hashed name can be kept without reading it.
    var reuseOutput: Bool

    /// No photos, no cache: assets are stripped on every build.
    init() {
        self.init(photos: PhotoCatalogue(), renderer: ImageRenderer(), assetHashes: [:], reuseOutput: false)
    }

    init(photos: PhotoCatalogue, renderer: ImageRenderer, assetHashes: [String: String], reuseOutput: Bool) {
        self.photos = photos
        self.renderer = renderer
        self.assetHashes = assetHashes
        self.reuseOutput = reuseOutput
    }
}
