import Foundation
import Mustache
import Testing

@testable import CasebookCore

/// Every page template of the built-in theme, over the models of the golden content, renders to
/// the same bytes through the compiled templates as through swift-mustache.
@Suite struct CompiledThemeDifferentialTests {
    @Test(arguments: [false, true])
    func builtinThemeRendersTheGoldenContentAsSwiftMustacheDoes(review: Bool) throws {
        let content = ContentLoader().load(from: TestSupport.fixtures + "/golden/Content").content
        #expect(!content.cases.isEmpty && !content.releases.isEmpty)
        let theme = try Theme.builtin.compile()
        var reference = MustacheLibrary()
        for (path, file) in Theme.builtin.files where Theme.isTemplate(path) {
            reference.register(
                try MustacheTemplate(string: String(decoding: file.contents, as: UTF8.self)),
                named: Theme.templateName(path))
        }
        let options =
            review
            ? RenderOptions(
                review: PublicationRules(
                    now: GoldenSiteTests.now, timeZone: TimeZone(identifier: "UTC") ?? .current))
            : RenderOptions()
        let renderer = SiteRenderer(content: content, theme: theme, options: options)
        let context = renderer.context
        var compared = 0
        func compare(_ model: some TemplateModel, _ template: String) {
            let expected = reference.render(model.mustacheValue, withTemplate: template) ?? ""
            let actual = String(decoding: theme.render(model, template: template), as: UTF8.self)
            #expect(actual == expected, "\(template) differs")
            #expect(actual.contains("</html>"))
            compared += 1
        }
        for caseFile in renderer.cases {
            let body = context.parse(caseFile.body)
            compare(
                CasePage(
                    caseFile, bodyHTML: context.html(document: body), firstParagraph: body.firstParagraphText,
                    in: context), "case")
        }
        for release in renderer.releases {
            let body = context.parse(release.body)
            compare(
                ReleasePage(
                    release, bodyHTML: context.html(document: body), firstParagraph: body.firstParagraphText,
                    in: context), "release")
        }
        for page in renderer.pages {
            let body = context.parse(page.body)
            compare(
                StandalonePage(
                    page, bodyHTML: context.html(document: body), firstParagraph: body.firstParagraphText,
                    in: context), "page")
        }
        for tag in renderer.tags { compare(renderer.tagPage(tag), "tag") }
        compare(renderer.indexPage, "index")
        compare(renderer.releaseIndexPage, "releases")
        compare(renderer.tagIndexPage, "tags")
        compare(renderer.notFoundPage, "404")
        #expect(
            compared == renderer.cases.count + renderer.releases.count + renderer.pages.count
                + renderer.tags.count + 4)
        #expect(!renderer.pages.isEmpty)
    }
}
