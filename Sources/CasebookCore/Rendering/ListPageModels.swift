/// The models of the index (`index`), the release list (`releases`), tag pages (`tag`) and `404`.
enum ListPageModels {
    /// `heading`, `total`, `totalText`, and `groups`: one per status that has cases, in
    /// `CaseStatus` order, each `{status, label, count, cases}`.
    static func index(in context: PageContext) -> [String: Any] {
        var model = context.layout(title: nil, path: "", section: .cases)
        let groups: [[String: Any]] = CaseStatus.allCases.compactMap { status in
            let cases = context.cases.filter { $0.status == status }
            guard !cases.isEmpty else { return nil }
            return [
                "status": status.rawValue,
                "label": status.label,
                "count": cases.count,
                "cases": cases.map { CasePageModel.listItem($0, in: context) },
            ]
        }
        model["heading"] = "Cases"
        model["groups"] = groups
        model["total"] = context.cases.count
        model["totalText"] = countText(context.cases.count, one: "case", many: "cases")
        return model
    }

    /// `years`: newest first, each `{year, releases}` with the releases newest first.
    static func releases(in context: PageContext) -> [String: Any] {
        var model = context.layout(title: "Press releases", path: "releases/", section: .releases)
        var years: [[String: Any]] = []
        var current: (year: Int, items: [[String: Any]])?
        for release in context.releasesNewestFirst {
            if let open = current, open.year != release.date.year {
                years.append(["year": open.year, "releases": open.items])
                current = nil
            }
            let item = ReleasePageModel.listItem(release, in: context)
            current = (release.date.year, (current?.items ?? []) + [item])
        }
        if let open = current { years.append(["year": open.year, "releases": open.items]) }
        model["years"] = years
        model["total"] = context.releasesNewestFirst.count
        return model
    }

    /// `tag`, `showStatus`, `cases` and `releases` (each `{items, count}` or absent).
    static func tag(_ tag: String, in context: PageContext) -> [String: Any] {
        var model = context.layout(title: "Tagged “\(tag)”", path: SiteLinks.tagPath(tag), section: .none)
        model["tag"] = tag
        model["showStatus"] = true
        model["cases"] = PageContext.list(
            context.cases.filter { $0.tags.contains(tag) }.map { CasePageModel.listItem($0, in: context) })
        model["releases"] = PageContext.list(
            context.releasesNewestFirst.filter { $0.tags.contains(tag) }.map {
                ReleasePageModel.listItem($0, in: context)
            })
        return model
    }

    /// `tags`: `{items, count}` of `{name, url, count}`, one per tag in name order, with how
    /// many cases and releases carry it; absent when no page has a tag.
    static func tagIndex(in context: PageContext) -> [String: Any] {
        var model = context.layout(title: "Tags", path: SiteLinks.tagIndexPath, section: .tags)
        var counts: [String: Int] = [:]
        for tag in context.cases.flatMap({ Set($0.tags) })
            + context.releasesNewestFirst.flatMap({ Set($0.tags) })
        {
            counts[tag, default: 0] += 1
        }
        model["tags"] = PageContext.list(
            context.tags.map { tag in
                var link = context.tagLink(tag)
                link["count"] = counts[tag] ?? 0
                return link
            })
        return model
    }

    /// The layout's keys only; the page has no canonical URL and is never indexed.
    static func notFound(in context: PageContext) -> [String: Any] {
        var model = context.layout(title: "Page not found", path: nil, section: .none)
        model["noindex"] = true
        return model
    }

    /// "No cases yet", "1 case", "12 cases".
    static func countText(_ count: Int, one: String, many: String) -> String {
        switch count {
        case 0: return "No \(many) yet."
        case 1: return "1 \(one)"
        default: return "\(count) \(many)"
        }
    }
}
