/// The model of a case page (template `case`): the layout's keys plus `case`.
struct CasePage: TemplateModel {
    let layout: Layout
    let `case`: CaseFacts

    /// The page of `caseFile`, whose body is `bodyHTML` and starts with `firstParagraph`.
    init(_ caseFile: CaseFile, bodyHTML: [UInt8], firstParagraph: String?, in context: PageContext) {
        let description =
            caseFile.summary ?? firstParagraph
            ?? "\(caseFile.name): \(context.localization.strings.label(caseFile.status)), \(caseFile.country)."
        layout = Layout(
            title: caseFile.name, path: SiteLinks.casePath(caseFile.slug), section: .cases,
            banner: context.options.banner(for: caseFile, in: context.localization),
            languages: context.frame.languages(ofCase: caseFile.slug),
            preview: PreviewFacts(
                description: description, kind: .article, image: PictureModel.preview(caseFile, in: context)),
            in: context)
        `case` = CaseFacts(caseFile, bodyHTML: bodyHTML, in: context)
    }

    static let templateFields: [TemplateField<CasePage>] = [
        .inlined("layout", \.layout), .object("case", \.`case`),
    ]
}

/// `case`: the fact box, the body, the timeline and the releases about the case.
struct CaseFacts: TemplateModel {
    let slug: String
    let name: String
    /// The name in its original script, absent where the page already writes it so (a Russian
    /// page of a Kazakh prisoner whose name is given in Russian).
    let nativeName: String?
    let aliases: Aliases?
    let country: String
    let status: StatusValue
    let detained: DateText?
    /// True while the person is held: the page counts the time since `detained` as it is read.
    let held: Bool
    let facility: String?
    let charges: TextList?
    let sentence: String?
    let unDecisions: ItemList<UNDecisionModel>?
    let tags: ItemList<TagLink>?
    let related: ItemList<CaseLink>?
    let updated: DateText?
    let photo: PictureModel?
    /// The body as HTML (insert with `{{{…}}}`).
    let bodyHTML: [UInt8]
    let timeline: ItemList<TimelineEntryModel>?
    let releases: ItemList<ReleaseLink>?

    init(_ caseFile: CaseFile, bodyHTML: [UInt8], in context: PageContext) {
        slug = caseFile.slug
        name = caseFile.name
        nativeName = caseFile.nativeNameIfOther(than: caseFile.name)
        aliases = caseFile.aliases.isEmpty ? nil : Aliases(text: caseFile.aliases.joined(separator: ", "))
        country = caseFile.country
        status = StatusValue(
            value: caseFile.status.rawValue, label: context.localization.strings.label(caseFile.status))
        detained = caseFile.detained.map(context.dateTextAfterPreposition)
        held = caseFile.status.isHeld
        facility = caseFile.facility
        charges = .of(caseFile.charges)
        sentence = caseFile.sentence
        unDecisions = .of(caseFile.unDecisions.map { UNDecisionModel($0, in: context) })
        tags = context.tagList(caseFile.tags)
        related = .of(
            caseFile.related.compactMap(context.caseFile).map { CaseLink($0, in: context) })
        updated = caseFile.updated.map(context.dateText)
        photo = .factBox(caseFile, in: context)
        self.bodyHTML = bodyHTML
        timeline = .of(caseFile.timeline.map { TimelineEntryModel($0, in: context) })
        releases = .of(context.releases(about: caseFile.slug).map { ReleaseLink($0, in: context) })
    }

    static let templateFields: [TemplateField<CaseFacts>] = [
        .text("slug", \.slug), .text("name", \.name), .text("nativeName", \.nativeName),
        .object("aliases", \.aliases), .text("country", \.country), .object("status", \.status),
        .object("detained", \.detained), .flag("held", \.held), .text("facility", \.facility),
        .object("charges", \.charges),
        .text("sentence", \.sentence), .object("unDecisions", \.unDecisions), .object("tags", \.tags),
        .object("related", \.related), .object("updated", \.updated), .object("photo", \.photo),
        .html("bodyHTML", \.bodyHTML),
        .object("timeline", \.timeline), .object("releases", \.releases),
    ]
}

/// `{text}`: the aliases joined with commas.
struct Aliases: TemplateModel {
    let text: String
    static let templateFields: [TemplateField<Aliases>] = [.text("text", \.text)]
}

/// `{value, label}`: a case's status as written in frontmatter and as shown.
struct StatusValue: TemplateModel {
    let value: String
    let label: String
    static let templateFields: [TemplateField<StatusValue>] = [
        .text("value", \.value), .text("label", \.label),
    ]
}

/// `{items, count}` of plain text items, each read as `{{.}}`; nil for an empty list.
struct TextList: TemplateModel {
    let items: [String]
    var count: Int { items.count }

    /// The list, or nil when `items` is empty.
    static func of(_ items: [String]) -> TextList? {
        items.isEmpty ? nil : TextList(items: items)
    }

    static let templateFields: [TemplateField<TextList>] = [
        .texts("items", \.items), .number("count", \.count),
    ]
}

/// `{body, reference, decided, link}` for one UN decision.
struct UNDecisionModel: TemplateModel {
    let body: String
    let reference: String?
    let decided: DateText?
    let link: String?

    init(_ decision: CaseFile.UNDecision, in context: PageContext) {
        body = decision.body
        reference = decision.reference
        decided = decision.date.map(context.dateText)
        link = decision.url.flatMap(context.url(fromFrontmatter:))
    }

    static let templateFields: [TemplateField<UNDecisionModel>] = [
        .text("body", \.body), .text("reference", \.reference), .object("decided", \.decided),
        .text("link", \.link),
    ]
}

/// `{when, eventHTML, source}` for one timeline entry.
struct TimelineEntryModel: TemplateModel {
    let when: DateText
    /// The event as inline HTML (insert with `{{{…}}}`).
    let eventHTML: String
    let source: String?

    init(_ entry: CaseFile.TimelineEntry, in context: PageContext) {
        when = context.dateText(entry.date)
        eventHTML = context.inlineHTML(markdown: entry.event)
        source = entry.source.flatMap(context.url(fromFrontmatter:))
    }

    static let templateFields: [TemplateField<TimelineEntryModel>] = [
        .object("when", \.when), .text("eventHTML", \.eventHTML), .text("source", \.source),
    ]
}

/// `{name, url, otherLanguage}` for a link to a case page; `otherLanguage` is set when the page is not in
/// the language of the page that links to it.
struct CaseLink: TemplateModel {
    let name: String
    let url: String
    let otherLanguage: ItemLanguage?

    init(_ caseFile: CaseFile, in context: PageContext) {
        name = caseFile.name
        url = context.links.casePage(caseFile.slug)
        otherLanguage = context.otherLanguage(ofCase: caseFile.slug)
    }

    static let templateFields: [TemplateField<CaseLink>] = [
        .text("name", \.name), .text("url", \.url), .object("otherLanguage", \.otherLanguage),
    ]
}

/// The entry of a list of cases (partial `partials/case-item`).
struct CaseItem: TemplateModel {
    let name: String
    let url: String
    /// The page's language, when it is not the list's (a case without a translation).
    let otherLanguage: ItemLanguage?
    /// The name in its original script, absent where it reads as `name`.
    let nativeName: String?
    let country: String
    let statusLabel: String
    let detained: DateText?
    /// True while the person is held (see `CaseFacts.held`).
    let held: Bool
    let facility: String?
    let summary: String?
    let photo: PictureModel?
    /// "Draft" or "Embargoed" (in the page's language) on a review build.
    let badge: String?

    /// `fieldsDigest`, made once the fields are set; the item is never changed after.
    private var digest: UInt64 = 0

    init(_ caseFile: CaseFile, in context: PageContext) {
        let link = CaseLink(caseFile, in: context)
        name = link.name
        url = link.url
        otherLanguage = link.otherLanguage
        nativeName = caseFile.nativeNameIfOther(than: link.name)
        country = caseFile.country
        statusLabel = context.localization.strings.label(caseFile.status)
        detained = caseFile.detained.map(context.dateTextAfterPreposition)
        held = caseFile.status.isHeld
        facility = caseFile.facility
        summary = caseFile.summary
        photo = .thumbnail(caseFile, in: context)
        badge = context.options.badge(for: caseFile, in: context.localization)
        digest = fieldsDigest
    }

    func combine(into hash: inout StableHash) {
        hash.combine(digest: digest)
    }

    static let templateFields: [TemplateField<CaseItem>] = [
        .text("name", \.name), .text("url", \.url), .object("otherLanguage", \.otherLanguage),
        .text("nativeName", \.nativeName), .text("country", \.country), .text("statusLabel", \.statusLabel),
        .object("detained", \.detained), .flag("held", \.held),
        .text("facility", \.facility), .text("summary", \.summary), .object("photo", \.photo),
        .text("badge", \.badge),
    ]
}

extension CaseFile {
    /// `native_name`, unless it is the name the page shows already.
    fileprivate func nativeNameIfOther(than shownName: String) -> String? {
        self.nativeName == shownName ? nil : self.nativeName
    }
}
