import Foundation
import Mustache

/// Casebook's own HTML templates (case, release, layout, partials) in swift-mustache, filled with
/// models shaped as Casebook's are: the layout's keys at the top, the page's under `case` or `release`.
struct PageTemplates {
    private let library: MustacheLibrary

    init(folder: String) throws {
        var templates: [String: MustacheTemplate] = [:]
        let root = URL(fileURLWithPath: folder)
        for name in ["layout", "case", "release", "partials/tags"] {
            let text = try String(
                contentsOf: root.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            templates[name] = try MustacheTemplate(string: text)
        }
        library = MustacheLibrary(templates: templates)
    }

    func render(_ text: SourceText, _ frontmatter: Frontmatter, _ html: PageHTML) throws -> String {
        let kind = text.kind
        let title = frontmatter[kind == .caseFile ? "name" : "title"] ?? ""
        var model: [String: Any] = [
            "language": "en", "siteTitle": "Casebook benchmark", "organisation": "Benchmark",
            "pageTitle": title + " – Casebook benchmark", "feedURL": "https://example.org/feed.xml",
            "base": "/", "noindex": false, "navCases": kind == .caseFile, "navReleases": kind == .release,
            "canonical": "https://example.org/\(text.name)/",
        ]
        switch kind {
        case .caseFile: model["case"] = Self.caseModel(title, frontmatter, html)
        case .release: model["release"] = Self.releaseModel(title, text.name, frontmatter, html)
        }
        guard let page = library.render(model, withTemplate: kind == .caseFile ? "case" : "release") else {
            throw MissingTemplate()
        }
        return page
    }

    struct MissingTemplate: Error {}

    private static func caseModel(
        _ name: String, _ frontmatter: Frontmatter, _ html: PageHTML
    ) -> [String: Any] {
        let status = frontmatter["status"] ?? ""
        var model: [String: Any] = [
            "name": name, "country": frontmatter["country"] ?? "", "bodyHTML": html.body,
            "status": ["value": status, "label": status.capitalized],
        ]
        model["nativeName"] = frontmatter["native_name"]
        model["facility"] = frontmatter["facility"]
        model["sentence"] = frontmatter["sentence"]
        model["detained"] = frontmatter["detained"].map(date)
        model["updated"] = frontmatter["updated"].map(date)
        model["charges"] = list(frontmatter.list("charges"))
        model["tags"] = list(frontmatter.list("tags").map { ["url": "/tags/\($0)/", "name": $0] })
        model["related"] = list(frontmatter.list("related").map { ["url": "/cases/\($0)/", "name": $0] })
        let events = zip(frontmatter.maps("timeline"), html.timelineEvents).map { event, eventHTML in
            ["when": date(event["date"] ?? ""), "eventHTML": eventHTML, "source": event["source"] as Any]
        }
        model["timeline"] = list(events)
        return model
    }

    private static func releaseModel(
        _ title: String, _ name: String, _ frontmatter: Frontmatter, _ html: PageHTML
    ) -> [String: Any] {
        var model: [String: Any] = [
            "title": title, "date": date(frontmatter["date"] ?? ""), "bodyHTML": html.body,
            "textURL": "/releases/\(name).txt",
        ]
        model["place"] = frontmatter["dateline"]
        model["subtitle"] = frontmatter["subtitle"]
        model["cases"] = list(frontmatter.list("cases").map { ["url": "/cases/\($0)/", "name": $0] })
        model["tags"] = list(frontmatter.list("tags").map { ["url": "/tags/\($0)/", "name": $0] })
        model["contacts"] = list(frontmatter.maps("contacts"))
        return model
    }

    private static func date(_ text: String) -> [String: Any] { ["iso": text, "text": text] }

    private static func list(_ items: [Any]) -> [String: Any]? {
        items.isEmpty ? nil : ["items": items, "count": items.count]
    }
}
