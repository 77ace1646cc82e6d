/// The Content-Type of each kind of file a built site holds.
enum MediaTypes {
    /// The type for `path`, by its extension; unknown files are plain bytes.
    static func type(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return "application/octet-stream"
        }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// True for the pages that get the reload script.
    static func isHTML(_ type: String) -> Bool { type.hasPrefix("text/html") }

    private static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "json": "application/json", "xml": "application/xml",
        "atom": "application/atom+xml", "rss": "application/rss+xml",
        "eml": "message/rfc822", "pdf": "application/pdf",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "mp3": "audio/mpeg", "mp4": "video/mp4", "webm": "video/webm",
        "csv": "text/csv; charset=utf-8", "zip": "application/zip",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
}
