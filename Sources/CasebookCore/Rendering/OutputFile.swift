/// A file a renderer wants written: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators, such as `cases/iskander-yerimbetov/index.html`.
    public var path: String
    /// The exact bytes to write.
    public var contents: [UInt8]

    /// Creates a file from bytes.
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    /// Creates a file from text, written as UTF-8.
    public init(path: String, text: String) {
        self.path = path
        self.contents = Array(text.utf8)
    }
}
