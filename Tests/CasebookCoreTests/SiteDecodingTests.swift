import Testing

@testable import CasebookCore

@Suite struct SiteDecodingTests {
    @Test func decodesEveryKey() {
        let (site, errors) = SiteDecoder.decode(
            """
            title: Free them
            organisation: Open Dialogue Foundation
            base_url: https://example.org/cases/
            language: pl
            time_zone: Europe/Warsaw
            place: Warsaw
            text_width: 60
            end_mark: "-30-"
            contacts:
              - id: lyudmyla
                name: Lyudmyla Kozlovska
                role: President
                email: lk@example.org
                phone: "+48 22 307 11 22"
            default_contacts: [lyudmyla]

            """, path: "site.yaml")
        #expect(errors == [])
        #expect(site.baseURL == "https://example.org/cases/")
        #expect(site.timeZone.identifier == "Europe/Warsaw")
        #expect(site.textWidth == 60)
        #expect(site.endMark == "-30-")
        #expect(
            site.contacts == [
                Contact(
                    id: "lyudmyla", name: "Lyudmyla Kozlovska", role: "President",
                    email: "lk@example.org", phone: "+48 22 307 11 22")
            ])
        #expect(site.defaultContactIDs == ["lyudmyla"])
        #expect(site.locations["default_contacts[0]"] == at(15, 20, in: "site.yaml"))
    }

    @Test func appliesDefaults() {
        let (site, errors) = SiteDecoder.decode(
            "title: T\norganisation: O\nbase_url: https://example.org/\n", path: "s")
        #expect(errors == [])
        #expect(site.language == "en")
        #expect(site.timeZone.secondsFromGMT() == 0)
        #expect(site.textWidth == 72)
        #expect(site.endMark == "###")
        #expect(site.defaultContactIDs == nil)
    }

    @Test func reportsEachProblem() {
        let required = "title: T\norganisation: O\n"
        let path = "site.yaml"
        #expect(
            siteErrors(required + "base_url: https://example.org\n") == [
                .baseURLWithoutSlash("https://example.org", at: at(3, 11, in: path))
            ])
        #expect(
            siteErrors(required + "base_url: /cases/\n") == [
                .invalidURL(key: "base_url", text: "/cases/", at: at(3, 11, in: path))
            ])
        let base = required + "base_url: https://example.org/\n"
        #expect(
            siteErrors(base + "text_width: 200\n") == [
                .outOfRange(key: "text_width", value: 200, range: 40...120, at: at(4, 13, in: path))
            ])
        #expect(
            siteErrors(base + "text_width: wide\n") == [
                .notInteger(key: "text_width", text: "wide", at: at(4, 13, in: path))
            ])
        #expect(
            siteErrors(base + "time_zone: Europe/Warsw\n") == [
                .unknownTimeZone("Europe/Warsw", suggestion: "Europe/Warsaw", at: at(4, 12, in: path))
            ])
        #expect(
            siteErrors(base + "language: english language\n") == [
                .invalidLanguageTag("english language", at: at(4, 11, in: path))
            ])
        #expect(
            siteErrors(
                base + "contacts:\n  - id: a\n    name: A\n  - id: a\n    name: B\n  - id: B C\n    name: C\n"
            ) == [
                .duplicateContactID("a", firstLine: 5, at: at(7, 9, in: path)),
                .invalidSlug("B C", kind: .contact, suggestion: "b-c", at: at(9, 9, in: path)),
            ])
        #expect(
            siteErrors("title: T\n") == [
                .missingKey("organisation", at: at(1, 1, in: path)),
                .missingKey("base_url", at: at(1, 1, in: path)),
            ])
    }
}
