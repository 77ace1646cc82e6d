import ArgumentParser
import CasebookCore
import Foundation

/// `casebook build`: load, check, render and write the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into Output/ (or a review build into Review/).")

    @OptionGroup var site: SiteOptions
    @OptionGroup var time: TimeOptions

    @Option(help: "Where to write the site (default: Output, or Review with --drafts).")
    var output: String?

    @Flag(help: "A review build of everything, drafts and embargoed releases too, each marked on its page.")
    var drafts = false

    // Optional, so that the help says the default once, in words, rather than the number of
    // cores of the machine the help happens to be printed on.
    @Option(help: "How many pages to render at once (default: the number of cores).")
    var jobs: Int?

    @Option(
        help: ArgumentHelp(
            "How many seconds to wait for another build writing the same output to finish.",
            discussion: "0 gives up at once; either way, a build that gives up changes nothing.",
            valueName: "seconds"))
    var wait: Double = 60

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard wait >= 0, wait.isFinite else {
            throw ValidationError("--wait must be a number of seconds, 0 or more")
        }
        if drafts, let output, Self.standardised(output) == Self.standardised("Output") {
            throw ValidationError(
                "a review build (--drafts) never writes into Output/; choose another --output")
        }
    }

    func run() throws {
        let options = BuildOptions(
            contentFolder: site.content, templatesFolder: site.templates,
            outputFolder: output ?? (drafts ? "Review" : "Output"), review: drafts, now: try time.resolve(),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, lockWait: wait)
        do {
            let report = try SiteBuilder.build(options)
            DiagnosticPrinter().print(report.warnings)
            print(report.summary)
        } catch let failure as DiagnosticsError {
            throw Failure.exit(with: failure.diagnostics)
        }
    }

    static func standardised(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
