import Foundation

/// The images of a build: the sizes of the case photos, and the assets, images stripped of
/// their metadata and other files as they are.
extension RenderPlan {
    /// The sizes of the photos of the cases shown, and nothing of any other photo: a draft's
    /// photo is never written in a public build. A photo already in the last output under its
    /// content-hashed name is kept as it is.
    func renderPhotos(jobs: Int, into writer: OutputWriter) throws {
        let images = images
        let photos = Dictionary(
            editions[0].pages.cases.compactMap { caseFile in
                caseFile.photo.flatMap { photo in images.photos.versions(of: photo).map { (photo.file, $0) } }
            }, uniquingKeysWith: { first, _ in first })
        let assets = PhotoChecker.assetsFolder(of: content)
        try Parallel.forEach(photos.sorted { $0.key < $1.key }, jobs: jobs) { file, versions in
            let paths = versions.all.map(\.path)
            if images.reuseOutput, try paths.allSatisfy(writer.keep) {
                paths.forEach(images.renderer.kept)
                return
            }
            for output in try images.renderer.render(versions, source: assets + "/" + file) {
                try writer.add(output)
            }
        }
    }

    // Content assets win over theme assets of the same name: they are the organisation's own
    // files. Images lose their metadata; a case photo is published only in its sizes (above).
    func copyAssets(themeAssets: [OutputFile], jobs: Int, into writer: OutputWriter) throws {
        let own = Set(content.assets.map { "assets/" + $0 })
        for file in themeAssets where !own.contains(file.path) { try writer.add(file) }
        let folder = PhotoChecker.assetsFolder(of: content)
        let images = images
        let assets = content.assets.filter { !images.photos.files.contains($0) }
        try Parallel.forEach(assets, jobs: jobs) { path in
            let source = folder + "/" + path
            guard let bytes = FileSystem.read(source) else {
                throw OutputError.cannotWrite(path: source, reason: "cannot read the file")
            }
            // What the bytes are decides, not the name: a photo renamed .txt keeps no metadata either.
            guard let format = ImageFormat(sniffing: bytes) ?? ImageFormat(path: path) else {
                return try writer.add(OutputFile(path: "assets/" + path, contents: bytes))
            }
            let hash = images.assetHashes[path] ?? StableHash.of(bytes: bytes)
            try writer.add(
                images.renderer.strip(bytes, from: source, to: "assets/" + path, format: format, hash: hash))
        }
    }
}
