import Foundation

/// What `casebook serve` is asked to do.
package struct ServeOptions: Sendable {
    /// The port used when none is given; documented in the README.
    package static let defaultPort = 4000

    /// The content folder.
    var contentFolder: String
    /// The user's theme folder.
    var templatesFolder: String
    /// The address to listen on; only this machine by default.
    var bindAddress: String
    /// The port to listen on.
    var port: Int
    /// Serve the review build (drafts, embargoed items, banners) instead of the public site.
    var review: Bool
    /// A fixed moment to build for; nil follows the clock (or SOURCE_DATE_EPOCH).
    var now: Date?
    /// How often the inputs are looked at, in seconds.
    var pollInterval: Double

    /// Creates options.
    package init(
        contentFolder: String = "Content", templatesFolder: String = "Templates",
        bindAddress: String = "127.0.0.1", port: Int = ServeOptions.defaultPort, review: Bool = false,
        now: Date? = nil, pollInterval: Double = 0.1
    ) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.bindAddress = bindAddress
        self.port = port
        self.review = review
        self.now = now
        self.pollInterval = pollInterval
    }

    /// The folder the served site is built into: `.casebook/serve/public` (or `review`) beside
    /// the content folder, never Output/ or Review/, so a preview never replaces the site
    /// that gets uploaded.
    var outputFolder: String {
        let trimmed = contentFolder.hasSuffix("/") ? String(contentFolder.dropLast()) : contentFolder
        let parent = URL(fileURLWithPath: trimmed).standardizedFileURL.deletingLastPathComponent().path
        return parent + "/.casebook/serve/" + (review ? "review" : "public")
    }
}
