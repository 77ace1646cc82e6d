import ArgumentParser
import CasebookCore

/// The `casebook` command: one subcommand per thing staff do.
@main
struct Casebook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a static site and plain-text press releases from case files.",
        version: CasebookVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ReleaseCommand.self, ScheduleCommand.self, NewCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )
}
