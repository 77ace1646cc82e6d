import ArgumentParser
import CasebookCore
import Foundation

/// Where the content and theme are, shared by every command.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (site.yaml, cases/, releases/, assets/).")
    var content = "Content"

    @Option(help: "A theme folder whose files override the built-in theme file by file.")
    var templates = "Templates"
}

/// The moment to build for.
struct TimeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Build as if it were this moment (ISO 8601, e.g. 2026-11-30T08:00:00Z).",
            discussion: "Without it, SOURCE_DATE_EPOCH is used when set, else the clock."))
    var now: String?

    /// The resolved moment, or a validation error naming the bad value.
    func resolve() throws -> Date {
        do {
            return try Clock.now(option: now)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// Prints diagnostics and turns a failed stage into exit status 1.
enum Failure {
    /// Prints the diagnostics of a failed build or check and exits with status 1.
    static func exit(with diagnostics: [Diagnostic]) -> ExitCode {
        DiagnosticPrinter().print(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            FileHandle.standardError.write(
                Data("\(errors) error\(errors == 1 ? "" : "s"); nothing was written\n".utf8))
        }
        return ExitCode(1)
    }
}
