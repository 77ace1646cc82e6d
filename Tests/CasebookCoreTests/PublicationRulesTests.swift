import Foundation
import Testing

@testable import CasebookCore

@Suite struct PublicationRulesTests {
    let warsaw = TimeZone(identifier: "Europe/Warsaw") ?? .current

    func release(date: PartialDate, embargo: Date? = nil, draft: Bool = false) -> Release {
        var release = Release(
            slug: "r", title: "T", date: date, body: "", source: SourceFile(path: "r.md", bodyStartLine: 5))
        release.embargo = embargo.map { Embargo(instant: $0, zoneIdentifier: "Europe/Warsaw") }
        release.draft = draft
        return release
    }

    func instant(_ text: String) -> Date {
        Clock.parseInstant(text) ?? .distantPast
    }

    @Test func embargoIsNotPublicOneSecondBefore() {
        // 2026-11-30 09:00 Europe/Warsaw is 08:00 UTC (CET, UTC+1).
        let embargoed = release(
            date: PartialDate(year: 2026, month: 11, day: 30), embargo: instant("2026-11-30T08:00:00Z"))
        let before = PublicationRules(now: instant("2026-11-30T07:59:59Z"), timeZone: warsaw)
        let at = PublicationRules(now: instant("2026-11-30T08:00:00Z"), timeZone: warsaw)
        #expect(before.state(of: embargoed) == .embargoed(until: instant("2026-11-30T08:00:00Z")))
        #expect(at.state(of: embargoed) == .published)
    }

    /// What a public build may show holds a translation only when its original is public and it
    /// is not a draft itself: one second before the original's embargo, none of its translations.
    @Test func publicContentKeepsOnlyTranslationsOfPublicOriginalsThatAreNotDrafts() {
        let embargo = instant("2026-11-30T08:00:00Z")
        var embargoed = release(date: PartialDate(year: 2026, month: 11, day: 30), embargo: embargo)
        embargoed.slug = "embargoed"
        var open = release(date: PartialDate(year: 2026, month: 11, day: 1))
        open.slug = "open"
        let translation = { (slug: String, language: String, draft: Bool) in
            var words = ReleaseTranslation(
                slug: slug, language: language, body: "",
                source: SourceFile(path: "\(slug).\(language).md", bodyStartLine: 3))
            words.draft = draft
            return words
        }
        var content = Content(
            site: Site(title: "T", organisation: "O", baseURL: "https://example.org/"), cases: [],
            releases: [embargoed, open], root: "Content")
        content.releaseTranslations = [
            translation("embargoed", "ru", false), translation("open", "ru", false),
            translation("open", "pl", true),
        ]
        let shown = { (now: String) in
            PublicationRules(now: self.instant(now), timeZone: self.warsaw).publicContent(content)
                .releaseTranslations.map { "\($0.slug).\($0.language)" }
        }
        #expect(shown("2026-11-30T07:59:59Z") == ["open.ru"])
        #expect(shown("2026-11-30T08:00:00Z") == ["embargoed.ru", "open.ru"])
    }

    @Test func dateWithoutEmbargoStartsAtMidnightInTheSiteZone() {
        let dated = release(date: PartialDate(year: 2026, month: 11, day: 30))
        // Midnight in Warsaw in winter is 23:00 UTC the day before.
        #expect(
            PublicationRules(now: instant("2026-11-29T22:59:59Z"), timeZone: warsaw).state(of: dated).isPublic
                == false)
        #expect(
            PublicationRules(now: instant("2026-11-29T23:00:00Z"), timeZone: warsaw).state(of: dated).isPublic
        )
    }

    @Test func midnightFollowsDaylightSavingTime() {
        // On 2026-03-29 Warsaw moves from CET to CEST at 02:00; midnight that day is still CET,
        // the next day's midnight is CEST (22:00 UTC).
        let dayOfChange = release(date: PartialDate(year: 2026, month: 3, day: 29))
        let dayAfter = release(date: PartialDate(year: 2026, month: 3, day: 30))
        let rules = PublicationRules(now: .distantPast, timeZone: warsaw)
        #expect(rules.publicationTime(of: dayOfChange) == instant("2026-03-28T23:00:00Z"))
        #expect(rules.publicationTime(of: dayAfter) == instant("2026-03-29T22:00:00Z"))
    }

    @Test func draftIsNeverPublic() {
        let draft = release(date: PartialDate(year: 2000, month: 1, day: 1), draft: true)
        #expect(PublicationRules(now: .distantFuture, timeZone: warsaw).state(of: draft) == .draft)
    }

    @Test func publicContentDropsReferencesToHiddenItems() {
        let source = SourceFile(path: "x.md", bodyStartLine: 3)
        var visible = CaseFile(
            slug: "a", name: "A", country: "K", status: .imprisoned, body: "", source: source)
        visible.related = ["b", "hidden"]
        let other = CaseFile(slug: "b", name: "B", country: "K", status: .released, body: "", source: source)
        var hidden = CaseFile(
            slug: "hidden", name: "H", country: "K", status: .imprisoned, body: "", source: source)
        hidden.draft = true
        var shown = release(date: PartialDate(year: 2020, month: 1, day: 1))
        shown.slug = "shown"
        shown.cases = ["a", "hidden"]
        shown.readAlso = [
            .caseFile("hidden"), .release("future"), .release("shown"),
            .link(title: "t", url: "https://e.org/"),
        ]
        var future = release(date: PartialDate(year: 2999, month: 1, day: 1))
        future.slug = "future"
        let content = Content(
            site: Site(title: "S", organisation: "O", baseURL: "https://e.org/"),
            cases: [visible, hidden, other], releases: [future, shown], root: "Content")
        let result = PublicationRules(now: instant("2026-01-01T00:00:00Z"), timeZone: warsaw).publicContent(
            content)
        #expect(result.cases.map(\.slug) == ["a", "b"])
        #expect(result.cases[0].related == ["b"])
        #expect(result.releases.map(\.slug) == ["shown"])
        #expect(result.releases[0].cases == ["a"])
        #expect(result.releases[0].readAlso == [.release("shown"), .link(title: "t", url: "https://e.org/")])
    }

    @Test func localTimeUsesTheZoneAbbreviation() {
        #expect(
            LocalTime(instant("2026-11-30T08:00:00Z"), in: warsaw).longForm == "09:00 CET, 30 November 2026")
        #expect(LocalTime(instant("2026-07-01T07:00:00Z"), in: warsaw).longForm == "09:00 CEST, 1 July 2026")
        let utc = TimeZone(identifier: "UTC") ?? .current
        #expect(LocalTime(instant("2026-07-01T07:00:00Z"), in: utc).longForm == "07:00 UTC, 1 July 2026")
    }

    @Test func clockPrefersTheOptionThenSourceDateEpoch() throws {
        let system = instant("2030-01-01T00:00:00Z")
        #expect(
            try Clock.now(option: "2026-11-30T09:00:00+01:00", environment: [:], systemTime: system)
                == instant("2026-11-30T08:00:00Z"))
        #expect(
            try Clock.now(option: nil, environment: ["SOURCE_DATE_EPOCH": "86400"], systemTime: system)
                == Date(timeIntervalSince1970: 86400))
        #expect(try Clock.now(option: nil, environment: [:], systemTime: system) == system)
        #expect(throws: Clock.ClockError.invalidNow("tomorrow")) {
            try Clock.now(option: "tomorrow", environment: [:])
        }
        #expect(throws: Clock.ClockError.invalidEpoch("soon")) {
            try Clock.now(option: nil, environment: ["SOURCE_DATE_EPOCH": "soon"])
        }
    }

    /// `serve` follows the clock unless the moment is fixed; an empty SOURCE_DATE_EPOCH, which
    /// `Clock.now` ignores, does not fix it.
    @Test func theMomentIsFixedByNowOrASetSourceDateEpoch() {
        #expect(Clock.isFixed(option: "2026-11-30T08:00:00Z", environment: [:]))
        #expect(Clock.isFixed(option: nil, environment: ["SOURCE_DATE_EPOCH": "86400"]))
        #expect(!Clock.isFixed(option: nil, environment: [:]))
        #expect(!Clock.isFixed(option: nil, environment: ["SOURCE_DATE_EPOCH": ""]))
    }

    /// A script reads every key of the JSON whether or not it has a value: `null` when nothing
    /// is scheduled, and for a draft's times.
    @Test func scheduleJSONHasEveryKeyNullWhenItHasNoValue() throws {
        var draft = release(date: PartialDate(year: 2020, month: 1, day: 1), draft: true)
        draft.slug = "draft"
        let content = Content(
            site: Site(title: "S", organisation: "O", baseURL: "https://e.org/"), cases: [],
            releases: [draft], root: "Content")
        let schedule = Schedule(
            content: content, rules: PublicationRules(now: instant("2026-11-21T12:00:00Z"), timeZone: warsaw))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(schedule.json.utf8)) as? [String: Any])
        #expect(json["next_change"] is NSNull)
        let items = try #require(json["items"] as? [[String: Any]])
        let item = try #require(items.first)
        #expect(items.count == 1)
        #expect(item["state"] as? String == "draft")
        #expect(item["public_at"] is NSNull)
        #expect(item["public_at_local"] is NSNull)
        #expect(Set(json.keys) == ["now", "time_zone", "next_change", "items"])
    }

    @Test func scheduleListsWaitingItemsAndTheNextChange() {
        var embargoed = release(
            date: PartialDate(year: 2026, month: 11, day: 30), embargo: instant("2026-11-30T08:00:00Z"))
        embargoed.slug = "embargoed"
        var later = release(date: PartialDate(year: 2026, month: 12, day: 24))
        later.slug = "later"
        var draft = release(date: PartialDate(year: 2020, month: 1, day: 1), draft: true)
        draft.slug = "draft"
        var done = release(date: PartialDate(year: 2020, month: 1, day: 1))
        done.slug = "done"
        let content = Content(
            site: Site(title: "S", organisation: "O", baseURL: "https://e.org/"), cases: [],
            releases: [embargoed, later, draft, done], root: "Content")
        let schedule = Schedule(
            content: content, rules: PublicationRules(now: instant("2026-11-21T12:00:00Z"), timeZone: warsaw))
        #expect(schedule.items.map(\.slug) == ["embargoed", "later", "draft"])
        #expect(schedule.items.map(\.state) == ["embargoed", "scheduled", "draft"])
        #expect(schedule.nextChange == instant("2026-11-30T08:00:00Z"))
        #expect(schedule.json.contains("\"public_at_local\" : \"2026-11-30 09:00 CET\""))
        #expect(schedule.json.contains("\"time_zone\" : \"Europe/Warsaw\""))
        #expect(
            schedule.text.contains(
                "embargoed  release embargoed: public at 2026-11-30T08:00:00Z (2026-11-30 09:00 CET)"))
    }

    @Test func scheduleNamesTheUTCZoneAsWritten() throws {
        let utc = try #require(TimeReading.timeZone("UTC"))
        let content = Content(
            site: Site(title: "S", organisation: "O", baseURL: "https://e.org/", timeZone: utc), cases: [],
            releases: [], root: "Content")
        let schedule = Schedule(
            content: content, rules: PublicationRules(now: instant("2026-11-21T12:00:00Z"), timeZone: utc))
        #expect(schedule.json.contains("\"time_zone\" : \"UTC\""))
        #expect(schedule.text.contains("(2026-11-21 12:00 UTC)"))
    }
}
