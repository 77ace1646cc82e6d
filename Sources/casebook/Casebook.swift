import ArgumentParser
import CSystemShims
import CasebookCore
import Foundation

/// The `casebook` command: one subcommand per thing staff do.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a static site and plain-text press releases from case files.",
        version: CasebookVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ReleaseCommand.self, ScheduleCommand.self, NewCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )

    /// Runs the command, first catching a misspelt command name: with `build` as the default,
    /// `casebook buidl` would otherwise read as `build` with a stray argument.
    static func main() {
        returnLargeBlocksToTheSystem()
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        if let message = UnknownCommand.message(for: Array(CommandLine.arguments.dropFirst()), among: names) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(nil)
    }
}

/// The message for a first argument that is neither an option nor a command.
enum UnknownCommand {
    /// "error: unknown command 'buidl'; did you mean 'build'?", or nil when `arguments` start well.
    static func message(for arguments: [String], among names: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) else { return nil }
        let suggestion = Suggestion.closest(to: first, among: names.filter { $0 != "help" })
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        return "Error: unknown command '\(first)'\(hint)\n"
            + "Commands: \(names.filter { $0 != "help" }.joined(separator: ", ")). See 'casebook --help'."
    }
}

/// Blocks of 128 KB or more (a site's cases.json, its search index, the cache files) are mapped
/// on their own and given back to the system when freed. glibc's default raises that bound to
/// the largest block freed so far, so after the first such buffer the next ones came from the
/// heap, which keeps freed memory: at 2,000 cases that added about 3 MB to a build's peak.
/// Smaller blocks' memory stays in the heap up to 16 MB instead of going back to the system at
/// every free and being faulted in again (see memory.c).
private func returnLargeBlocksToTheSystem() {
    casebook_return_large_blocks()
}
