import Foundation

/// Processed images kept between builds in `.casebook/<output>/images/`, one file each, named
/// by a key that covers the source's bytes, the sizes and encoder options, and the version of
/// libvips: a build whose photos did not change decodes none of them, and a changed photo is
/// the only one processed again.
final class ImageCache: ProcessedImages, @unchecked Sendable {
    /// The folder of the cached images.
    let folder: String
    private let lock = NSLock()
    private var used: Set<String> = []
    private var made = 0

    /// A cache in `folder` (made when the first image is kept).
    init(folder: String) {
        self.folder = folder
    }

    /// The cache of the build record in `recordFolder`.
    convenience init(recordFolder: String) {
        self.init(folder: recordFolder + "/images")
    }

    /// How many images this build had to process because the cache did not have them.
    var imagesMade: Int { lock.withLock { made } }

    /// The bytes kept under `key`, or those `make` returns, which are kept for the next build.
    func bytes(key: String, make: () throws(ImageLibrary.Failure) -> [UInt8]) throws(ImageLibrary.Failure)
        -> [UInt8]
    {
        markUsed(key)
        if let cached = FileSystem.read(folder + "/" + key), !cached.isEmpty { return cached }
        let bytes = try make()
        lock.withLock { made += 1 }
        // A failure to keep it only costs the next build the work.
        _ = CacheFile.write(bytes, to: folder + "/" + key)
        return bytes
    }

    /// Notes that this build still uses `key`, though it kept the image from the last output.
    func markUsed(_ key: String) {
        lock.withLock { _ = used.insert(key) }
    }

    /// Removes the images this build did not use (photos replaced or removed), so that the
    /// cache holds one site's images, not every version ever made. Called after a build
    /// succeeded only: a failed build must not cost the next one its images.
    func removeUnused() {
        let keep = lock.withLock { used }
        guard let names = try? FileSystem.listing(of: folder) else { return }
        for name in names where !keep.contains(name) { FileSystem.remove(folder + "/" + name) }
    }
}
