/// One file made from a photo: its place in the output and its size.
struct PhotoVersion: Hashable, Sendable {
    /// The path relative to the output folder ("assets/sized/iskander-yerimbetov-3f2a…-640.webp").
    var path: String
    var width: Int
    var height: Int
    var format: ImageFormat
    /// True for the link preview, cropped to its box; the others keep the photo's shape.
    var cropped: Bool
}

/// Every file made from one photo and how pages name them: pure arithmetic on the photo's
/// size and content hash, so pages can be rendered before (or without) any image work.
struct PhotoVersions: Hashable, Sendable {
    /// The folder of every processed photo, relative to the output folder.
    static let folder = "assets/sized/"

    /// The sizes in the photo's shape, by format and width; never wider than the source.
    let sized: [PhotoVersion]
    /// The link preview, cropped to 1200x630 (smaller, in the same shape, from a smaller source).
    let preview: PhotoVersion

    /// The versions of the photo at `file` (under Content/assets/) whose bytes hash to
    /// `sourceHash` and whose upright size is `width` x `height`.
    init(file: String, sourceHash: String, width: Int, height: Int) {
        let stem = Self.stem(of: file)
        let hash = StableHash.of([sourceHash, PhotoSizes.identity]).prefix(12)
        let prefix = Self.folder + stem + "-" + hash
        var sized: [PhotoVersion] = []
        for format in PhotoSizes.formats {
            for target in PhotoSizes.widths where target <= width {
                let scaled = max(1, Int((Double(height) * Double(target) / Double(width)).rounded()))
                sized.append(
                    PhotoVersion(
                        path: "\(prefix)-\(target).\(format.fileExtension)", width: target, height: scaled,
                        format: format, cropped: false))
            }
        }
        self.sized = sized
        let box = PhotoSizes.preview
        let scale = min(1, Double(width) / Double(box.width), Double(height) / Double(box.height))
        let previewWidth = max(1, Int((Double(box.width) * scale).rounded(.down)))
        let previewHeight = max(1, Int((Double(box.height) * scale).rounded(.down)))
        preview = PhotoVersion(
            path: "\(prefix)-\(previewWidth)x\(previewHeight).jpg", width: previewWidth,
            height: previewHeight,
            format: .jpeg, cropped: true)
    }

    /// Every file to write.
    var all: [PhotoVersion] { sized + [preview] }

    /// The versions of `format` among `widths`, smallest first; the largest there is when the
    /// source is smaller than all of them.
    func versions(_ format: ImageFormat, widths: [Int]) -> [PhotoVersion] {
        let ofFormat = sized.filter { $0.format == format }
        let chosen = ofFormat.filter { widths.contains($0.width) }
        if !chosen.isEmpty { return chosen }
        return ofFormat.last.map { [$0] } ?? []
    }

    /// A file name's stem made safe for a URL: lower-case letters, digits and hyphens.
    static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let base = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        var stem = ""
        for character in base.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                stem.append(character)
            } else if !stem.isEmpty, stem.last != "-" {
                stem.append("-")
            }
        }
        while stem.last == "-" { stem.removeLast() }
        return stem.isEmpty ? "photo" : stem
    }
}
