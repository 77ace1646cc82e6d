import Testing

@testable import CasebookCore

@Suite struct CaseFileDecodingTests {
    @Test func decodesEveryKey() {
        let (caseFile, errors) = decodeCase(
            """
            name: Iskander Yerimbetov
            native_name: Искандер Еримбетов
            aliases: [Iskander Erimbetov]
            country: Kazakhstan
            status: imprisoned
            detained: 2017-11
            facility: Penal colony
            charges:
              - Fraud (Article 190)
            sentence: 7
            un_decisions:
              - body: UN WGAD
                reference: Opinion No. 67/2018
                date: 2018-11
                url: https://example.org/op
            related: [bota-jardemalie]
            tags: [torture, health]
            summary: Short.
            timeline:
              - date: 2017-11-09
                event: Detained in *Almaty*
                source: https://example.org/news
            updated: 2019-02-01
            draft: true

            """)
        #expect(errors == [])
        #expect(caseFile.name == "Iskander Yerimbetov")
        #expect(caseFile.nativeName == "Искандер Еримбетов")
        #expect(caseFile.aliases == ["Iskander Erimbetov"])
        #expect(caseFile.status == .imprisoned)
        #expect(caseFile.detained == PartialDate(year: 2017, month: 11))
        #expect(caseFile.sentence == "7")
        #expect(
            caseFile.unDecisions == [
                .init(
                    body: "UN WGAD", reference: "Opinion No. 67/2018",
                    date: PartialDate(year: 2018, month: 11), url: "https://example.org/op")
            ])
        #expect(caseFile.related == ["bota-jardemalie"])
        #expect(caseFile.tags == ["torture", "health"])
        #expect(caseFile.timeline.first?.event == "Detained in *Almaty*")
        #expect(caseFile.timeline.first?.location == at(22, 12))
        #expect(caseFile.updated == PartialDate(year: 2019, month: 2, day: 1))
        #expect(caseFile.draft)
        #expect(caseFile.body == "Body\n")
        #expect(caseFile.source.bodyStartLine == 27)
        #expect(caseFile.locations["related[0]"] == at(17, 11))
        #expect(caseFile.locations["status"] == at(6, 9))
    }

    @Test func reportsMissingKeysAtFrontmatterStart() {
        #expect(
            decodeCase("name: A\n").1 == [
                .missingKey("country", at: at(2, 1)), .missingKey("status", at: at(2, 1)),
            ])
    }

    @Test func reportsUnknownKeyWithSuggestion() {
        #expect(
            caseErrors("sumary: x\nbirthday: y\n") == [
                .unknownKey("sumary", suggestion: "summary", at: at(5, 1)),
                .unknownKey("birthday", suggestion: nil, at: at(6, 1)),
            ])
    }

    @Test func reportsDuplicateKeyAtSecondOccurrence() {
        let errors = decodeCase("name: A\ncountry: B\nstatus: imprisoned\nname: C\ncountry: D\nname: E\n").1
        #expect(
            errors == [
                .duplicateKey("name", firstLine: 2, at: at(5, 1)),
                .duplicateKey("country", firstLine: 3, at: at(6, 1)),
                .duplicateKey("name", firstLine: 2, at: at(7, 1)),
            ])
    }

    @Test func reportsDuplicateQuotedKeyInNestedMapping() {
        let errors = caseErrors("timeline:\n  - date: 2017\n    \"event\": a\n    event: b\n")
        #expect(errors == [.duplicateKey("event", firstLine: 7, at: at(8, 5))])
        #expect(
            caseErrors("un_decisions: [{body: a, body: b}]\n") == [
                .duplicateKey("body", firstLine: 5, at: at(5, 26))
            ])
    }

    @Test func reportsUnknownStatusWithSuggestion() {
        let errors = decodeCase("name: A\ncountry: B\nstatus: imprisonned\n").1
        #expect(errors == [.unknownStatus("imprisonned", suggestion: "imprisoned", at: at(4, 9))])
    }

    @Test func reportsImpossibleDates() {
        #expect(
            caseErrors("detained: 2017-13-45\n") == [
                .invalidDate("2017-13-45", problem: .noSuchMonth(13), at: at(5, 11))
            ])
        #expect(
            caseErrors("detained: 2017-02-30\n") == [
                .invalidDate("2017-02-30", problem: .noSuchDay(day: 30, month: 2, year: 2017), at: at(5, 11))
            ])
        #expect(
            caseErrors("detained: 9 Nov 2017\n") == [
                .invalidDate("9 Nov 2017", problem: .badFormat, at: at(5, 11))
            ])
        #expect(
            caseErrors("updated: 2017-11\n") == [
                .fullDateRequired(key: "updated", text: "2017-11", at: at(5, 10))
            ])
        #expect(
            LoadError.invalidDate("2017-13-45", problem: .noSuchMonth(13), at: at(1, 1)).message
                == "2017-13-45 is not a date: month 13 does not exist")
    }

    @Test func reportsWrongTypes() {
        #expect(
            caseErrors("aliases: Iskander\n") == [
                .wrongType(key: "aliases", expected: .list, found: .text, at: at(5, 10))
            ])
        #expect(
            caseErrors("sentence:\n  - 7 years\n") == [
                .wrongType(key: "sentence", expected: .text, found: .list, at: at(6, 3))
            ])
        #expect(
            caseErrors("timeline:\n  - 2017 arrested\n") == [
                .wrongType(key: "timeline[0]", expected: .mapping, found: .text, at: at(6, 5))
            ])
        #expect(caseErrors("draft: yes\n") == [.notBool(key: "draft", text: "yes", at: at(5, 8))])
    }

    @Test func reportsEmptyRequiredValues() {
        #expect(
            decodeCase("name: ''\ncountry:\nstatus: imprisoned\n").1 == [
                .emptyValue(key: "country", at: at(3, 9)), .emptyValue(key: "name", at: at(2, 7)),
            ])
    }

    @Test func reportsKeysWrittenWithoutAValue() {
        let (caseFile, errors) = decodeCase(
            "name: A\ncountry: B\nstatus: released\nfacility: ~\ncharges: null\ndraft:\n")
        #expect(
            errors == [
                .emptyValue(key: "facility", at: at(5, 11)), .emptyValue(key: "charges", at: at(6, 10)),
                .emptyValue(key: "draft", at: at(7, 7)),
            ])
        #expect(caseFile.facility == nil)
        #expect(caseFile.charges == [])
    }

    @Test func reportsInvalidSlugsInLists() {
        #expect(
            caseErrors("related: [Bota Jardemalie, ok]\n") == [
                .invalidSlug("Bota Jardemalie", kind: .caseFile, suggestion: "bota-jardemalie", at: at(5, 11))
            ])
        #expect(
            caseErrors("tags: [Torture]\n") == [
                .invalidSlug("Torture", kind: .tag, suggestion: "torture", at: at(5, 8))
            ])
    }

    @Test func reportsLongSummaryAndBadURLs() {
        let long = String(repeating: "a", count: 301)
        #expect(
            caseErrors("summary: \(long)\n") == [
                .textTooLong(key: "summary", length: 301, limit: 300, at: at(5, 10))
            ])
        #expect(
            caseErrors("timeline:\n  - date: 2017\n    event: e\n    source: example.org/x\n") == [
                .invalidURL(key: "timeline[0].source", text: "example.org/x", at: at(8, 13))
            ])
        #expect(
            caseErrors("un_decisions:\n  - url: ftp://example.org/x\n") == [
                .missingKey("un_decisions[0].body", at: at(6, 5)),
                .invalidURL(key: "un_decisions[0].url", text: "ftp://example.org/x", at: at(6, 10)),
            ])
    }
}
