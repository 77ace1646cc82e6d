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
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else {
            throw DiagnosticsError([
                TemplateError.unreadable(path: directory, reason: "not a folder").diagnostic
            ])
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var files: [String: Theme.File] = [:]
        var errors: [Diagnostic] = []
        while let relative = enumerator.nextObject() as? String {
            // The enumerator gives paths relative to `directory`, so symlinked folders such as
            // macOS's /tmp cannot change the keys.
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isDirectory: ObjCBool = false
            let sourcePath = prefix + relative
            guard manager.fileExists(atPath: sourcePath, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
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
