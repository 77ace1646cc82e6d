/// The model of a case page (template `case`): the layout's keys plus `case`.
enum CasePageModel {
    /// Keys of `case`: name, nativeName, aliases{text}, country, status{value,label}, detained,
    /// facility, charges, sentence, unDecisions, tags, related, updated, bodyHTML, timeline, releases.
    static func make(_ caseFile: CaseFile, in context: PageContext) -> [String: Any] {
        let path = SiteLinks.casePath(caseFile.slug)
        var model = context.layout(
            title: caseFile.name, path: path, section: .cases, banner: context.options.banner(for: caseFile))
        model["case"] = facts(of: caseFile, in: context).merging(
            [
                "slug": caseFile.slug,
                "bodyHTML": context.html(markdown: caseFile.body),
            ], uniquingKeysWith: { _, new in new })
        return model
    }

    /// The fact box, the timeline and the releases about the case.
    static func facts(of caseFile: CaseFile, in context: PageContext) -> [String: Any] {
        var facts: [String: Any] = [
            "name": caseFile.name,
            "country": caseFile.country,
            "status": ["value": caseFile.status.rawValue, "label": caseFile.status.label],
        ]
        facts["nativeName"] = caseFile.nativeName
        facts["aliases"] = caseFile.aliases.isEmpty ? nil : ["text": caseFile.aliases.joined(separator: ", ")]
        facts["detained"] = caseFile.detained.map(PageContext.date)
        facts["facility"] = caseFile.facility
        facts["charges"] = PageContext.list(caseFile.charges)
        facts["sentence"] = caseFile.sentence
        facts["unDecisions"] = PageContext.list(caseFile.unDecisions.map { decision(of: $0, in: context) })
        facts["tags"] = context.tagList(caseFile.tags)
        facts["related"] = PageContext.list(
            caseFile.related.compactMap { context.casesBySlug[$0] }.map { caseLink($0, in: context) })
        facts["updated"] = caseFile.updated.map(PageContext.date)
        facts["timeline"] = PageContext.list(caseFile.timeline.map { entry(of: $0, in: context) })
        facts["releases"] = PageContext.list(
            (context.releasesByCase[caseFile.slug] ?? []).map { ReleasePageModel.link(to: $0, in: context) })
        return facts
    }

    /// `{body, reference, decided, link}` for one UN decision.
    static func decision(of decision: CaseFile.UNDecision, in context: PageContext) -> [String: Any] {
        var model: [String: Any] = ["body": decision.body]
        model["reference"] = decision.reference
        model["decided"] = decision.date.map(PageContext.date)
        model["link"] = decision.url.flatMap(context.url(fromFrontmatter:))
        return model
    }

    /// `{when, eventHTML, source}` for one timeline entry.
    static func entry(of entry: CaseFile.TimelineEntry, in context: PageContext) -> [String: Any] {
        var model: [String: Any] = [
            "when": PageContext.date(entry.date),
            "eventHTML": context.inlineHTML(markdown: entry.event),
        ]
        model["source"] = entry.source.flatMap(context.url(fromFrontmatter:))
        return model
    }

    /// `{name, url}` for a link to a case page.
    static func caseLink(_ caseFile: CaseFile, in context: PageContext) -> [String: Any] {
        ["name": caseFile.name, "url": context.links.path(SiteLinks.casePath(caseFile.slug))]
    }

    /// The entry of a list of cases (partial `partials/case-item`): name, url, nativeName, country,
    /// statusLabel, detained, facility, summary, badge.
    static func listItem(_ caseFile: CaseFile, in context: PageContext) -> [String: Any] {
        var model = caseLink(caseFile, in: context)
        model["country"] = caseFile.country
        model["statusLabel"] = caseFile.status.label
        model["nativeName"] = caseFile.nativeName
        model["detained"] = caseFile.detained.map(PageContext.date)
        model["facility"] = caseFile.facility
        model["summary"] = caseFile.summary
        model["badge"] = context.options.badge(for: caseFile)
        return model
    }
}
