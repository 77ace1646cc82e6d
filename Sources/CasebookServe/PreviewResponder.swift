import CasebookCore
import Foundation
import Hummingbird

#if canImport(Glibc)
    import Glibc
#endif

/// Answers the browser: the built site's files at base_url's path, the reload events, the
/// theme's 404 page for what the site does not have, and the error page while the content
/// has errors.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let root: String

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        if path == LiveReload.eventsPath { return events() }
        let snapshot = state.snapshot
        if !snapshot.errors.isEmpty {
            let page = Array(ErrorPage(diagnostics: snapshot.errors).html.utf8)
            return html(page, status: .internalServerError, version: snapshot.version)
        }
        switch SitePath(basePath: snapshot.basePath, root: root).resolve(path) {
        case .redirect(let target):
            return Response(status: .found, headers: [.location: target, .cacheControl: "no-store"])
        case .notFound:
            return notFound(snapshot)
        case .file(let file):
            // Read whole at once: a rebuild replaces files by renaming new ones over them, so an
            // open file is the old one or the new one, never a half-written one.
            guard let bytes = Self.readWhole(file) else { return notFound(snapshot) }
            let type = MediaTypes.type(of: file)
            if MediaTypes.isHTML(type) { return html(bytes, status: .ok, version: snapshot.version) }
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    // The theme's 404 page from the built site, or a plain line when the site has none.
    private func notFound(_ snapshot: PreviewState.Snapshot) -> Response {
        if let bytes = Self.readWhole(root + "/404.html") {
            return html(bytes, status: .notFound, version: snapshot.version)
        }
        return Response(
            status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: "Not found\n")))
    }

    private func html(_ bytes: [UInt8], status: HTTPResponse.Status, version: Int) -> Response {
        let page = LiveReload.inject(into: bytes, version: version)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
    }

    // Server-sent events: the current version at once, then each new one.
    private func events() -> Response {
        let versions = state.subscribe()
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 300\n\n"))
            for await version in versions {
                try await writer.write(ByteBuffer(string: LiveReload.event(version: version)))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    /// The bytes of a regular file, read through one descriptor: a rebuild replaces files by
    /// renaming, so the open descriptor holds either the old page or the new one, whole.
    static func readWhole(_ path: String) -> [UInt8]? {
        FileSystem.read(path)
    }
}
