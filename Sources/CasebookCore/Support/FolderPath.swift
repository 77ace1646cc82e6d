/// Splitting paths into folder and name without NSString, whose Linux implementation traps on
/// some short paths ("A".deletingLastPathComponent crashes in swift-corelibs-foundation).
enum FolderPath {
    /// The folder part of `path` ("a/b" for "a/b/c", "" for "c", "/" for "/c").
    static func parent(of path: String) -> String {
        guard let slash = lastSlash(in: path) else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last part of `path` ("c" for "a/b/c").
    static func name(of path: String) -> String {
        guard let slash = lastSlash(in: path) else { return path }
        return String(path[path.index(after: slash)...])
    }

    // Among the UTF-8 bytes: a slash is one byte and never part of another character, and
    // finding it among the characters cost thousands of instructions a path, for every file of
    // the copy a rebuild lays out.
    private static func lastSlash(in path: String) -> String.Index? {
        path.utf8.lastIndex(of: UInt8(ascii: "/"))
    }
}
