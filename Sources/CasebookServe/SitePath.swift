import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Maps a request path to a file of the built site, and never to anything outside it.
///
/// The path is split into segments before it is decoded, a decoded segment that is `.` or `..`
/// or holds a slash, backslash or NUL is refused, and the file found is followed through any
/// symbolic links and must still lie inside the site's folder.
struct SitePath {
    /// What a request path leads to.
    enum Resolution: Equatable {
        /// A regular file inside the site.
        case file(String)
        /// The same place with a trailing slash, or the site's base path.
        case redirect(String)
        /// Nothing the site has.
        case notFound
    }

    /// The site's path on the server, such as `/kazakhstan/`.
    var basePath: String
    /// The built site's folder.
    var root: String

    /// Where `requestPath` (as sent, still percent-encoded, without the query) leads.
    func resolve(_ requestPath: String) -> Resolution {
        guard requestPath.hasPrefix(basePath) else {
            // `/` and any folder above the site lead to it, so the bare address works.
            return basePath.hasPrefix(requestPath.hasSuffix("/") ? requestPath : requestPath + "/")
                ? .redirect(basePath) : .notFound
        }
        var segments: [String] = []
        for raw in requestPath.dropFirst(basePath.count).split(
            separator: "/", omittingEmptySubsequences: true)
        {
            guard let segment = String(raw).removingPercentEncoding,
                segment != ".", segment != "..",
                !segment.contains("/"), !segment.contains("\\"), !segment.contains("\0"),
                // The marker that tells builds the folder is theirs is no page.
                segment != ".casebook-output"
            else { return .notFound }
            segments.append(segment)
        }
        let relative = segments.joined(separator: "/")
        let candidate = relative.isEmpty ? root : root + "/" + relative
        guard let real = Self.realPath(candidate), let realRoot = Self.realPath(root),
            real == realRoot || real.hasPrefix(realRoot + "/")
        else { return .notFound }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
            let index = real + "/index.html"
            guard stat(index, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .notFound }
            return .file(index)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG, !requestPath.hasSuffix("/") else { return .notFound }
        return .file(real)
    }

    /// The canonical path with every link followed, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
