/// `{alt, credit, src, width, height, webpSrcset, jpegSrcset, sizes}`: a case photo as a
/// `<picture>`: WebP sizes for browsers that take them, JPEG sizes and `src` for the rest,
/// `width` and `height` (those of `src`) so the page keeps the photo's space while it loads.
struct PictureModel: TemplateModel {
    let alt: String
    let credit: String?
    /// The largest JPEG offered.
    let src: String
    let width: Int
    let height: Int
    let webpSrcset: String
    let jpegSrcset: String
    let sizes: String

    /// The photo of the case page's fact box.
    static func factBox(_ caseFile: CaseFile, in context: PageContext) -> PictureModel? {
        guard let photo = caseFile.photo, let versions = context.photos.versions(of: photo) else {
            return nil
        }
        return PictureModel(
            photo, versions, widths: PhotoSizes.factBoxWidths, sizes: PhotoSizes.factBoxSizes, in: context)
    }

    /// The photo cropped to 1200x630 for link previews (`og:image`), as an absolute URL.
    static func preview(_ caseFile: CaseFile, in context: PageContext) -> PreviewImage? {
        guard let photo = caseFile.photo, let versions = context.photos.versions(of: photo) else {
            return nil
        }
        let preview = versions.preview
        return PreviewImage(
            sitePath: preview.path, alt: photo.alt, width: preview.width,
            height: preview.height, links: context.links)
    }

    /// The small photo of a case in a list.
    static func thumbnail(_ caseFile: CaseFile, in context: PageContext) -> PictureModel? {
        guard let photo = caseFile.photo, let versions = context.photos.versions(of: photo) else {
            return nil
        }
        return PictureModel(
            photo, versions, widths: PhotoSizes.listWidths, sizes: PhotoSizes.listSizes, in: context)
    }

    private init(
        _ photo: Photo, _ versions: PhotoVersions, widths: [Int], sizes: String, in context: PageContext
    ) {
        func srcset(_ list: [PhotoVersion]) -> String {
            list.map { "\(context.links.basePath + $0.path) \($0.width)w" }.joined(separator: ", ")
        }
        let jpegs = versions.versions(.jpeg, widths: widths)
        alt = photo.alt
        credit = photo.credit
        src = jpegs.last.map { context.links.basePath + $0.path } ?? ""
        width = jpegs.last?.width ?? 0
        height = jpegs.last?.height ?? 0
        webpSrcset = srcset(versions.versions(.webp, widths: widths))
        jpegSrcset = srcset(jpegs)
        self.sizes = sizes
    }

    static let templateFields: [TemplateField<PictureModel>] = [
        .text("alt", \.alt), .text("credit", \.credit), .text("src", \.src), .number("width", \.width),
        .number("height", \.height), .text("webpSrcset", \.webpSrcset), .text("jpegSrcset", \.jpegSrcset),
        .text("sizes", \.sizes),
    ]
}
