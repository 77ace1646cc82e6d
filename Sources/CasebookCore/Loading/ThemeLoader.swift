import Foundation

/// Reads a user's theme folder (Templates/) and lays it over the built-in theme, file by file.
enum ThemeLoader {
    /// The built-in theme with the files of `directory` replacing or adding to it; a missing
    /// folder means the built-in theme alone. Paths in messages start with `directory` as given.
    static func load(directory: String?) throws -> Theme {
        guard let directory else { return .builtin }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return .builtin }
        return Theme.builtin.overlaid(with: try read(directory: directory))
    }

    /// Every file under `directory` (hidden files skipped), keyed by its relative path. Links are
    /// followed wherever they lead (a theme may share files with another), but an entry that is
    /// not a regular file (a FIFO, a device, a loop) is an error, never read: reading a FIFO
    /// would hang the build.
    static func read(directory: String) throws -> Theme {
        let entries = ContentEntry(folder: directory, confined: false)
        guard case .folder = entries.resolve(directory) else {
            throw DiagnosticsError([
                TemplateError.unreadable(path: directory, reason: "not a folder").diagnostic
            ])
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let walk = entries.files(under: directory, skippingHidden: true)
        var files: [String: Theme.File] = [:]
        var errors = walk.problems.map {
            TemplateError.unreadable(path: $0.path, reason: $0.reason).diagnostic
        }
        for relative in walk.files {
            let sourcePath = prefix + relative
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: sourcePath))
                files[relative] = Theme.File(contents: Array(data), sourcePath: sourcePath)
            } catch {
                errors.append(
                    TemplateError.unreadable(path: sourcePath, reason: error.localizedDescription).diagnostic)
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        return Theme(files: files)
    }
}
