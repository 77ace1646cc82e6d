/// Images processed by earlier builds, kept so that a build whose photos did not change
/// decodes none of them. The build's incremental record provides them (`ImageCache`); declared
/// here so that image processing knows only what it asks for.
protocol ProcessedImages: Sendable {
    /// The bytes kept under `key`, or those `make` returns, which are kept for the next build.
    func bytes(key: String, make: () throws(ImageLibrary.Failure) -> [UInt8]) throws(ImageLibrary.Failure)
        -> [UInt8]
    /// Notes that this build still uses `key`, though it kept the image from the last output.
    func markUsed(_ key: String)
}
