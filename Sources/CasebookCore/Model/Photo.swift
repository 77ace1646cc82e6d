/// A case's photo: `photo: {file, alt, credit}`.
package struct Photo: Hashable, Sendable {
    /// The image's path under Content/assets/ ("photos/iskander-yerimbetov.jpg").
    package var file: String
    /// What the image shows, for readers who cannot see it.
    package var alt: String
    /// Who took or made it, shown under it.
    package var credit: String?
    /// Where `file` is written, for messages about the image.
    package var location: SourceLocation

    /// Creates a photo.
    package init(file: String, alt: String, credit: String? = nil, location: SourceLocation) {
        self.file = file
        self.alt = alt
        self.credit = credit
        self.location = location
    }
}
