/// `{alt, credit, src, width, height, webpSrcset, jpegSrcset, sizes, preview}`: a case photo as a
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
    /// The link preview, 1200x630 (`og:image`); only on the case page.
    let preview: PreviewImage?

    /// The photo of the case page's fact box.
    static func factBox(_ caseFile: CaseFile, in context: PageContext) -> PictureModel? {
        guard let photo = caseFile.photo, let versions = context.photos.versions(of: photo) else {
            return nil
        }
        let preview = versions.preview
        return PictureModel(
            photo, versions, widths: PhotoSizes.factBoxWidths, sizes: PhotoSizes.factBoxSizes,
            preview: PreviewImage(
                url: context.links.absolute(preview.path), width: preview.width, height: preview.height,
                alt: photo.alt),
            in: context)
    }

    /// The small photo of a case in a list.
    static func thumbnail(_ caseFile: CaseFile, in context: PageContext) -> PictureModel? {
        guard let photo = caseFile.photo, let versions = context.photos.versions(of: photo) else {
            return nil
        }
        return PictureModel(
            photo, versions, widths: PhotoSizes.listWidths, sizes: PhotoSizes.listSizes, preview: nil,
            in: context)
    }

    private init(
        _ photo: Photo, _ versions: PhotoVersions, widths: [Int], sizes: String, preview: PreviewImage?,
        in context: PageContext
    ) {
        func srcset(_ list: [PhotoVersion]) -> String {
            list.map { "\(context.links.path($0.path)) \($0.width)w" }.joined(separator: ", ")
        }
        let jpegs = versions.versions(.jpeg, widths: widths)
        alt = photo.alt
        credit = photo.credit
        src = jpegs.last.map { context.links.path($0.path) } ?? ""
        width = jpegs.last?.width ?? 0
        height = jpegs.last?.height ?? 0
        webpSrcset = srcset(versions.versions(.webp, widths: widths))
        jpegSrcset = srcset(jpegs)
        self.sizes = sizes
        self.preview = preview
    }

    static let templateFields: [TemplateField<PictureModel>] = [
        .text("alt", \.alt), .text("credit", \.credit), .text("src", \.src), .number("width", \.width),
        .number("height", \.height), .text("webpSrcset", \.webpSrcset), .text("jpegSrcset", \.jpegSrcset),
        .text("sizes", \.sizes), .object("preview", \.preview),
    ]
}

/// `{url, width, height, alt}`: the photo cropped for link previews, with its absolute URL.
struct PreviewImage: TemplateModel {
    let url: String
    let width: Int
    let height: Int
    let alt: String

    static let templateFields: [TemplateField<PreviewImage>] = [
        .text("url", \.url), .number("width", \.width), .number("height", \.height), .text("alt", \.alt),
    ]
}
