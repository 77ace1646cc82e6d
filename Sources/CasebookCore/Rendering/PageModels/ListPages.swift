/// The model of the index (template `index`): the cases grouped by status.
struct IndexPage: TemplateModel {
    let layout: Layout
    let heading: String
    /// One group per status that has cases, in `CaseStatus` order.
    let groups: [StatusGroup]
    let total: Int
    /// "No cases yet.", "1 case", "12 cases"; in Russian "21 дело", "5 дел".
    let totalText: String

    init(in context: PageContext) {
        let localization = context.localization
        layout = Layout(
            title: nil, path: "", section: .cases,
            preview: PreviewFacts(
                description: context.site.description
                    ?? localization[.previewCases, ["organisation": context.site.organisation]]),
            in: context)
        heading = localization[.casesHeading]
        // Chosen by index: filtering the cases themselves copied every case file once per status,
        // and this model is made on every rebuild, for its fingerprint.
        let all = context.cases
        groups = CaseStatus.allCases.compactMap { status in
            let chosen = all.indices.filter { all[$0].status == status }
            guard !chosen.isEmpty else { return nil }
            return StatusGroup(
                status: status.rawValue, label: localization.strings.label(status),
                cases: chosen.map(context.caseItem(at:)))
        }
        total = context.cases.count
        totalText = total == 0 ? localization[.noCases] : localization.count(.cases, total)
    }

    static let templateFields: [TemplateField<IndexPage>] = [
        .inlined("layout", \.layout), .text("heading", \.heading), .list("groups", \.groups),
        .number("total", \.total), .text("totalText", \.totalText),
    ]
}

/// `{status, label, count, cases}`: the cases of one status.
struct StatusGroup: TemplateModel {
    let status: String
    let label: String
    let cases: [CaseItem]
    var count: Int { cases.count }

    static let templateFields: [TemplateField<StatusGroup>] = [
        .text("status", \.status), .text("label", \.label), .number("count", \.count),
        .list("cases", \.cases),
    ]
}

/// The model of the release list (template `releases`): the releases by year, newest first.
struct ReleasesPage: TemplateModel {
    let layout: Layout
    let years: [YearGroup]
    let total: Int

    init(in context: PageContext) {
        layout = Layout(
            title: context.localization[.releasesHeading], path: "releases/", section: .releases,
            preview: PreviewFacts(
                description: context.localization[
                    .previewReleases, ["organisation": context.site.organisation]]),
            in: context)
        // Each year's items gathered before its group is made: a group made again for each
        // item copied the year's items once per item.
        var years: [YearGroup] = []
        var items: [ReleaseItem] = []
        var year: Int?
        for (index, release) in context.releasesNewestFirst.enumerated() {
            if let current = year, current != release.date.year {
                years.append(YearGroup(year: current, releases: items))
                items.removeAll()
            }
            year = release.date.year
            items.append(context.releaseItem(at: index))
        }
        if let year { years.append(YearGroup(year: year, releases: items)) }
        self.years = years
        total = context.releasesNewestFirst.count
    }

    static let templateFields: [TemplateField<ReleasesPage>] = [
        .inlined("layout", \.layout), .list("years", \.years), .number("total", \.total),
    ]
}

/// `{year, releases}`: the releases of one year, newest first.
struct YearGroup: TemplateModel {
    let year: Int
    let releases: [ReleaseItem]

    static let templateFields: [TemplateField<YearGroup>] = [
        .number("year", \.year), .list("releases", \.releases),
    ]
}

/// The model of a tag page (template `tag`): the cases and releases with one tag.
struct TagPage: TemplateModel {
    let layout: Layout
    let tag: String
    /// `Tagged “tag”` (`tagged`), the page's heading and title.
    let heading: String
    /// Always true: the case items show their status here.
    let showStatus: Bool
    let cases: ItemList<CaseItem>?
    let releases: ItemList<ReleaseItem>?

    init(_ tag: String, in context: PageContext) {
        let name = context.localization.strings.tagName(tag)
        heading = context.localization[.tagged, ["tag": name]]
        layout = Layout(
            title: heading, path: SiteLinks.tagPath(tag), section: .none,
            preview: PreviewFacts(description: context.localization[.previewTag, ["tag": name]]), in: context)
        self.tag = tag
        showStatus = true
        cases = .of(context.caseItems(tagged: tag))
        releases = .of(context.releaseItems(tagged: tag))
    }

    static let templateFields: [TemplateField<TagPage>] = [
        .inlined("layout", \.layout), .text("tag", \.tag), .text("heading", \.heading),
        .flag("showStatus", \.showStatus),
        .object("cases", \.cases), .object("releases", \.releases),
    ]
}

/// The model of the tag index (template `tags`): every tag with how many cases and releases carry it.
struct TagsPage: TemplateModel {
    let layout: Layout
    /// One per tag in name order; nil when no page has a tag.
    let tags: ItemList<TagCount>?

    init(in context: PageContext) {
        layout = Layout(
            title: context.localization[.tagsHeading], path: SiteLinks.tagIndexPath, section: .tags,
            preview: PreviewFacts(description: context.localization[.previewTags]), in: context)
        var counts: [String: Int] = [:]
        for tag in context.cases.flatMap({ Set($0.tags) })
            + context.releasesNewestFirst.flatMap({ Set($0.tags) })
        {
            counts[tag, default: 0] += 1
        }
        tags = .of(
            context.tags.map { tag in
                let link = context.tagLink(tag)
                return TagCount(name: link.name, url: link.url, count: counts[tag] ?? 0)
            })
    }

    static let templateFields: [TemplateField<TagsPage>] = [
        .inlined("layout", \.layout), .object("tags", \.tags),
    ]
}

/// `{name, url, count}` for one tag of the tag index.
struct TagCount: TemplateModel {
    let name: String
    let url: String
    let count: Int

    static let templateFields: [TemplateField<TagCount>] = [
        .text("name", \.name), .text("url", \.url), .number("count", \.count),
    ]
}

/// The model of `404.html` (template `404`): the layout's keys only; no canonical URL, never indexed.
struct NotFoundPage: TemplateModel {
    let layout: Layout

    init(in context: PageContext) {
        layout = Layout(
            title: context.localization[.notFoundTitle], path: nil, section: .none,
            preview: PreviewFacts(description: ""), in: context)
    }

    static let templateFields: [TemplateField<NotFoundPage>] = [.inlined("layout", \.layout)]
}
