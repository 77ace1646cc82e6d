/// One person's case: Content/cases/<slug>.md.
public struct CaseFile: Hashable, Sendable {
    /// A decision of a UN body on the case.
    public struct UNDecision: Hashable, Sendable {
        /// The body, such as "UN Working Group on Arbitrary Detention".
        public var body: String
        /// Its reference, such as "Opinion No. 67/2018".
        public var reference: String?
        /// When it was adopted.
        public var date: PartialDate?
        /// Where it is published.
        public var url: String?

        /// Creates a decision.
        public init(body: String, reference: String? = nil, date: PartialDate? = nil, url: String? = nil) {
            self.body = body
            self.reference = reference
            self.date = date
            self.url = url
        }
    }

    /// One dated event of the timeline.
    public struct TimelineEntry: Hashable, Sendable {
        /// When it happened.
        public var date: PartialDate
        /// What happened, as inline Markdown.
        public var event: String
        /// A URL that reports it.
        public var source: String?
        /// Where the entry's `event` is written, for messages about its Markdown.
        public var location: SourceLocation

        /// Creates an entry.
        public init(date: PartialDate, event: String, source: String? = nil, location: SourceLocation) {
            self.date = date
            self.event = event
            self.source = source
            self.location = location
        }
    }

    /// The file name without `.md`.
    public var slug: String
    /// The person's name as the organisation spells it.
    public var name: String
    /// The name in the original script.
    public var nativeName: String?
    /// Other spellings.
    public var aliases: [String] = []
    /// The country that holds or prosecutes them.
    public var country: String
    /// Where they stand now.
    public var status: CaseStatus
    /// When they were detained.
    public var detained: PartialDate?
    /// Where they are held now.
    public var facility: String?
    /// The charges, with article numbers where known.
    public var charges: [String] = []
    /// The sentence, such as "7 years".
    public var sentence: String?
    /// Decisions of UN bodies.
    public var unDecisions: [UNDecision] = []
    /// Slugs of related cases.
    public var related: [String] = []
    /// Theme slugs.
    public var tags: [String] = []
    /// A one-paragraph abstract for lists and feeds.
    public var summary: String?
    /// Dated events, in the order written.
    public var timeline: [TimelineEntry] = []
    /// Date of the last substantive update.
    public var updated: PartialDate?
    /// The person's photo, shown in the fact box and the lists.
    public var photo: Photo?
    /// A draft is never published.
    public var draft: Bool = false
    /// The Markdown body.
    public var body: String
    /// The source file: its path and the line the body starts on.
    public var source: SourceFile
    /// Where each key and list entry was written, by key path ("status", "related[2]", "timeline[0].date");
    /// list indices are those of the arrays above.
    public var locations: [String: SourceLocation] = [:]

    /// Creates a case with the required fields; the rest are set as properties.
    public init(
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

/// Where a content file came from, so messages about its body point at the right line.
public struct SourceFile: Hashable, Sendable {
    /// The path as given (relative to the working directory when the content folder was).
    public var path: String
    /// The 1-based line of the file on which the Markdown body starts.
    public var bodyStartLine: Int
    /// True when the body was left on disk to be read again when needed (see `BodyStore`),
    /// so that a build of ten thousand files does not hold every body at once.
    public var bodyIsOnDisk = false

    /// Creates a source file record.
    public init(path: String, bodyStartLine: Int) {
        self.path = path
        self.bodyStartLine = bodyStartLine
    }

    /// The location of a line of the body (1-based within the body).
    public func location(bodyLine: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: bodyStartLine + bodyLine - 1, column: column)
    }
}
