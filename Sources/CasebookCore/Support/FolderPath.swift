/// Splitting paths into folder and name without NSString, whose Linux implementation traps on
/// some short paths ("A".deletingLastPathComponent crashes in swift-corelibs-foundation).
enum FolderPath {
    /// The folder part of `path` ("a/b" for "a/b/c", "" for "c", "/" for "/c").
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last part of `path` ("c" for "a/b/c").
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
