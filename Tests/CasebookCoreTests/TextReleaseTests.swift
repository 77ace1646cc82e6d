import Foundation
import Testing

@testable import CasebookCore

/// The text release's line, notes and punctuation, and the e-mail message made from it.
@Suite struct TextReleaseTests {
    static let warsaw = TimeZone(identifier: "Europe/Warsaw") ?? .current
    static let before = Clock.parseInstant("2026-11-29T12:00:00Z") ?? Date()
    static let after = Clock.parseInstant("2026-12-01T12:00:00Z") ?? Date()

    static func release(draft: Bool = false, embargoed: Bool = false, body: String = "Body.") -> Release {
        var release = Release(
            slug: "2026-11-30-appeal", title: "Bolat's appeal -- rejected",
            date: PartialDate(year: 2026, month: 11, day: 30), body: body,
            source: SourceFile(path: "Content/releases/2026-11-30-appeal.md", bodyStartLine: 5))
        release.draft = draft
        if embargoed {
            release.embargo = Embargo(
                instant: Clock.parseInstant("2026-11-30T08:00:00Z") ?? Date(), zoneIdentifier: "Europe/Warsaw"
            )
        }
        return release
    }

    static func site(_ change: (inout Site) -> Void = { _ in }) -> Site {
        var site = RenderingSample.site()
        site.timeZone = warsaw
        change(&site)
        return site
    }

    static func text(_ release: Release, site: Site = site(), now: Date = before) throws -> String {
        let content = Content(site: site, cases: [], releases: [release], root: "Content")
        let renderer = TextReleaseRenderer(
            links: SiteLinks(content: content), templates: try Theme.builtin.compile().textTemplates,
            rules: PublicationRules(now: now, timeZone: site.timeZone))
        return renderer.text(of: release, document: MarkdownParser.parse(release.body), content: content)
    }

    static func firstLine(_ text: String) -> String { String(text.prefix { $0 != "\n" }) }

    @Test func releaseLineSaysWhatIsTrueNow() throws {
        #expect(Self.firstLine(try Self.text(Self.release())) == "FOR IMMEDIATE RELEASE")
        #expect(
            Self.firstLine(try Self.text(Self.release(embargoed: true)))
                == "EMBARGOED UNTIL 09:00 CET, 30 November 2026")
        // Once the embargo has passed, the line no longer announces it.
        #expect(
            Self.firstLine(try Self.text(Self.release(embargoed: true), now: Self.after))
                == "FOR IMMEDIATE RELEASE")
        // A draft says so, embargo or not, whenever it is printed.
        #expect(Self.firstLine(try Self.text(Self.release(draft: true))) == "DRAFT — NOT FOR PUBLICATION")
        #expect(
            Self.firstLine(try Self.text(Self.release(draft: true, embargoed: true), now: Self.after))
                == "DRAFT — NOT FOR PUBLICATION")
    }

    @Test func siteYAMLChangesOrDropsTheLine() throws {
        let custom = Self.site {
            $0.releaseLine = nil
            $0.embargoLine = "Sperrfrist: {time}"
            $0.draftLine = "ENTWURF"
        }
        let plain = try Self.text(Self.release(), site: custom)
        #expect(plain.hasPrefix("WARSAW, 30 November 2026\n"))
        #expect(
            Self.firstLine(try Self.text(Self.release(embargoed: true), site: custom))
                == "Sperrfrist: 09:00 CET, 30 November 2026")
        #expect(Self.firstLine(try Self.text(Self.release(draft: true), site: custom)) == "ENTWURF")
    }

    @Test func readsTheLineKeysFromSiteYAML() {
        let base = "title: T\norganisation: O\nbase_url: https://e.org/\n"
        let (site, errors) = SiteDecoder.decode(
            base
                + "release_line: \"\"\nembargo_line: \"HOLD UNTIL {time}\"\ndraft_line: DRAFT\nsmart_punctuation: false\n",
            path: "site.yaml")
        #expect(errors == [])
        #expect(site.releaseLine == nil)
        #expect(site.embargoLine == "HOLD UNTIL {time}")
        #expect(site.draftLine == "DRAFT")
        #expect(site.smartPunctuation == false)
        #expect(
            siteErrors(base + "embargo_line: EMBARGOED\n") == [
                .missingPlaceholder(
                    key: "embargo_line", placeholder: "{time}", at: at(4, 15, in: "site.yaml"))
            ])
        #expect(
            siteErrors(base + "draft_line: \"\"\n") == [
                .emptyValue(key: "draft_line", at: at(4, 13, in: "site.yaml"))
            ])
        #expect(
            siteErrors(base + "relase_line: X\n") == [
                .unknownKey("relase_line", suggestion: "release_line", at: at(4, 1, in: "site.yaml"))
            ])
        #expect(
            siteErrors(base + "smart_punctuation: maybe\n") == [
                .notBool(key: "smart_punctuation", text: "maybe", at: at(4, 20, in: "site.yaml"))
            ])
    }

    @Test func notesComeInReadingOrderAndAURLIsNeverListedTwice() throws {
        let body = """
            Read [the ruling](https://e.org/ruling.pdf) and [our page](https://e.org/page) first.[^r]
            Then the [appeal](https://e.org/appeal).[^a]

            [^a]: The appeal: <https://e.org/appeal>
            [^r]: Ruling of 9 November: <https://e.org/ruling.pdf>
            """
        let text = try Self.text(Self.release(body: body))
        #expect(
            text.contains(
                "Read the ruling[1] and our page (https://e.org/page) first.[1] Then the\nappeal[2].[2]"))
        #expect(
            text.contains(
                "NOTES\n\n[1] Ruling of 9 November: https://e.org/ruling.pdf\n[2] The appeal: https://e.org/appeal\n"
            ))
        let beforeNotes = text.components(separatedBy: "NOTES")[0]
        let markers = beforeNotes.matches(of: /\[(\d+)\]/).compactMap { Int($0.1) }
        #expect(markers == [1, 1, 2, 2], "a reader meets the notes in increasing order")
    }

    @Test func smartPunctuationInBodyAndTitleUnlessSwitchedOff() throws {
        let release = Self.release(body: "\"Free him,\" they said -- again...")
        let content = Content(site: Self.site(), cases: [], releases: [release], root: "Content")
        let typographic = Typography.apply(to: content).releases[0]
        #expect(typographic.title == "Bolat’s appeal – rejected")
        #expect(
            MarkdownParser.parse(release.body, smart: true).blocks == [
                .paragraph([.text("“Free him,” they said – again…")], line: 1)
            ])
        var straight = content
        straight.site.smartPunctuation = false
        #expect(Typography.apply(to: straight).releases[0].title == "Bolat's appeal -- rejected")
        #expect(
            MarkdownParser.parse(release.body).blocks == [
                .paragraph([.text("\"Free him,\" they said -- again...")], line: 1)
            ])
    }

    @Test func smartensFrontmatterTextWithoutReadingItAsMarkdown() {
        #expect(
            MarkdownParser.smartPunctuation(in: "1. *Not* a list's [link](x) &amp; \"more\"")
                == "1. *Not* a list’s [link](x) &amp; “more”")
        #expect(MarkdownParser.smartPunctuation(in: "- 'Quoted' -- yes") == "- ‘Quoted’ – yes")
        #expect(MarkdownParser.smartPunctuation(in: "# Plain") == "# Plain")
        // A backtick carrying a combining accent is still escaped: no code span opens.
        #expect(MarkdownParser.smartPunctuation(in: "`\u{301}x` it's") == "`\u{301}x` it’s")
    }
}
