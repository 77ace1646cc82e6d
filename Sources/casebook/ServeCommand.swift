import ArgumentParser
import CasebookCore
import CasebookServe
import Foundation

/// `casebook serve`: the site on this machine, rebuilt and reloaded as files are saved.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site on this computer and reload open pages whenever a file is saved.",
        discussion: """
            The site is built into .casebook/serve/ beside the content folder (never into Output/) \
            and served at the path of base_url, at http://127.0.0.1:\(ServeOptions.defaultPort)/ unless \
            --bind or --port say otherwise. While the content has errors, every page shows them.
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var time: TimeOptions

    @Option(help: "The port to listen on.")
    var port: Int = ServeOptions.defaultPort

    @Option(help: "The address to listen on (0.0.0.0 lets other computers in).")
    var bind = "127.0.0.1"

    @Flag(help: "Serve the review build: drafts and embargoed releases too, each marked on its page.")
    var drafts = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
    }

    // Synchronous, so that the program keeps a plain `main`: an asynchronous one ends in
    // `dispatch_main()`, under which valgrind (the benchmark's instruction counts) cannot run
    // any command. The server runs as a task; the main thread waits for it.
    func run() throws {
        // A fixed moment only when one is asked for; otherwise each rebuild follows the clock.
        let fixed = Clock.isFixed(option: time.now) ? try time.resolve() : nil
        let options = ServeOptions(
            contentFolder: site.content, templatesFolder: site.templates, bindAddress: bind, port: port,
            review: drafts, now: fixed)
        Self.stopOnSignals()
        let server = PreviewServer(
            options: options,
            say: { line, isError in
                let handle = isError ? FileHandle.standardError : FileHandle.standardOutput
                handle.write(Data((line + "\n").utf8))
            },
            report: { DiagnosticPrinter().print($0) })
        let outcome = Outcome()
        Task.detached {
            do {
                try await server.run()
            } catch {
                outcome.error = error
            }
            outcome.finished.signal()
        }
        outcome.finished.wait()
        if let error = outcome.error as? PreviewServer.StartError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if let error = outcome.error { throw error }
    }

    /// How the server's task ended, handed to the waiting main thread.
    private final class Outcome: @unchecked Sendable {
        let finished = DispatchSemaphore(value: 0)
        // Written by the task before it signals, read by the main thread after the wait.
        var error: Error?
    }

    // Ctrl-C ends the program at once: open pages keep their event streams open, and a
    // preview has nothing to save.
    nonisolated(unsafe) private static var signalSources: [DispatchSourceSignal] = []

    private static func stopOnSignals() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
                Foundation.exit(0)
            }
            source.resume()
            signalSources.append(source)
        }
    }
}
