import Foundation
import Testing

@testable import CasebookCore

/// Values that once slipped through: times that happen twice, keys without a value, names too long
/// to write, invisible control characters, line breaks libyaml counts and editors do not, and
/// `--now` values that were quietly read as something else.
@Suite struct HostileValueTests {
    // MARK: Times that happen twice

    @Test func anEmbargoInTheHourTheClocksGoBackNamesBothInstants() {
        let ambiguous = LoadError.ambiguousLocalTime(
            "2026-10-25 02:30", zone: "Europe/Warsaw", offsets: ["+02:00", "+01:00"], at: at(4, 10))
        #expect(releaseErrors("embargo: 2026-10-25 02:30 Europe/Warsaw\n") == [ambiguous])
        #expect(releaseErrors("embargo: 2026-10-25 02:30\n", siteZone: "Europe/Warsaw") == [ambiguous])
        #expect(
            releaseErrors("embargo: 2026-11-01 01:30 America/New_York\n") == [
                .ambiguousLocalTime(
                    "2026-11-01 01:30", zone: "America/New_York", offsets: ["-04:00", "-05:00"], at: at(4, 10)
                )
            ])
        #expect(
            ambiguous.message
                == "2026-10-25 02:30 happens twice in Europe/Warsaw, when the clocks go back; write the offset:"
                + " 2026-10-25T02:30:00+02:00 for the first or 2026-10-25T02:30:00+01:00 for the second")
    }

    @Test func theTimesAroundTheRepeatedHourAndAnOffsetAreExact() throws {
        func instant(_ embargo: String) throws -> Date {
            let (release, errors) = decodeRelease("title: T\ndate: 2026-10-25\nembargo: \(embargo)\n")
            #expect(errors == [])
            return try #require(release.embargo?.instant)
        }
        #expect(try instant("2026-10-25 01:59 Europe/Warsaw") == Clock.parseInstant("2026-10-24T23:59:00Z"))
        #expect(try instant("2026-10-25 03:00 Europe/Warsaw") == Clock.parseInstant("2026-10-25T02:00:00Z"))
        #expect(try instant("2026-10-25T02:30:00+02:00") == Clock.parseInstant("2026-10-25T00:30:00Z"))
        #expect(try instant("2026-10-25T02:30:00+01:00") == Clock.parseInstant("2026-10-25T01:30:00Z"))
    }

    // MARK: Keys without a value

    @Test func draftAcceptsOnlyTrueOrFalse() {
        #expect(caseErrors("draft:\n") == [.emptyValue(key: "draft", at: at(5, 7))])
        #expect(caseErrors("draft: ~\n") == [.emptyValue(key: "draft", at: at(5, 8))])
        #expect(caseErrors("draft: null\n") == [.emptyValue(key: "draft", at: at(5, 8))])
        #expect(releaseErrors("draft:\n") == [.emptyValue(key: "draft", at: at(4, 7))])
        #expect(caseErrors("draft: 'true'\n") == [])
        #expect(caseErrors("draft: on\n") == [.notBool(key: "draft", text: "on", at: at(5, 8))])
    }

    @Test func everyKeyWithATypeRejectsAnEmptyValueAtEveryDepth() {
        #expect(releaseErrors("embargo:\n") == [.emptyValue(key: "embargo", at: at(4, 9))])
        #expect(caseErrors("detained: ~\n") == [.emptyValue(key: "detained", at: at(5, 11))])
        #expect(caseErrors("tags:\n") == [.emptyValue(key: "tags", at: at(5, 6))])
        #expect(
            caseErrors("timeline:\n  - date: 2017\n    event: Arrested\n    source:\n") == [
                .emptyValue(key: "timeline[0].source", at: at(8, 12))
            ])
        #expect(
            siteErrors("title: T\norganisation: O\nbase_url: https://example.org/\ntext_width:\n") == [
                .emptyValue(key: "text_width", at: at(4, 12, in: "site.yaml"))
            ])
    }

    // MARK: Names too long to write

    @Test func aTagOrSlugLongerThanTheLimitIsAnErrorAtItsLine() {
        let tag = String(repeating: "t", count: 300)
        #expect(
            caseErrors("tags: [ok, \(tag)]\n") == [
                .nameTooLong(tag, limit: Slug.maximumLength, at: at(5, 12))
            ])
        let longest = String(repeating: "r", count: Slug.maximumLength)
        #expect(caseErrors("related: [\(longest)]\n") == [])
        #expect(
            releaseErrors("contacts: [\(longest)x]\n") == [
                .nameTooLong(longest + "x", limit: Slug.maximumLength, at: at(4, 12))
            ])
    }

    @Test func aFileNameLongerThanTheLimitIsAnErrorAtTheFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let slug = String(repeating: "a", count: 244)
        try write(
            [
                "site.yaml": "title: T\norganisation: O\nbase_url: https://example.org/\n",
                "cases/\(slug).md": "---\nname: A\ncountry: B\nstatus: imprisoned\n---\nBody\n",
            ], under: root)
        let problems = ContentLoader().load(from: root.path).problems
        #expect(
            problems == [
                .nameTooLong(
                    slug, limit: Slug.maximumLength, at: SourceLocation(path: root.path + "/cases/\(slug).md")
                )
            ])
    }

    // MARK: Control characters

    @Test func aRawControlCharacterIsAnErrorAtItsPlace() {
        let text = "---\nname: A\u{7}\ncountry: B\u{1B}[2J\nstatus: imprisoned\n---\nA\u{85}body\u{7F}\n"
        let errors = failures(text)
        #expect(
            errors == [
                .controlCharacter(0x07, at: at(2, 8)), .controlCharacter(0x1B, at: at(3, 11)),
                .controlCharacter(0x85, at: at(6, 2)), .controlCharacter(0x7F, at: at(6, 7)),
            ])
        #expect(errors.first?.diagnostic.description == "c.md:2:8: error: " + (errors.first?.message ?? ""))
        #expect(failures("---\nname: A\tB\ncountry: Ç\u{A0}«»\nstatus: released\n---\n") == [])
    }

    @Test func aControlCharacterWrittenAsAnEscapeIsAnErrorAtItsValue() {
        #expect(
            caseErrors("summary: \"Free \\a them\"\n") == [
                .controlCharacterInValue(key: "summary", scalar: 0x07, at: at(5, 10))
            ])
        #expect(
            caseErrors("aliases: [\"A\\eB\", \"C\\x85\"]\n") == [
                .controlCharacterInValue(key: "aliases[0]", scalar: 0x1B, at: at(5, 11)),
                .controlCharacterInValue(key: "aliases[1]", scalar: 0x85, at: at(5, 19)),
            ])
        #expect(caseErrors("summary: \"Line one\\nline two\\tand a tab\"\n") == [])
    }

    @Test func aCharacterReferenceToAControlCharacterIsDropped() {
        let html = HTMLRenderer(linkResolver: .identity).render(
            MarkdownParser.parse("Bell&#7;here &#x1B;[2J"))
        #expect(html == "<p>Bellhere [2J</p>\n")
        let link = HTMLRenderer(linkResolver: .identity).render(
            MarkdownParser.parse("[x](&#1;javascript:alert(1))"))
        #expect(link == "<p>x</p>\n")
    }

    // MARK: Line breaks editors do not show

    @Test func positionsAfterLineAndParagraphSeparatorsAreWhereTheEditorShowsThem() {
        for separator in ["\u{2028}", "\u{2029}"] {
            #expect(
                caseErrors("summary: \"One\(separator)two\"\nfacilty: x\n") == [
                    .unknownKey("facilty", suggestion: "facility", at: at(6, 1))
                ])
            #expect(
                caseErrors("related: [\"a\(separator)b\", Bad]\n") == [
                    .invalidSlug("a\(separator)b", kind: .caseFile, suggestion: "a-b", at: at(5, 11)),
                    .invalidSlug("Bad", kind: .caseFile, suggestion: "bad", at: at(5, 18)),
                ])
        }
    }

    @Test func aNextLineCharacterIsAControlCharacterAtItsPlace() {
        #expect(
            failures("---\nname: \"A\u{85}B\"\ncountry: B\nstatus: x\n---\n") == [
                .controlCharacter(0x85, at: at(2, 9))
            ])
    }

    // MARK: --now

    @Test func nowRejectsEveryValueThatIsNotARealInstant() {
        for text in [
            "99999999-01-01T00:00:00Z", "2026-11-30T08:00:00+99:00", "2026-02-30T00:00:00Z",
            "2026-11-30T24:00:00Z", "2026-11-30T08:00:60Z", "2026-11-30T08:00:00", "2026-11-30",
            "1969-12-31T23:59:59Z", "2026-11-30T08:00:00+15:00", "2026-11-30T08:00:00.Z", "now",
            "2026-11-30T08:00:00Z\n2026",
        ] {
            #expect(Clock.parseInstant(text) == nil, "\(text)")
            #expect(throws: Clock.ClockError.invalidNow(text)) { try Clock.now(option: text) }
        }
        #expect(Clock.parseInstant("2026-11-30T09:00+01:00") == Clock.parseInstant("2026-11-30T08:00:00Z"))
        #expect(
            Clock.parseInstant("2026-11-30T08:00:00.25Z")?.timeIntervalSince1970
                == (Clock.parseInstant("2026-11-30T08:00:00Z")?.timeIntervalSince1970 ?? 0) + 0.25)
        #expect(Clock.parseInstant("9999-12-31T23:59:59-12:00") != nil)
        #expect(
            throws: Clock.ClockError.invalidEpoch("99999999999999")
        ) { try Clock.now(option: nil, environment: ["SOURCE_DATE_EPOCH": "99999999999999"]) }
        #expect(Clock.ClockError.invalidNow("a\nb").description.contains("a\\nb"))
    }

    // MARK: Messages

    @Test func messagesShowNewlinesAndControlCharactersEscaped() {
        let forged = Diagnostic(
            .error, at: SourceLocation(path: "cases/x\nOutput/a.md:1:1: error: fake.md"),
            "unknown status 'x\nc.md:9:9: error: forged\u{1B}[2J'")
        #expect(!forged.description.contains("\n"))
        #expect(!forged.description.contains("\u{1B}"))
        #expect(
            forged.description
                == "cases/x\\nOutput/a.md:1:1: error: fake.md:1:1: error: unknown status"
                + " 'x\\nc.md:9:9: error: forged\\u{1B}[2J'")
        var formatter = DiagnosticFormatter(isTerminal: true, workingDirectory: "/")
        let shown = formatter.format(forged)
        #expect(shown.split(separator: "\n").count == 1)
        #expect(!shown.contains("forged\u{1B}"))
    }

    /// The problems of a whole file's bytes read as UTF-8 text, then decoded as a case.
    private func failures(_ text: String) -> [LoadError] {
        switch FrontmatterReading.text(of: Data(text.utf8), path: "c.md") {
        case .failure(let failure): return failure.errors
        case .success(let decoded): return CaseFileDecoder.decode(decoded, path: "c.md", slug: "c").1
        }
    }
}
