/// A case's photo: `photo: {file, alt, credit}`.
struct Photo: Hashable, Sendable {
    /// The image's path under Content/assets/ ("photos/iskander-yerimbetov.jpg").
    var file: String
    /// What the image shows, for readers who cannot see it.
    var alt: String
    /// Who took or made it, shown under it.
    var credit: String?
    /// Where `file` is written, for messages about the image.
    var location: SourceLocation

    /// Creates a photo.
    init(file: String, alt: String, credit: String? = nil, location: SourceLocation) {
        self.file = file
        self.alt = alt
        self.credit = credit
        self.location = location
    }
}
