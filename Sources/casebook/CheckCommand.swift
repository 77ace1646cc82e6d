import ArgumentParser
import CasebookCore

/// `casebook check`: every problem in content and templates, all at once, nothing written.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check content and templates without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let diagnostics = SiteBuilder.check(contentFolder: site.content, templatesFolder: site.templates)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw Failure.exit(with: diagnostics)
        }
        DiagnosticPrinter().print(diagnostics)
        let warnings = diagnostics.count
        print(
            warnings == 0
                ? "No problems found." : "No errors; \(warnings) warning\(warnings == 1 ? "" : "s").")
    }
}
