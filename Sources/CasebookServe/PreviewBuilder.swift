import CasebookCore
import Foundation

/// Builds the served site, then rebuilds it whenever a file under Content/ or Templates/
/// changes, through the same `SiteBuilder.build` as `casebook build` (so the same checks,
/// incremental cache, lock and atomic swap), and tells open pages to reload.
final class PreviewBuilder: @unchecked Sendable {
    let options: ServeOptions
    let state: PreviewState
    private let printer: @Sendable (String, Bool) -> Void
    private let diagnosticsPrinter: @Sendable ([Diagnostic]) -> Void
    private let watcher: InputWatcher
    // Builds run one at a time: the first before the server starts, then on the watching thread.
    private var hasBuilt = false

    /// `say(text, isError)` prints a line; `report` prints diagnostics.
    init(
        options: ServeOptions, state: PreviewState, say: @escaping @Sendable (String, Bool) -> Void,
        report: @escaping @Sendable ([Diagnostic]) -> Void
    ) {
        self.options = options
        self.state = state
        self.printer = say
        self.diagnosticsPrinter = report
        self.watcher = InputWatcher(folders: [options.contentFolder, options.templatesFolder])
    }

    /// Builds the site once, then watches the inputs on a thread of its own; returns after the
    /// first build, whatever its outcome. The inputs are looked at before that build, so a file
    /// saved while it runs is noticed.
    func start() {
        let seen = watcher.look()
        buildOnce()
        watch(from: seen)
    }

    /// Builds once and records the outcome.
    func buildOnce() {
        let started = Date()
        let build = BuildOptions(
            contentFolder: options.contentFolder, templatesFolder: options.templatesFolder,
            outputFolder: options.outputFolder, review: options.review,
            now: options.now ?? Clock.nowOrSystem())
        do {
            let report = try SiteBuilder.build(build)
            let basePath =
                SiteBuilder.basePath(contentFolder: options.contentFolder) ?? state.snapshot.basePath
            let hadErrors = !state.snapshot.errors.isEmpty
            state.built(basePath: basePath, changed: !report.upToDate && report.written > 0)
            if !report.warnings.isEmpty { diagnosticsPrinter(report.warnings) }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            if !hasBuilt {
                printer("Built \(report.files) files in \(seconds) s", false)
            } else if !report.upToDate || hadErrors {
                printer(
                    "Rebuilt in \(seconds) s: \(report.written) file\(report.written == 1 ? "" : "s") changed",
                    false)
            }
            hasBuilt = true
        } catch let failure as DiagnosticsError {
            if failure.diagnostics != state.snapshot.errors {
                diagnosticsPrinter(failure.diagnostics)
                let errors = failure.diagnostics.filter { $0.severity == .error }.count
                printer(
                    "\(errors) error\(errors == 1 ? "" : "s"); the browser shows them until they are fixed",
                    true)
            }
            state.failed(failure.diagnostics)
        } catch {
            let diagnostic = Diagnostic(.error, at: SourceLocation(path: options.contentFolder), "\(error)")
            diagnosticsPrinter([diagnostic])
            state.failed([diagnostic])
        }
    }

    /// Watches the inputs on a thread of its own, rebuilding after each change, and once a
    /// minute when following the clock, so that an embargo that ends shows up.
    private func watch(from stamps: [String: InputWatcher.Stamp]) {
        let thread = Thread { [self] in
            var seen = stamps
            var lastBuild = Date()
            while true {
                Thread.sleep(forTimeInterval: options.pollInterval)
                let now = watcher.look()
                let clockDue = options.now == nil && Date().timeIntervalSince(lastBuild) >= 60
                guard now != seen || clockDue else { continue }
                seen = now
                lastBuild = Date()
                buildOnce()
            }
        }
        thread.name = "casebook-serve-watch"
        thread.start()
    }
}

extension Clock {
    /// The moment now: SOURCE_DATE_EPOCH when it is set and valid, else the system clock.
    static func nowOrSystem() -> Date {
        (try? now(option: nil)) ?? Date()
    }
}
