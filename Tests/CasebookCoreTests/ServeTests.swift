import CasebookCore
import Foundation
import Testing

@testable import CasebookServe

/// `casebook serve`'s parts: paths that never leave the site, content types, the reload
/// script and the error page.
@Suite struct ServeTests {
    /// A built-site folder with a page, a text release, a stylesheet, and a secret beside it.
    static func site() throws -> (root: String, outside: String) {
        let folder = try TestSupport.temporaryFolder("serve")
        try TestSupport.write(
            [
                "site/index.html": "<html><body><p>home</p></body></html>",
                "site/cases/a/index.html": "<html><body>A</body></html>",
                "site/releases/r.txt": "text",
                "site/assets/style.css": "p {}",
                "secret.txt": "do not serve",
            ], under: folder)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/site/leak.txt", withDestinationPath: folder + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/site/up", withDestinationPath: folder)
        return (SitePath.realPath(folder + "/site") ?? "", folder + "/secret.txt")
    }

    @Test func filesInsideTheSiteAreFoundAtTheBasePath() throws {
        let (root, _) = try Self.site()
        let paths = SitePath(basePath: "/kazakhstan/", root: root)
        #expect(paths.resolve("/kazakhstan/") == .file(root + "/index.html"))
        #expect(paths.resolve("/kazakhstan/cases/a/") == .file(root + "/cases/a/index.html"))
        #expect(paths.resolve("/kazakhstan/cases/a") == .redirect("/kazakhstan/cases/a/"))
        #expect(paths.resolve("/kazakhstan/releases/r.txt") == .file(root + "/releases/r.txt"))
        #expect(paths.resolve("/kazakhstan/assets/%73tyle.css") == .file(root + "/assets/style.css"))
        #expect(paths.resolve("/") == .redirect("/kazakhstan/"))
        #expect(paths.resolve("/kazakhstan") == .redirect("/kazakhstan/"))
        #expect(paths.resolve("/other/") == .notFound)
        #expect(paths.resolve("/kazakhstan/missing/") == .notFound)
        #expect(paths.resolve("/kazakhstan/releases/r.txt/") == .notFound)
    }

    @Test(arguments: [
        "/kazakhstan/../secret.txt", "/kazakhstan/cases/../../secret.txt", "/kazakhstan/%2e%2e/secret.txt",
        "/kazakhstan/%2E%2E/secret.txt", "/kazakhstan/.%2e/secret.txt",
        "/kazakhstan/cases%2f..%2f..%2fsecret.txt",
        "/kazakhstan/%2e%2e%2fsecret.txt", "/kazakhstan/..%5csecret.txt", "/kazakhstan/leak.txt",
        "/kazakhstan/up/secret.txt", "/kazakhstan/cases/a/%00",
        "/kazakhstan/.casebook-output",
    ])
    func nothingOutsideTheSiteIsEverFound(path: String) throws {
        let (root, _) = try Self.site()
        #expect(SitePath(basePath: "/kazakhstan/", root: root).resolve(path) == .notFound)
    }

    @Test(arguments: [
        ("releases/a.txt", "text/plain; charset=utf-8"), ("index.html", "text/html; charset=utf-8"),
        ("assets/style.css", "text/css; charset=utf-8"), ("feed.atom", "application/atom+xml"),
        ("feed.xml", "application/xml"), ("cases.json", "application/json"),
        ("assets/a.PDF", "application/pdf"),
        ("assets/photo.jpg", "image/jpeg"), ("assets/logo.svg", "image/svg+xml"),
        ("releases/a.eml", "message/rfc822"),
        ("assets/noextension", "application/octet-stream"), ("assets/.hidden", "application/octet-stream"),
    ])
    func mediaTypes(path: String, type: String) {
        #expect(MediaTypes.type(of: path) == type)
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEnd() {
        let page = Array("<html><body><pre></body></pre></body></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page, version: 7), as: UTF8.self)
        #expect(served.hasPrefix("<html><body><pre></body></pre><script>"))
        #expect(served.hasSuffix("</script></body></html>"))
        #expect(served.contains("var shown = \"7\", events = null;"))
        #expect(served.contains("new EventSource(\"/__casebook/events\")"))
        let bare = String(decoding: LiveReload.inject(into: Array("hi".utf8), version: 1), as: UTF8.self)
        #expect(bare.hasPrefix("hi<script>"))
    }

    @Test func theErrorPageShowsPlaceMessageAndExcerpt() throws {
        let folder = try TestSupport.temporaryFolder("serve-errors")
        try TestSupport.write(
            ["Content/cases/a.md": "---\nname: A <b>\nstatus: jailed\n---\n"], under: folder)
        let diagnostic = Diagnostic(
            .error, at: SourceLocation(path: folder + "/Content/cases/a.md", line: 3, column: 9),
            "unknown status \"jailed\"")
        let html = ErrorPage(diagnostics: [diagnostic]).html
        #expect(html.contains("<title>1 error — Casebook</title>"))
        #expect(html.contains("<code class=\"place\">\(folder)/Content/cases/a.md:3:9</code>"))
        #expect(html.contains("<strong>error:</strong> unknown status &quot;jailed&quot;</p>"))
        #expect(html.contains("<pre>3 | status: jailed\n  |         <span class=\"caret\">^</span></pre>"))
        let escaped = ErrorPage(diagnostics: [
            Diagnostic(
                .error, at: SourceLocation(path: folder + "/Content/cases/a.md", line: 2, column: 1), "x")
        ]).html
        #expect(escaped.contains("2 | name: A &lt;b&gt;"))
    }

    @Test func theServedSiteIsBuiltBesideTheContentNeverIntoOutput() {
        let options = ServeOptions(contentFolder: "/srv/press/Content")
        #expect(options.outputFolder == "/srv/press/.casebook/serve/public")
        #expect(
            ServeOptions(contentFolder: "/srv/press/Content/", review: true).outputFolder
                == "/srv/press/.casebook/serve/review")
        #expect(ServeOptions().bindAddress == "127.0.0.1")
        #expect(ServeOptions.defaultPort == 4000)
    }

    @Test func aBusyPortIsReportedInWords() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(bound == 0)
        #expect(listen(listener, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            _ = $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        do {
            try PortCheck.ensureFree(address: "127.0.0.1", port: port)
            Issue.record("a port another program listens on must be refused")
        } catch {
            guard case .portInUse(let reportedAddress, let reportedPort) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(reportedAddress == "127.0.0.1" && reportedPort == port)
            #expect(error.description.contains("choose another port with --port"))
        }
    }
}
