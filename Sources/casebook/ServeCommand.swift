import ArgumentParser
import CasebookCore
import CasebookServe
import Foundation

/// `casebook serve`: the site on this machine, rebuilt and reloaded as files are saved.
struct ServeCommand: AsyncParsableCommand {
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

    func run() async throws {
        // A fixed moment only when one is asked for; otherwise each rebuild follows the clock.
        let fixed =
            time.now != nil || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil
            ? try time.resolve() : nil
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
        do {
            try await server.run()
        } catch let error as PreviewServer.StartError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
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
