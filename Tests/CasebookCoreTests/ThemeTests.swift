import Foundation
import Testing

@testable import CasebookCore

@Suite struct ThemeTests {
    /// The built-in theme's files as they are in the repository: pages and assets, then partials.
    static func themeOnDisk() throws -> Theme {
        let sources = TestSupport.packageRoot + "/Sources/"
        let pages = try ThemeLoader.read(directory: sources + "CasebookCore/Resources/Theme")
        let partials = try ThemeLoader.read(directory: sources + "CasebookThemePartials")
        return pages.overlaid(with: Theme(files: partials.files.filter { $0.key.hasPrefix("partials/") }))
    }

    @Test func builtinThemeMatchesItsFilesByteForByte() throws {
        let onDisk = try Self.themeOnDisk()
        // 10 templates, 3 partials, 4 assets and 4 string files (en, pl, ru, uk).
        #expect(onDisk.files.count == 21)
        #expect(onDisk.files.keys.sorted() == BuiltinTheme.files.keys.sorted())
        for (path, file) in onDisk.files {
            #expect(file.contents == Theme.builtin.files[path]?.contents, "\(path) differs")
        }
    }

    @Test func builtinThemeCompiles() throws {
        let theme = try Theme.builtin.compile()
        #expect(
            theme.assets.map(\.path) == [
                "assets/copy.js", "assets/detention.js", "assets/search.js", "assets/style.css",
            ])
    }

    @Test func templateSyntaxErrorsCarryFileLineAndColumn() throws {
        let broken = Theme(files: [
            "case.mustache": .init(
                contents: Array("<h1>\n{{#case}}\n{{/cas}}\n".utf8), sourcePath: "Templates/case.mustache"),
            "tag.mustache": .init(contents: Array("{{#open}}".utf8), sourcePath: "Templates/tag.mustache"),
        ])
        do {
            _ = try Theme.builtin.overlaid(with: broken).compile()
            Issue.record("expected errors")
        } catch let error as DiagnosticsError {
            #expect(
                error.diagnostics.map(\.location.path) == [
                    "Templates/case.mustache", "Templates/tag.mustache",
                ])
            #expect(error.diagnostics.first?.location.line == 3)
            #expect(error.diagnostics.allSatisfy { $0.severity == .error })
        }
    }

    @Test func syntaxErrorConvertsParserContext() throws {
        do {
            _ = try Theme(files: [
                "x.mustache": .init(contents: Array("ab\ncd {{/x}}".utf8), sourcePath: "T/x.mustache")
            ])
            .compile()
            Issue.record("a closing tag with no opening tag compiled")
        } catch let error as DiagnosticsError {
            let location = try #require(
                error.diagnostics.first { $0.location.path.hasPrefix("T/") }?.location)
            #expect(location.path == "T/x.mustache")
            #expect(location.line == 2)
            #expect(location.column == 7)
        }
    }

    @Test func missingPageTemplatesAreErrors() throws {
        let error = try #require(throws: DiagnosticsError.self) { try Theme(files: [:]).compile() }
        #expect(
            error.diagnostics.sorted()
                == Theme.pageTemplates.map { TemplateError.missingTemplate(path: $0).diagnostic }.sorted())
    }

    @Test func userFilesOverrideTheBuiltinThemeOneByOne() throws {
        let user = Theme(files: [
            "case.mustache": .init(
                contents: Array("CASE {{case.name}}".utf8), sourcePath: "Templates/case.mustache"),
            "assets/logo.png": .init(
                contents: [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF], sourcePath: "Templates/assets/logo.png"),
        ])
        let theme = try Theme.builtin.overlaid(with: user).compile()
        let renderer = SiteRenderer(content: RenderingSample.publicContent(), theme: theme)
        #expect(renderer.renderCasePage(RenderingSample.dzhakishev).text == "CASE Mukhtar Dzhakishev")
        #expect(renderer.renderIndexPage().text.contains("<!doctype html>"))
        #expect(
            renderer.themeAssets.first { $0.path == "assets/logo.png" }?.contents == [
                0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF,
            ])
        #expect(renderer.themeAssets.contains { $0.path == "assets/style.css" })
    }

    @Test func loaderReadsAUserFolderIncludingBinaryAssets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-theme-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("{{#broken}}".utf8).write(to: folder.appendingPathComponent("index.mustache"))
        try Data([0, 1, 2, 255]).write(to: folder.appendingPathComponent("assets/photo.jpg"))
        let theme = try ThemeLoader.load(directory: folder.path)
        #expect(theme.files["assets/photo.jpg"]?.contents == [0, 1, 2, 255])
        #expect(theme.files["index.mustache"]?.sourcePath == folder.path + "/index.mustache")
        #expect(theme.files["case.mustache"] == Theme.builtin.files["case.mustache"])
        #expect(throws: DiagnosticsError.self) { try theme.compile() }
        #expect(try ThemeLoader.load(directory: folder.path + "-missing") == .builtin)
    }
}
