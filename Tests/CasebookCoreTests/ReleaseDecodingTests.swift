import Foundation
import Testing

@testable import CasebookCore

@Suite struct ReleaseDecodingTests {
    @Test func decodesEveryKey() {
        let (release, errors) = decodeRelease(
            """
            title: Kazakhstan must free Iskander Yerimbetov
            date: 2019-10-15
            place: Brussels
            subtitle: A standfirst
            cases: [iskander-yerimbetov]
            contacts: [lyudmyla]
            read_also:
              - bota-jardemalie
              - releases/2019-01-01-earlier
              - title: Opinion
                url: https://example.org/opinion
            embargo: 2019-10-15T09:00:00+02:00
            tags: [torture]
            summary: Short.

            """)
        #expect(errors == [])
        #expect(release.date == PartialDate(year: 2019, month: 10, day: 15))
        #expect(release.contactIDs == ["lyudmyla"])
        #expect(
            release.readAlso == [
                .caseFile("bota-jardemalie"), .release("2019-01-01-earlier"),
                .link(title: "Opinion", url: "https://example.org/opinion"),
            ])
        #expect(release.bareReadAlsoIndices == [0])
        #expect(release.locations["read_also[1]"] == at(10, 5))
        #expect(release.locations["read_also[2]"] == at(11, 5))
        #expect(release.embargo == Embargo(instant: Date(timeIntervalSince1970: 1_571_122_800)))
        #expect(release.tags == ["torture"])
    }

    @Test func readsEmbargoForms() {
        let instant = Date(timeIntervalSince1970: 1_571_122_800)  // 2019-10-15 07:00 UTC
        #expect(
            decodeRelease("title: T\ndate: 2019-10-15\nembargo: 2019-10-15T07:00:00Z\n").0.embargo
                == Embargo(instant: instant))
        #expect(
            decodeRelease("title: T\ndate: 2019-10-15\nembargo: 2019-10-15 09:00 Europe/Warsaw\n").0.embargo
                == Embargo(instant: instant, zoneIdentifier: "Europe/Warsaw"))
        #expect(
            decodeRelease("title: T\ndate: 2019-10-15\nembargo: 2019-10-15 16:00\n", siteZone: "Asia/Tokyo").0
                .embargo == Embargo(instant: instant, zoneIdentifier: "Asia/Tokyo"))
    }

    @Test func reportsBadEmbargoes() {
        #expect(
            releaseErrors("embargo: 2019-10-15 09:00 Europe/Warshaw\n") == [
                .unknownTimeZone("Europe/Warshaw", suggestion: "Europe/Warsaw", at: at(4, 10))
            ])
        #expect(
            releaseErrors("embargo: 2019-03-31 02:30 Europe/Warsaw\n") == [
                .nonexistentLocalTime("2019-03-31 02:30", zone: "Europe/Warsaw", at: at(4, 10))
            ])
        #expect(
            releaseErrors("embargo: 2019-10-15 25:00\n") == [
                .invalidDateTime("2019-10-15 25:00", problem: .badTime("25:00"), at: at(4, 10))
            ])
        #expect(
            releaseErrors("embargo: 2019-13-15T09:00:00Z\n") == [
                .invalidDateTime("2019-13-15T09:00:00Z", problem: .date(.noSuchMonth(13)), at: at(4, 10))
            ])
        #expect(
            releaseErrors("embargo: 15.10.2019 09:00\n") == [
                .invalidDateTime("15.10.2019 09:00", problem: .badFormat, at: at(4, 10))
            ])
        #expect(
            releaseErrors("embargo: tomorrow\n") == [
                .invalidDateTime("tomorrow", problem: .badFormat, at: at(4, 10))
            ])
    }

    @Test func requiresFullDate() {
        #expect(
            decodeRelease("title: T\ndate: 2019-10\n").1 == [
                .fullDateRequired(key: "date", text: "2019-10", at: at(3, 7))
            ])
    }

    @Test func reportsBadReadAlsoEntries() {
        #expect(
            releaseErrors("read_also:\n  - Bota\n  - title: X\n    url: nowhere\n  - [a]\n") == [
                .invalidSlug("Bota", kind: .readAlso, suggestion: "bota", at: at(5, 5)),
                .invalidURL(key: "read_also[0].url", text: "nowhere", at: at(7, 10)),
                .wrongType(key: "read_also[2]", expected: .text, found: .list, at: at(8, 5)),
            ])
    }

    @Test func keepsNullContactsAsDefault() {
        #expect(decodeRelease("title: T\ndate: 2019-10-15\ncontacts:\n").0.contactIDs == nil)
        #expect(decodeRelease("title: T\ndate: 2019-10-15\ncontacts: []\n").0.contactIDs == [])
    }
}
