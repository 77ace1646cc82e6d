import CasebookCore
import Foundation
import Hummingbird
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// `casebook serve`: builds the site into its own folder, serves it over HTTP at base_url's
/// path, rebuilds it when a file is saved and reloads the pages open in browsers.
package struct PreviewServer: Sendable {
    /// Why the server cannot start.
    package enum StartError: Error, CustomStringConvertible {
        /// Something else listens on the port.
        case portInUse(address: String, port: Int)
        /// The address or port cannot be used.
        case cannotListen(address: String, port: Int, reason: String)

        package var description: String {
            switch self {
            case .portInUse(let address, let port):
                return
                    "port \(port) on \(address) is already in use (another casebook serve?); stop that program or choose another port with --port"
            case .cannotListen(let address, let port, let reason):
                return "cannot listen on \(address) port \(port): \(reason)"
            }
        }
    }

    let options: ServeOptions
    let say: @Sendable (String, Bool) -> Void
    let report: @Sendable ([Diagnostic]) -> Void

    /// Creates a server; `say(line, isError)` prints a line, `report` prints diagnostics.
    package init(
        options: ServeOptions, say: @escaping @Sendable (String, Bool) -> Void,
        report: @escaping @Sendable ([Diagnostic]) -> Void
    ) {
        self.options = options
        self.say = say
        self.report = report
    }

    /// Builds, then serves until the process is stopped.
    package func run() async throws {
        try PortCheck.ensureFree(address: options.bindAddress, port: options.port)
        let state = PreviewState()
        let builder = PreviewBuilder(options: options, state: state, say: say, report: report)
        builder.start()
        var logger = Logger(label: "casebook-serve")
        logger.logLevel = .error
        let options = self.options
        let say = self.say
        let app = Application(
            responder: PreviewResponder(state: state, root: options.outputFolder),
            configuration: .init(
                address: .hostname(options.bindAddress, port: options.port), serverName: nil),
            onServerRunning: { _ in
                let host =
                    options.bindAddress.contains(":") ? "[\(options.bindAddress)]" : options.bindAddress
                say(
                    "Serving http://\(host):\(options.port)\(state.snapshot.basePath) (press Ctrl-C to stop)",
                    false)
                say(
                    "Watching \(options.contentFolder)/ and \(options.templatesFolder)/; built into \(options.outputFolder)",
                    false)
            },
            logger: logger)
        do {
            try await app.runService(gracefulShutdownSignals: [])
        } catch {
            throw StartError.cannotListen(
                address: options.bindAddress, port: options.port, reason: "\(error)")
        }
    }
}
