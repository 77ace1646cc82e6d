/// One person's case: Content/cases/<slug>.md.
///
/// Its facts (`Facts`) are kept in one box that copies share: the checks, lists and pages pass
/// cases around and go through thousands of them, and every copy retained and released twenty
/// fields. Now a copy is one reference, and a copy's facts are copied only when that copy is
/// changed, so a case still behaves as a value. On hot paths, read a fact with a closure
/// (`map { $0.slug }`) rather than a key path (`map(\.slug)`): a key path through the box is
/// resolved at run time, at a hundred times the cost.
@dynamicMemberLookup
package struct CaseFile: Hashable, Sendable {
    /// A decision of a UN body on the case.
    package struct UNDecision: Hashable, Sendable {
        /// The body, such as "UN Working Group on Arbitrary Detention".
        var body: String
        /// Its reference, such as "Opinion No. 67/2018".
        var reference: String?
        /// When it was adopted.
        var date: PartialDate?
        /// Where it is published.
        package var url: String?

        /// Creates a decision.
        init(body: String, reference: String? = nil, date: PartialDate? = nil, url: String? = nil) {
            self.body = body
            self.reference = reference
            self.date = date
            self.url = url
        }
    }

    /// One dated event of the timeline.
    package struct TimelineEntry: Hashable, Sendable {
        /// When it happened.
        var date: PartialDate
        /// What happened, as inline Markdown.
        var event: String
        /// A URL that reports it.
        package var source: String?
        /// Where the entry's `event` is written, for messages about its Markdown.
        var location: SourceLocation

        /// Creates an entry.
        init(date: PartialDate, event: String, source: String? = nil, location: SourceLocation) {
            self.date = date
            self.event = event
            self.source = source
            self.location = location
        }
    }

    /// The facts of a case, kept in one box that copies of the case share (see `CaseFile`).
    package struct Facts: Hashable, Sendable {
        /// The file name without `.md`.
        package var slug: String
        /// The person's name as the organisation spells it.
        var name: String
        /// The name in the original script.
        var nativeName: String?
        /// Other spellings.
        var aliases: [String] = []
        /// The country that holds or prosecutes them.
        var country: String
        /// Where they stand now.
        var status: CaseStatus
        /// When they were detained.
        var detained: PartialDate?
        /// Where they are held now.
        var facility: String?
        /// The charges, with article numbers where known.
        var charges: [String] = []
        /// The sentence, such as "7 years".
        var sentence: String?
        /// Decisions of UN bodies.
        package var unDecisions: [UNDecision] = []
        /// Slugs of related cases.
        var related: [String] = []
        /// Theme slugs.
        package var tags: [String] = []
        /// A one-paragraph abstract for lists and feeds.
        var summary: String?
        /// Dated events, in the order written.
        package var timeline: [TimelineEntry] = []
        /// Date of the last substantive update.
        var updated: PartialDate?
        /// The person's photo, shown in the fact box and the lists.
        var photo: Photo?
        /// A draft is never published.
        var draft: Bool = false
        /// The Markdown body.
        package var body: String
        /// The source file: its path and the line the body starts on.
        package var source: SourceFile
        /// Where each key and list entry was written, by key path ("status", "related[2]", "timeline[0].date");
        /// list indices are those of the arrays above.
        var locations = KeyLocations()

        init(
            slug: String, name: String, country: String, status: CaseStatus, body: String, source: SourceFile
        ) {
            self.slug = slug
            self.name = name
            self.country = country
            self.status = status
            self.body = body
            self.source = source
        }
    }

    // Mutated only while no other case shares it (`_modify` copies it first), so it is safe to
    // share between threads.
    private final class Box: @unchecked Sendable {
        var facts: Facts
        init(_ facts: Facts) { self.facts = facts }
    }

    private var box: Box

    /// Creates a case with the required fields; the rest are set as properties.
    package init(
        slug: String, name: String, country: String, status: CaseStatus, body: String, source: SourceFile
    ) {
        box = Box(Facts(slug: slug, name: name, country: country, status: status, body: body, source: source))
    }

    /// A fact of the case, read from the shared box, or changed in a box of this copy's own.
    package subscript<Value>(dynamicMember fact: WritableKeyPath<Facts, Value>) -> Value {
        get { box.facts[keyPath: fact] }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.facts) }
            yield &box.facts[keyPath: fact]
        }
    }

    // Spelt out, as `ContentItem` asks for them by name.
    /// The Markdown body.
    package var body: String {
        get { box.facts.body }
        set { self[dynamicMember: \.body] = newValue }
    }
    /// The source file: its path and the line the body starts on.
    package var source: SourceFile {
        get { box.facts.source }
        set { self[dynamicMember: \.source] = newValue }
    }

    package static func == (lhs: CaseFile, rhs: CaseFile) -> Bool {
        lhs.box === rhs.box || lhs.box.facts == rhs.box.facts
    }

    package func hash(into hasher: inout Hasher) { box.facts.hash(into: &hasher) }
}

/// Where a content file came from, so messages about its body point at the right line.
package struct SourceFile: Hashable, Sendable {
    /// The path as given (relative to the working directory when the content folder was).
    package var path: String
    /// The 1-based line of the file on which the Markdown body starts.
    var bodyStartLine: Int
    /// True when the body was left on disk to be read again when needed (see `BodyStore`),
    /// so that a build of ten thousand files does not hold every body at once.
    var bodyIsOnDisk = false

    /// Creates a source file record.
    package init(path: String, bodyStartLine: Int) {
        self.path = path
        self.bodyStartLine = bodyStartLine
    }

    /// The location of a line of the body (1-based within the body).
    func location(bodyLine: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: bodyStartLine + bodyLine - 1, column: column)
    }
}
