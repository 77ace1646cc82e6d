/// Why the output folder could not be written; the previous output is left as it was.
enum OutputError: DiagnosticConvertible, Equatable {
    /// The folder holds files Casebook did not write; it is never emptied.
    case foreignFolder(path: String)
    /// The output path exists but is not a folder.
    case notAFolder(path: String)
    /// A folder or file could not be created or written.
    case cannotWrite(path: String, reason: String)
    /// The finished site could not be moved into place.
    case cannotSwap(path: String, reason: String)
    /// A renderer produced a path that would escape the output folder.
    case unsafePath(path: String)
    /// The output folder exists but cannot be listed, so whether it is Casebook's is unknown.
    case cannotList(path: String, reason: String)
    /// Something Casebook did not make sits where it assembles the new site; it is never deleted.
    case stagingTaken(path: String)
    /// The output folder lies inside a folder the build reads (or holds one).
    case overlapsInputs(path: String, input: String)
    /// The output path is a link that leads nowhere.
    case brokenLink(path: String, reason: String)
    /// libvips could not make an image of the site from its source.
    case cannotProcessImage(path: String, reason: String)
    /// Another build holds the lock of the same output (or cache) folder.
    case busy(path: String, holder: Int32?, waited: Double)

    /// The diagnostic the user sees.
    var diagnostic: Diagnostic {
        switch self {
        case .foreignFolder(let path):
            return Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1),
                "this folder was not created by Casebook and is not empty; refusing to replace it "
                    + "(choose another --output, or empty the folder yourself)")
        case .notAFolder(let path):
            return Diagnostic(
                .error, at: SourceLocation(path: path), "the output path exists and is not a folder")
        case .cannotWrite(let path, let reason):
            return Diagnostic(.error, at: SourceLocation(path: path), "cannot write: \(reason)")
        case .cannotProcessImage(let path, let reason):
            return Diagnostic(.error, at: SourceLocation(path: path), "cannot process the image: \(reason)")
        case .cannotSwap(let path, let reason):
            return Diagnostic(
                .error, at: SourceLocation(path: path),
                "cannot move the new site into place (\(reason)); the previous output is unchanged")
        case .unsafePath(let path):
            return Diagnostic(
                .error, at: SourceLocation(path: path), "refusing to write a path outside the output folder")
        case .cannotList(let path, let reason):
            return Diagnostic(
                .error, at: SourceLocation(path: path),
                "cannot list this folder (\(reason)), so Casebook cannot tell whether it is its own; "
                    + "nothing was changed")
        case .stagingTaken(let path):
            return Diagnostic(
                .error, at: SourceLocation(path: path),
                "Casebook assembles the new site here, but this was not made by Casebook; "
                    + "refusing to delete it (move it away, or choose another --output)")
        case .overlapsInputs(let path, let input):
            return Diagnostic(
                .error, at: SourceLocation(path: path),
                "the output folder overlaps \(input), which the build reads; choose an --output outside it")
        case .brokenLink(let path, let reason):
            return Diagnostic(
                .error, at: SourceLocation(path: path),
                "the output path is a link that leads nowhere (\(reason))")
        case .busy(let path, let holder, let waited):
            let folder = path.hasSuffix("/") ? path : path + "/"
            var message = "another build is writing \(folder) (pid \(holder.map(String.init) ?? "unknown"))"
            if waited > 0 { message += "; it did not finish within \(Int(waited.rounded())) s (--wait)" }
            return Diagnostic(.error, at: SourceLocation(path: path), message)
        }
    }
}
