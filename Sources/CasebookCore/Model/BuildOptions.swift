import Foundation

/// What a build is asked to do.
package struct BuildOptions: Sendable {
    /// The content folder (site.yaml, cases/, releases/, assets/).
    var contentFolder: String
    /// The user's theme folder; files in it override the built-in theme one by one. It may not exist.
    var templatesFolder: String
    /// Where the site is written.
    package var outputFolder: String
    /// A review build: everything, drafts and embargoed releases too, each marked on its page.
    var review: Bool
    /// The moment the build takes as now.
    var now: Date
    /// How many pages are rendered at once.
    var jobs: Int
    /// How many seconds to wait for another build writing the same output to finish before
    /// giving up; 0 gives up at once.
    var lockWait: Double

    /// Creates options.
    package init(
        contentFolder: String = "Content", templatesFolder: String = "Templates",
        outputFolder: String = "Output",
        review: Bool = false, now: Date, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        lockWait: Double = 60
    ) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.review = review
        self.now = now
        self.jobs = max(1, jobs)
        self.lockWait = lockWait
    }
}

/// What a build did.
package struct BuildReport: Sendable {
    /// Files in the new site.
    package var files: Int
    /// Files whose bytes changed.
    package var written: Int
    /// Warnings found on the way.
    package var warnings: [Diagnostic]
    /// Where the site went.
    var outputFolder: String
    /// Wall time in seconds.
    var seconds: Double
    /// True when nothing the site depends on had changed, so nothing was read or written.
    package var upToDate = false
    /// How many images libvips made: those not found in the build's image cache.
    var imagesProcessed = 0

    /// The one line a build prints.
    package var summary: String {
        let time = String(format: "%.2f", seconds)
        if upToDate {
            return
                "Up to date: \(files) files in \(outputFolder), nothing changed since the last build (\(time) s)"
        }
        let images = imagesProcessed > 0 ? ", \(imagesProcessed) images processed" : ""
        return
            "Built \(files) files into \(outputFolder) (\(written) written, \(files - written) unchanged\(images)) in \(time) s"
    }
}
