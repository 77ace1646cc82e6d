/// A translation of a case file: Content/cases/<slug>.<lang>.md. It carries words only; every
/// key it leaves out (nil here) is the original's, and facts always are.
struct CaseTranslation: Hashable, Sendable {
    /// The words of one UN decision, in the original's order.
    struct DecisionWords: Hashable, Sendable {
        /// The body's name in this language.
        var body: String?
        /// The reference as written in this language.
        var reference: String?

        /// Creates the words of one decision.
        init(body: String? = nil, reference: String? = nil) {
            self.body = body
            self.reference = reference
        }
    }

    /// The original's slug.
    var slug: String
    /// The lower-case language tag of the file name.
    var language: String
    var name: String?
    var aliases: [String]?
    var country: String?
    var facility: String?
    var charges: [String]?
    var sentence: String?
    var summary: String?
    /// The timeline's event texts, one per entry of the original, in its order.
    var timelineEvents: [String]?
    /// Where each event is written, for messages about its Markdown.
    var timelineLocations: [SourceLocation] = []
    /// The UN decisions' words, one per decision of the original, in its order.
    var unDecisions: [DecisionWords]?
    /// A draft translation is never published, even when its original is.
    var draft: Bool = false
    /// The Markdown body.
    var body: String
    /// The translation's own file.
    var source: SourceFile
    /// Where each key was written, by key path.
    var locations = KeyLocations()

    /// Creates a translation that changes nothing but the body.
    init(slug: String, language: String, body: String, source: SourceFile) {
        self.slug = slug
        self.language = language
        self.body = body
        self.source = source
    }
}

/// A translation of a press release: Content/releases/<slug>.<lang>.md. Date, cases, contacts,
/// "Read also", embargo and tags are always the original's.
struct ReleaseTranslation: Hashable, Sendable {
    /// The original's slug.
    var slug: String
    /// The lower-case language tag of the file name.
    var language: String
    var title: String?
    var subtitle: String?
    var place: String?
    var summary: String?
    /// A draft translation is never published, even when its original is.
    var draft: Bool = false
    /// The Markdown body.
    var body: String
    /// The translation's own file.
    var source: SourceFile
    /// Where each key was written, by key path.
    var locations = KeyLocations()

    /// Creates a translation that changes nothing but the body.
    init(slug: String, language: String, body: String, source: SourceFile) {
        self.slug = slug
        self.language = language
        self.body = body
        self.source = source
    }
}

extension CaseTranslation: ContentItem {}
extension ReleaseTranslation: ContentItem {}

extension CaseTranslation {
    /// Where a key was written, or the start of the file.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension ReleaseTranslation {
    /// Where a key was written, or the start of the file.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension CaseFile {
    /// The case as its translation shows it: the translation's words over the original's, the
    /// original's facts, and the translation's body. A draft translation makes a draft.
    func translated(by translation: CaseTranslation) -> CaseFile {
        var result = self
        result.name = translation.name ?? self.name
        result.aliases = translation.aliases ?? self.aliases
        result.country = translation.country ?? self.country
        result.facility = translation.facility ?? self.facility
        result.charges = translation.charges ?? self.charges
        result.sentence = translation.sentence ?? self.sentence
        result.summary = translation.summary ?? self.summary
        if let events = translation.timelineEvents, events.count == self.timeline.count {
            for index in self.timeline.indices {
                result.timeline[index].event = events[index]
                if index < translation.timelineLocations.count {
                    result.timeline[index].location = translation.timelineLocations[index]
                }
            }
        }
        if let decisions = translation.unDecisions, decisions.count == self.unDecisions.count {
            for index in self.unDecisions.indices {
                result.unDecisions[index].body = decisions[index].body ?? self.unDecisions[index].body
                result.unDecisions[index].reference =
                    decisions[index].reference ?? self.unDecisions[index].reference
            }
        }
        result.draft = self.draft || translation.draft
        result.body = translation.body
        result.source = translation.source
        result.locations = KeyLocations()
        return result
    }
}

extension Release {
    /// The release as its translation shows it. The place is the translation's; else the
    /// original's when it names another city than the site's, else nil (the language's place).
    func translated(by translation: ReleaseTranslation, site: Site) -> Release {
        var result = self
        result.title = translation.title ?? title
        result.subtitle = translation.subtitle ?? subtitle
        result.summary = translation.summary ?? summary
        result.place = translation.place ?? (place == site.place ? nil : place)
        result.draft = draft || translation.draft
        result.body = translation.body
        result.source = translation.source
        result.locations = KeyLocations()
        return result
    }
}
