/// Why the output folder could not be written; the previous output is left as it was.
public enum OutputError: DiagnosticConvertible, Equatable {
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

    /// The diagnostic the user sees.
    public var diagnostic: Diagnostic {
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
        case .cannotSwap(let path, let reason):
            return Diagnostic(
                .error, at: SourceLocation(path: path),
                "cannot move the new site into place (\(reason)); the previous output is unchanged")
        case .unsafePath(let path):
            return Diagnostic(
                .error, at: SourceLocation(path: path), "refusing to write a path outside the output folder")
        }
    }
}
