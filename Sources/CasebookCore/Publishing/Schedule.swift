import Foundation

/// What is not public yet and when it will be: the answer to "what will the next build change?".
package struct Schedule: Sendable {
    /// One draft, embargoed or future item.
    struct Item: Hashable, Sendable {
        /// `case` or `release`.
        var kind: String
        /// Its slug.
        var slug: String
        /// Its title or the person's name.
        var title: String
        /// `draft`, `embargoed` or `scheduled`.
        var state: String
        /// When it becomes public; nil for drafts, which never do.
        var publicAt: Date?
    }

    /// The items, sorted by the time they become public (drafts last), then by slug.
    var items: [Item]
    /// The moment the public site will next change by the clock alone.
    var nextChange: Date?
    /// The moment the schedule was computed for.
    var now: Date
    /// The zone local times are shown in.
    var zone: TimeZone

    /// Computes the schedule of `content` at the rules' moment.
    package init(content: Content, rules: PublicationRules) {
        var items: [Item] = []
        for caseFile in content.cases where caseFile.draft {
            items.append(
                Item(kind: "case", slug: caseFile.slug, title: caseFile.name, state: "draft", publicAt: nil))
        }
        for release in content.releases {
            switch rules.state(of: release) {
            case .published: continue
            case .draft:
                items.append(
                    Item(
                        kind: "release", slug: release.slug, title: release.title, state: "draft",
                        publicAt: nil))
            case .embargoed(let until):
                items.append(
                    Item(
                        kind: "release", slug: release.slug, title: release.title, state: "embargoed",
                        publicAt: until))
            case .scheduled(let at):
                items.append(
                    Item(
                        kind: "release", slug: release.slug, title: release.title, state: "scheduled",
                        publicAt: at))
            }
        }
        self.items = items.sorted { lhs, rhs in
            switch (lhs.publicAt, rhs.publicAt) {
            case (let left?, let right?): return (left, lhs.kind, lhs.slug) < (right, rhs.kind, rhs.slug)
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return (lhs.kind, lhs.slug) < (rhs.kind, rhs.slug)
            }
        }
        self.nextChange = items.compactMap(\.publicAt).min()
        self.now = rules.now
        self.zone = rules.timeZone
    }

    /// A table for people: one line per item with UTC and local times.
    package var text: String {
        var lines = ["Now: \(Timestamp.rfc3339(now)) (\(LocalTime(now, in: zone).shortForm))"]
        if items.isEmpty {
            lines.append("Everything is public; nothing is waiting.")
        }
        for item in items {
            let when: String
            if let time = item.publicAt {
                when = "public at \(Timestamp.rfc3339(time)) (\(LocalTime(time, in: zone).shortForm))"
            } else {
                when = "never (draft)"
            }
            lines.append(
                "\(item.state.padding(toLength: 10, withPad: " ", startingAt: 0)) \(item.kind) \(item.slug): \(when)"
            )
        }
        if let nextChange {
            lines.append(
                "Next change to the public site: \(Timestamp.rfc3339(nextChange)) (\(LocalTime(nextChange, in: zone).shortForm))"
            )
        } else {
            lines.append("Next change to the public site: none scheduled")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as JSON, for a scheduler: times in RFC 3339 UTC and in the site's zone.
    package var json: String {
        // Every key is always there, `null` when it has no value: a script reads
        // `next_change` or a draft's `public_at` without first asking whether the key exists.
        // (Synthesized encoding leaves an optional's key out; a `Nullable` is never optional.)
        struct Nullable: Encodable {
            let value: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                if let value { try container.encode(value) } else { try container.encodeNil() }
            }
        }
        struct Entry: Encodable {
            var kind, slug, title, state: String
            var public_at: Nullable
            var public_at_local: Nullable
        }
        struct Document: Encodable {
            var now: String
            var time_zone: String
            var next_change: Nullable
            var items: [Entry]
        }
        let document = Document(
            now: Timestamp.rfc3339(now), time_zone: ZoneAbbreviation.name(of: zone),
            next_change: Nullable(value: nextChange.map(Timestamp.rfc3339)),
            items: items.map { item in
                Entry(
                    kind: item.kind, slug: item.slug, title: item.title, state: item.state,
                    public_at: Nullable(value: item.publicAt.map(Timestamp.rfc3339)),
                    public_at_local: Nullable(value: item.publicAt.map { LocalTime($0, in: zone).shortForm }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
