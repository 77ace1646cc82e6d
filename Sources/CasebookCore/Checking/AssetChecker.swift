/// Checks the files under Content/assets/ that a build publishes: an image must be one libvips
/// reads (it is re-encoded without metadata), and a document, published as it is, is warned
/// about when it names its author or a GPS position.
struct AssetChecker {
    /// How many files are read at once.
    var jobs = Parallel.defaultJobs

    /// Every problem, each at the asset's path.
    func check(_ content: Content, photos: Set<String>) -> [CheckError] {
        let folder = PhotoChecker.assetsFolder(of: content)
        let assets = content.assets.filter { !photos.contains($0) }
        return Parallel.map(assets, jobs: jobs) { file -> CheckError? in
            let path = folder + "/" + file
            let location = SourceLocation(path: path)
            if ImageFormat(path: file) != nil {
                guard case .failure(let failure) = ImageLibrary.header(ofFileAt: path) else { return nil }
                return .photoNotImage(file, reason: failure.reason, at: location)
            }
            guard let kind = DocumentInspector.kind(of: file), let bytes = FileSystem.read(path) else {
                return nil
            }
            let found = DocumentInspector.findings(in: bytes, kind: kind)
            return found.isEmpty ? nil : .documentMetadata(file, found: found, at: location)
        }.compactMap { $0 }
    }
}
