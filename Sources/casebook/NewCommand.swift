import ArgumentParser
import CasebookCore
import Foundation

/// `casebook new`: starts a site, a case file or a release, and prints the path it wrote.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new site, case file, page or press release.",
        subcommands: [NewSiteCommand.self, NewCaseCommand.self, NewPageCommand.self, NewReleaseCommand.self])
}

/// `casebook new site DIR`.
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract:
            "Write a working site into a new folder: Content/ with site.yaml, an example case, release and page, and a .gitignore."
    )

    @Argument(help: "The folder to create the site in.")
    var folder: String

    func run() throws {
        let today = Scaffold.today(Date(), in: TimeZone(identifier: "UTC") ?? .current)
        try printPaths { try Scaffold.newSite(in: folder, today: today) }
    }
}

/// `casebook new case "NAME"`.
struct NewCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Start Content/cases/<slug>.md for a person, with every key listed, as a draft.",
        discussion: "The file name is made from the name, other scripts written in Latin letters.")

    @Argument(help: "The person's name, in any script.")
    var name: String

    @Option(help: "The content folder.")
    var content = "Content"

    func run() throws {
        try printPaths { [try Scaffold.newCase(named: name, contentFolder: content)] }
    }
}

/// `casebook new page SLUG [--title TITLE]`.
struct NewPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "Start Content/pages/<slug>.md (About, Methodology, Donate), as a draft.")

    @Argument(help: "The page's file name without .md, such as about; it is published at <slug>/.")
    var slug: String

    @Option(help: "The page title (default: made from the slug).")
    var title: String?

    @Option(help: "The content folder.")
    var content = "Content"

    func run() throws {
        try printPaths { [try Scaffold.newPage(slug: slug, title: title, contentFolder: content)] }
    }
}

/// `casebook new release "TOPIC" [--case SLUG]... [--date YYYY-MM-DD]`.
struct NewReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Draft Content/releases/<date>-<slug>.md from the named cases' facts, as a draft.")

    @Argument(help: "The headline.")
    var topic: String

    @Option(
        name: .customLong("case"),
        help: "A case the release is about (its file name without .md); repeatable.")
    var cases: [String] = []

    @Option(help: "The release's date, YYYY-MM-DD (default: today in the site's time zone).")
    var date: String?

    @Option(help: "The content folder.")
    var content = "Content"

    func validate() throws {
        if let date, PartialDate(parsing: date)?.isFullDate != true {
            throw ValidationError("--date must be a day written YYYY-MM-DD, such as 2026-11-30")
        }
    }

    func run() throws {
        let day = date.flatMap { PartialDate(parsing: $0) }
        try printPaths {
            [
                try Scaffold.newRelease(
                    topic: topic, cases: cases, date: day, contentFolder: content, now: Date())
            ]
        }
    }
}

/// Runs a `new` step, printing each path it wrote, or its errors with exit status 1.
private func printPaths(_ step: () throws -> [String]) throws {
    do {
        for path in try step() { print(path) }
    } catch let error as DiagnosticsError {
        DiagnosticPrinter().print(error.diagnostics)
        throw ExitCode(1)
    }
}
