/// The text of a new press release drafted from the named cases' facts: a first paragraph
/// built from them, their UN decisions and sourced timeline events as footnotes, a demands
/// list to fill in and the site's default contacts. It is marked as a draft.
struct ReleaseDraft: Sendable {
    /// The headline as typed.
    var topic: String
    /// The release's date.
    var date: PartialDate
    /// The cases the release is about, in the order named.
    var cases: [CaseFile]
    /// The site, for the organisation's name, the place and the default contacts.
    var site: Site

    /// Creates a draft.
    init(topic: String, date: PartialDate, cases: [CaseFile], site: Site) {
        self.topic = topic
        self.date = date
        self.cases = cases
        self.site = site
    }

    /// The file's slug: the date and the topic in ASCII.
    var slug: String {
        let topicSlug = Transliteration.slug(from: topic, limit: 50) ?? "release"
        return "\(date)-\(topicSlug)"
    }

    /// The whole file.
    var text: String {
        frontmatter + "\n" + body
    }

    private var frontmatter: String {
        var lines = ["---", "title: \(YAMLText.quoted(topic))", "date: \(date)"]
        lines.append(
            site.place.map { "# place: \(YAMLText.quoted($0))   (site.yaml's place is used when left out)" }
                ?? "# place: \"\"")
        lines += [
            "# subtitle: \"\"",
            "# Keeps the release unpublished until then; the zone-name form is the safer one.",
            "# embargo: \"\(date) 09:00 \(site.timeZone.identifier)\"",
        ]
        if cases.isEmpty {
            lines += ["# cases:", "#   - case-file-name"]
        } else {
            lines.append("cases:")
            lines += cases.map { "  - \($0.slug)" }
            lines.append("read_also:")
            lines += cases.map { "  - \($0.slug)" }
        }
        let contacts = site.defaultContacts.map(\.id)
        lines.append(
            contacts.isEmpty
                ? "# contacts: [contact-id]" : "contacts: [\(contacts.joined(separator: ", "))]")
        lines += [
            "# tags: []", "# summary: >-", "#   One short paragraph for the list of releases and the feed.",
            "# Remove this line (or write false) when the release may be published.",
            "draft: true", "---",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private var body: String {
        var paragraphs: [String] = []
        var notes: [String] = []
        var background: [(name: String, events: [String])] = []
        for file in cases {
            var facts = [FactSentence(file).text]
            for (index, decision) in file.unDecisions.enumerated() {
                let label = "\(file.slug)-un-\(index + 1)"
                var sentence = "The \(decision.body) "
                sentence += decision.reference.map { "issued \($0) on" } ?? "ruled on"
                sentence += " \(file.name)'s case"
                if let date = decision.date { sentence += " in \(date.longForm)" }
                facts.append(sentence + ".[^\(label)]")
                var note = decision.body
                if let reference = decision.reference { note += ", \(reference)" }
                if let date = decision.date { note += ", \(date.longForm)" }
                notes.append("[^\(label)]: \(note)" + (decision.url.map { ": <\($0)>" } ?? "."))
            }
            paragraphs.append(facts.joined(separator: " "))
            var events: [String] = []
            for (index, entry) in file.timeline.enumerated() {
                var line = "- \(entry.date.longForm): \(entry.event)"
                if let source = entry.source {
                    let label = "\(file.slug)-source-\(index + 1)"
                    line += "[^\(label)]"
                    notes.append("[^\(label)]: Source for \(file.name), \(entry.date.longForm): <\(source)>")
                }
                events.append(line)
            }
            if !events.isEmpty { background.append((file.name, events)) }
        }
        if paragraphs.isEmpty {
            paragraphs.append("Write the news here: who, what, where and when, with a source for every fact.")
        } else {
            paragraphs.append("Write the news here, with a source for every fact.")
        }
        var text = paragraphs.joined(separator: "\n\n") + "\n"
        if !background.isEmpty {
            text += "\n## Background\n"
            for (name, events) in background {
                // With several cases, each person's events under their name.
                if background.count > 1 { text += "\n### \(name)\n" }
                text += "\n" + events.joined(separator: "\n") + "\n"
            }
        }
        let countries = Array(Set(cases.map(\.country))).sorted()
        let authorities =
            countries.isEmpty
            ? "the authorities" : "the authorities of \(countries.joined(separator: " and "))"
        text += """

            ## Demands

            \(site.organisation) calls on \(authorities) to:

            - write the first demand here;
            - write the second demand here.

            """
        if !notes.isEmpty { text += "\n" + notes.joined(separator: "\n") + "\n" }
        return text
    }
}

/// The sentence that says who a person is: held where and since when, sentence and charges.
struct FactSentence {
    let file: CaseFile

    init(_ file: CaseFile) { self.file = file }

    var text: String {
        var who = file.name
        if let native = file.nativeName { who += " (\(native))" }
        var parts = ["\(who) \(standing)"]
        if let detained = file.detained {
            parts.append("detained \(detained.day == nil ? "in" : "on") \(detained.longForm)")
        }
        if let facility = file.facility, Self.isHeld(file.status) { parts.append("held in \(facility)") }
        if let sentence = file.sentence { parts.append("sentenced to \(sentence)") }
        if !file.charges.isEmpty {
            parts.append(
                "charge\(file.charges.count == 1 ? "" : "s"): " + file.charges.joined(separator: "; "))
        }
        return parts.joined(separator: ", ") + "."
    }

    private var standing: String {
        switch file.status {
        case .preTrialDetention: return "is in pre-trial detention in \(file.country)"
        case .imprisoned: return "is imprisoned in \(file.country)"
        case .houseArrest: return "is under house arrest in \(file.country)"
        case .restrictedFreedom: return "lives under court-ordered restrictions in \(file.country)"
        case .psychiatricDetention: return "is held in psychiatric detention in \(file.country)"
        case .released: return "was prosecuted in \(file.country) and has been released"
        case .abroad: return "is prosecuted by \(file.country) and lives abroad"
        case .deceased: return "was prosecuted in \(file.country) and has died"
        }
    }

    private static func isHeld(_ status: CaseStatus) -> Bool {
        [.preTrialDetention, .imprisoned, .psychiatricDetention, .houseArrest].contains(status)
    }
}
