import Foundation

extension SiteBuilder {
    /// The path the site in `contentFolder` lives at on its server (`base_url`'s path, such as
    /// `/kazakhstan/`), or nil when site.yaml is missing or has errors. Reads site.yaml only.
    package static func basePath(contentFolder: String) -> String? {
        let trimmed = contentFolder.hasSuffix("/") ? String(contentFolder.dropLast()) : contentFolder
        let path = trimmed + "/site.yaml"
        guard let bytes = FileSystem.read(path) else { return nil }
        let (site, errors) = SiteDecoder.decode(String(decoding: bytes, as: UTF8.self), path: path)
        return errors.isEmpty ? site.basePath : nil
    }
}
