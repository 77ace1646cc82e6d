/// Checks each case's photo on disk: inside Content/assets/, there, an image libvips can read,
/// and wide enough for the largest size made of it. Only headers are read, never pixels.
struct PhotoChecker {
    /// How many headers are read at once.
    var jobs = Parallel.defaultJobs

    /// The photos that can be published, with every problem at the `file` key of its case.
    /// Drafts are checked too: a photo must be right before its case is published.
    func check(_ content: Content) -> (PhotoCatalogue, [CheckError]) {
        let assets = Self.assetsFolder(of: content)
        let realAssets = FileSystem.realPath(assets)
        let known = Suggestion.Candidates(content.assets)
        let files = Set(content.cases.compactMap { $0.photo?.file }).sorted()
        let verdicts = Parallel.map(files, jobs: jobs) { file in
            (file, Self.inspect(file, assets: assets, realAssets: realAssets, known: known))
        }
        var sources: [String: PhotoCatalogue.Source] = [:]
        var problems: [String: Problem] = [:]
        for (file, verdict) in verdicts {
            switch verdict {
            case .success(let source): sources[file] = source
            case .failure(let problem): problems[file] = problem
            }
        }
        let errors = content.cases.compactMap { caseFile -> CheckError? in
            guard let photo = caseFile.photo else { return nil }
            return problems[photo.file].map { $0.error(photo.file, at: photo.location) }
        }
        return (PhotoCatalogue(sources: sources), errors)
    }

    /// Content/assets/ as a path from the working directory.
    static func assetsFolder(of content: Content) -> String {
        (content.root.hasSuffix("/") ? content.root : content.root + "/") + "assets"
    }

    /// What is wrong with a file, before it is put at the place of each case that names it.
    enum Problem: Error, Sendable {
        case outside, missing(suggestion: String?), notImage(reason: String), tooSmall(width: Int)

        func error(_ file: String, at location: SourceLocation) -> CheckError {
            switch self {
            case .outside: .photoOutsideAssets(file, at: location)
            case .missing(let suggestion): .photoMissing(file, suggestion: suggestion, at: location)
            case .notImage(let reason): .photoNotImage(file, reason: reason, at: location)
            case .tooSmall(let width):
                .photoTooSmall(file, width: width, needed: PhotoSizes.largest, at: location)
            }
        }
    }

    private static func inspect(
        _ file: String, assets: String, realAssets: String?, known: Suggestion.Candidates
    ) -> Result<PhotoCatalogue.Source, Problem> {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard !file.hasPrefix("/"), !file.contains("\\"), !parts.contains(where: { $0 == ".." || $0.isEmpty })
        else {
            return .failure(.outside)
        }
        let path = assets + "/" + file
        guard FileSystem.kind(of: path) != .missing, let real = FileSystem.realPath(path) else {
            let suggestion = known.closest(to: file)
            return .failure(.missing(suggestion: suggestion))
        }
        guard let realAssets, FileSystem.isWithin(real, realAssets) else {
            return .failure(.outside)
        }
        switch ImageLibrary.header(ofFileAt: path) {
        case .failure(let failure):
            return .failure(.notImage(reason: failure.reason))
        case .success(let header) where header.format == nil:
            return .failure(.notImage(reason: "it is another kind of file"))
        case .success(let header) where header.width < PhotoSizes.largest:
            return .failure(.tooSmall(width: header.width))
        case .success(let header):
            return .success(PhotoCatalogue.Source(width: header.width, height: header.height, hash: ""))
        }
    }
}
