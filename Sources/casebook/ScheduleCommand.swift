import ArgumentParser
import CasebookCore

/// `casebook schedule`: what is not public yet, when it will be, and when the site next changes.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "List drafts and embargoed or future releases with the time each becomes public.")

    @Option(help: "The content folder.")
    var content = "Content"

    @OptionGroup var time: TimeOptions

    @Flag(help: "Print JSON for a scheduler instead of a table.")
    var json = false

    func run() throws {
        do {
            let schedule = try SiteBuilder.schedule(contentFolder: content, now: try time.resolve())
            print(json ? schedule.json : schedule.text, terminator: "")
        } catch let failure as DiagnosticsError {
            throw Failure.exit(with: failure.diagnostics)
        }
    }
}
