import Foundation

/// Reads a user's theme folder (Templates/) and lays it over the built-in theme, file by file.
public enum ThemeLoader {
    /// The built-in theme with the files of `directory` replacing or adding to it; a missing
    /// folder means the built-in theme alone. Paths in messages start with `directory` as given.
    public static func load(directory: String?) throws -> Theme {
        guard let directory else { return .builtin }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return .builtin }
        return Theme.builtin.overlaid(with: try read(directory: directory))
    }

    /// Every file under `directory` (hidden files skipped), keyed by its relative path.
    public static func read(directory: String) throws -> Theme {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw DiagnosticsError([
                TemplateError.unreadable(path: directory, reason: "not a folder").diagnostic
            ])
        }
        let rootPath = root.standardizedFileURL.path
        var files: [String: Theme.File] = [:]
        var errors: [Diagnostic] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else {
                continue
            }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            let sourcePath = (directory.hasSuffix("/") ? directory : directory + "/") + relative
            do {
                let data = try Data(contentsOf: url)
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
