/// The sizes and formats Casebook makes of every case photo.
///
/// The fact box shows a photo at most 20rem (320 CSS pixels) wide beside the facts, and across
/// the screen on a phone (about 390 pixels): 320, 640 and 960 pixels wide cover both at one,
/// two and three device pixels per CSS pixel, and the largest is what a phone of three
/// pixels per point needs. Lists show a 5rem (80 pixel) thumbnail: 160 pixels covers two device
/// pixels per CSS pixel, and the 320 of the fact box serves sharper screens. A photo is never
/// enlarged, so its source must be at least as wide as the largest size.
enum PhotoSizes {
    /// Every width made, smallest first.
    static let widths = [160, 320, 640, 960]
    /// The widths the fact box offers the browser.
    static let factBoxWidths = [320, 640, 960]
    /// The widths a list offers.
    static let listWidths = [160, 320]
    /// How wide a photo's source must be at least.
    static var largest: Int { widths.max() ?? 0 }
    /// The `sizes` of the fact box photo: the full width of a narrow screen, else 20rem.
    static let factBoxSizes = "(max-width: 40rem) 100vw, 20rem"
    /// The `sizes` of a list thumbnail.
    static let listSizes = "5rem"
    /// Every size in WebP, which every current browser shows, and in JPEG for the others.
    static let formats: [ImageFormat] = [.webp, .jpeg]
    /// The link preview (`og:image`): the size and shape Facebook, LinkedIn and X ask for.
    static let preview = (width: 1200, height: 630)

    /// What decides the bytes of a processed image besides its source: the sizes, the
    /// encoders' options and the version of libvips. It is part of every processed image's
    /// name and cache key, so a change to any of them never serves an old file.
    static let identity: String = StableHash.of(
        widths.map(String.init) + ["\(preview)"] + ImageFormat.allCases.map(\.saveOptions)
            + [ImageLibrary.version])
}
