import Glibc

/// Writes OUT/<name>/index.html, one folder per page as in Casebook's layout.
enum PageFile {
    struct Unwritable: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): cannot write it" }
    }

    static func write(_ page: String, folder: String, name: String) throws {
        let pageFolder = folder + "/" + name
        if mkdir(pageFolder, 0o755) != 0 && errno != EEXIST { throw Unwritable(path: pageFolder) }
        let path = pageFolder + "/index.html"
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { throw Unwritable(path: path) }
        defer { close(file) }
        var page = page
        let complete = page.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(file, start + offset, bytes.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        if !complete { throw Unwritable(path: path) }
    }
}
