import ArgumentParser
import CasebookCore

extension ReleaseFormat: ExpressibleByArgument {}

/// `casebook release SLUG [--format text|eml|html] [--lang TAG]`: one release on standard output,
/// drafts included.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Print a press release as plain text, an e-mail message or HTML, ready to send.",
        discussion: """
            Works for drafts and embargoed releases too: this is how a draft reaches a mail client. \
            The release line says what is true at --now: the draft line for a draft, the embargo \
            while it holds. `--format eml > release.eml` gives a message that mail programs open \
            as a draft to send.
            """)

    @Argument(help: "The release's slug: its file name without .md.")
    var slug: String

    @Option(
        help: ArgumentHelp(
            "text: the plain-text release; eml: an e-mail message (plain text and HTML); html: the e-mail's HTML.",
            valueName: "text|eml|html"))
    var format: ReleaseFormat = .text

    @Option(
        help: ArgumentHelp(
            "The language to print: a translation (releases/SLUG.LANG.md) in one of site.yaml's languages.",
            valueName: "tag"))
    var lang: String?

    @OptionGroup var site: SiteOptions
    @OptionGroup var time: TimeOptions

    func run() throws {
        do {
            let text = try SiteBuilder.release(
                slug: slug, format: format, language: lang, contentFolder: site.content,
                templatesFolder: site.templates, now: try time.resolve())
            print(text, terminator: "")
        } catch let failure as DiagnosticsError {
            throw Failure.exit(with: failure.diagnostics)
        }
    }
}
