import Foundation

/// The images of a build: the sizes of the case photos, and the assets, images stripped of
/// their metadata and other files as they are.
extension RenderPlan {
    /// The sizes of the photos of the cases shown, and nothing of any other photo: a draft's
    /// photo is never written in a public build. When the output is the last build's, a photo
    /// already there under its content-hashed name is kept as it is.
    func photoJobs() -> [RenderJob] {
        let images = images
        let photos = Dictionary(
            editions[0].pages.cases.compactMap { caseFile in
                caseFile.photo.flatMap { photo in images.photos.versions(of: photo).map { (photo.file, $0) } }
            }, uniquingKeysWith: { first, _ in first })
        let assets = PhotoChecker.assetsFolder(of: content)
        return photos.sorted { $0.key < $1.key }.map { file, versions in
            RenderJob(
                paths: versions.all.map(\.path),
                reuse: images.reuseOutput ? .whilePresent(kept: images.renderer.kept) : .never
            ) {
                try images.renderer.render(versions, source: assets + "/" + file)
            }
        }
    }

    // Content assets win over theme assets of the same name: they are the organisation's own
    // files. Images lose their metadata; a case photo is published only in its sizes (above).
    func assetJobs() -> [RenderJob] {
        let own = Set(content.assets.map { "assets/" + $0 })
        let theme = editions[0].pages.themeAssets.filter { !own.contains($0.path) }.map(RenderJob.init)
        let folder = PhotoChecker.assetsFolder(of: content)
        let images = images
        let assets = content.assets.filter { !images.photos.files.contains($0) }
        return theme
            + assets.map { path in
                RenderJob(paths: ["assets/" + path], reuse: .never) {
                    let source = folder + "/" + path
                    guard let bytes = FileSystem.read(source) else {
                        throw OutputError.cannotWrite(path: source, reason: "cannot read the file")
                    }
                    // What the bytes are decides, not the name: a photo renamed .txt keeps no
                    // metadata either.
                    guard let format = ImageFormat(sniffing: bytes) ?? ImageFormat(path: path) else {
                        return [OutputFile(path: "assets/" + path, contents: bytes)]
                    }
                    let hash = images.assetHashes[path] ?? StableHash.of(bytes: bytes)
                    return [
                        try images.renderer.strip(
                            bytes, from: source, to: "assets/" + path, format: format, hash: hash)
                    ]
                }
            }
    }
}
