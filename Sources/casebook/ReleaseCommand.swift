import ArgumentParser
import CasebookCore

/// `casebook release SLUG`: one release as plain text on standard output, drafts included.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Print a press release as plain text, ready to paste into an e-mail.",
        discussion: "Works for drafts and embargoed releases too: this is how a draft reaches a mail client.")

    @Argument(help: "The release's slug: its file name without .md.")
    var slug: String

    @OptionGroup var site: SiteOptions
    @OptionGroup var time: TimeOptions

    func run() throws {
        do {
            let text = try SiteBuilder.textRelease(
                slug: slug, contentFolder: site.content, templatesFolder: site.templates,
                now: try time.resolve())
            print(text, terminator: "")
        } catch let failure as DiagnosticsError {
            throw Failure.exit(with: failure.diagnostics)
        }
    }
}
