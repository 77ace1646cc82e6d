import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Creates the files that `casebook new` starts, never replacing one that exists.
enum NewFiles {
    /// Writes every file, or none when any of them already exists; `folders` are made too.
    static func create(_ files: [(path: String, text: String)], folders: [String] = [])
        throws(DiagnosticsError)
    {
        let existing = files.filter { FileSystem.exists($0.path) }
        guard existing.isEmpty else {
            throw DiagnosticsError(
                existing.map {
                    Diagnostic(
                        .error, at: SourceLocation(path: $0.path),
                        "the file already exists; nothing was written (choose another name or move it away)")
                })
        }
        do throws(OutputError) {
            for folder in folders { try FileSystem.makeFolders(folder) }
            for file in files {
                let parent = FolderPath.parent(of: file.path)
                if !parent.isEmpty { try FileSystem.makeFolders(parent) }
                guard try FileSystem.create(Array(file.text.utf8), at: file.path) else {
                    throw OutputError.cannotWrite(path: file.path, reason: "the file already exists")
                }
            }
        } catch {
            throw DiagnosticsError([error.diagnostic])
        }
    }
}
