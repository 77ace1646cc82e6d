import Foundation
import Testing

@testable import CasebookCore

/// Pages of Content/pages/: their keys, checks and place in the site.
@Suite struct PageTests {
    func decodePage(_ frontmatter: String, body: String = "Body\n") -> (Page, [LoadError]) {
        PageDecoder.decode("---\n" + frontmatter + "---\n" + body, path: "c.md", slug: "about")
    }

    @Test func aPageReadsItsKeys() {
        let (page, errors) = decodePage("title: About us\nmenu: 2\nsummary: Who we are.\ndraft: true\n")
        #expect(errors.isEmpty)
        #expect(page.title == "About us" && page.menu == 2 && page.summary == "Who we are." && page.draft)
        #expect(page.source.bodyStartLine == 7 && page.body == "Body\n")
    }

    @Test func everyMistakeIsReportedAtItsPlace() {
        #expect(
            decodePage("titel: About\n").1 == [
                .unknownKey("titel", suggestion: "title", at: at(2, 1)), .missingKey("title", at: at(2, 1)),
            ])
        #expect(
            decodePage("title: A\nmenu: first\n").1 == [.notInteger(key: "menu", text: "first", at: at(3, 7))]
        )
        #expect(
            decodePage("title: A\nmenu: 5000\n").1 == [
                .outOfRange(key: "menu", value: 5000, range: 0...1000, at: at(3, 7))
            ])
        let long = String(repeating: "x", count: 301)
        #expect(
            decodePage("title: A\nsummary: \(long)\n").1 == [
                .textTooLong(key: "summary", length: 301, limit: 300, at: at(3, 10))
            ])
        #expect(
            decodePage("title: A\ndraft: maybe\n").1 == [.notBool(key: "draft", text: "maybe", at: at(3, 8))])
    }

    @Test func aPageMayNotTakeOneOfCasebooksFolders() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(
            [
                "Content/site.yaml": "title: T\norganisation: O\nbase_url: https://example.org/\n",
                "Content/pages/tags.md": "---\ntitle: Tags\n---\nx\n",
                "Content/pages/about.md": "---\ntitle: About\n---\nx\n",
            ], under: root)
        let content = ContentLoader().load(from: root.path + "/Content").content
        #expect(content.pages.map(\.slug) == ["about", "tags"])
        let problems = ContentChecker().problems(in: content)
        #expect(
            problems == [
                .reservedPageSlug(
                    "tags", reserved: Page.reservedSlugs(for: content.site),
                    at: SourceLocation(path: root.path + "/Content/pages/tags.md"))
            ])
        #expect(Page.reservedSlugs(for: content.site) == ["assets", "cases", "releases", "tags"])
    }

    @Test func thePreviewImageMustBeAnImageUnderAssets() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = "title: T\norganisation: O\nbase_url: https://example.org/\npreview_image:\n  file: "
        try write(
            [
                "Content/site.yaml": site + "share/preveiw.png\n  alt: A card\n",
                "Content/assets/share/preview.png": "png", "Content/assets/notes.txt": "text",
            ], under: root)
        let path = root.path + "/Content/site.yaml"
        var content = ContentLoader().load(from: root.path + "/Content").content
        #expect(
            ContentChecker().problems(in: content) == [
                .missingPreviewImage(
                    "share/preveiw.png", suggestion: "share/preview.png",
                    at: SourceLocation(path: path, line: 5, column: 9))
            ])
        content.site.previewImage = SiteImage(file: "notes.txt", alt: "A card")
        content.site.locations["preview_image.file"] = SourceLocation(path: path, line: 5, column: 9)
        #expect(
            ContentChecker().problems(in: content) == [
                .notAPreviewImage("notes.txt", at: SourceLocation(path: path, line: 5, column: 9))
            ])
        content.site.previewImage = SiteImage(file: "share/preview.png", alt: "A card")
        #expect(ContentChecker().problems(in: content).isEmpty)
        #expect(
            siteErrors(site + "x.png\n").contains(
                .missingKey("preview_image.alt", at: at(5, 3, in: "site.yaml"))))
        #expect(
            siteErrors(site.replacingOccurrences(of: "file: ", with: "fiel: ") + "x.png\n  alt: A\n") == [
                .unknownKey("fiel", suggestion: "file", at: at(5, 3, in: "site.yaml")),
                .missingKey("preview_image.file", at: at(5, 3, in: "site.yaml")),
            ])
    }

    @Test func theMenuFollowsMenuOrderAndLeavesOutPagesWithoutOne() {
        var content = RenderingSample.content()
        func page(_ slug: String, _ menu: Int?) -> Page {
            var page = Page(
                slug: slug, title: slug.uppercased(), body: "x",
                source: SourceFile(path: slug, bodyStartLine: 1))
            page.menu = menu
            return page
        }
        content.pages = [page("about", 2), page("donate", 1), page("imprint", nil), page("methods", 2)]
        let context = PageContext(content: content, options: RenderOptions())
        let layout = Layout(
            title: "X", path: "about/", section: .page("about"), preview: PreviewFacts(description: "d"),
            in: context)
        #expect(layout.menu.map(\.title) == ["DONATE", "ABOUT", "METHODS"])
        #expect(layout.menu.map(\.current) == [false, true, false])
        #expect(layout.menu.first?.url == context.links.path("donate/"))
    }

    @Test func linksToAWithheldPageLoseTheirLink() {
        var content = RenderingSample.content()
        content.withheldPageSlugs = ["donate"]
        let links = SiteLinks(content: content)
        #expect(links.resolve("/donate/") == nil)
        #expect(links.resolve("/donate/#how") == nil)
        // A link that is not printable ASCII, or on a translated page, is read as characters.
        #expect(links.resolveCharacters("/donate/") == nil)
        #expect(links.resolve("/donate/#étape") == nil)
        #expect(links.resolve("/about/") == links.basePath + "about/")
    }
}
