import Foundation

/// Casebook's version; part of the incremental cache's key, so a new version re-renders everything.
package enum CasebookVersion {
    /// The version string shown by `casebook --version`.
    package static let current = "0.1.0"

    /// What a cache written by this program is keyed by: the version and the executable's size and
    /// modification time. The rules that decide what a file means (what is an error, what is a
    /// draft) change between builds of one version; a cache decoded under other rules could
    /// otherwise publish a file that these rules refuse.
    static let cacheIdentity: String = {
        var info = stat()
        guard let path = executablePath, stat(path, &info) == 0 else { return current }
        return "\(current) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    // On Linux the kernel names the running executable; `Bundle.main` would also read the whole
    // folder that holds it (all of /usr/local/bin, say) to look for a bundle.
    private static var executablePath: String? {
        #if os(Linux)
            return "/proc/self/exe"
        #else
            return Bundle.main.executablePath
        #endif
    }
}
