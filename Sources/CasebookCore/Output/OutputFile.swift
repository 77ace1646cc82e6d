/// One file a build writes: a path relative to the output folder and its bytes.
///
/// Renderers return these and never touch the disk; only the writer does.
package struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` separators ("cases/x/index.html").
    var path: String
    /// The file's bytes.
    var contents: [UInt8]

    /// Creates a file from bytes.
    package init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    /// Creates a file from text, stored as UTF-8.
    package init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }

    /// The contents as UTF-8 text (invalid bytes repaired), for tests and messages.
    var text: String { String(decoding: contents, as: UTF8.self) }
}
