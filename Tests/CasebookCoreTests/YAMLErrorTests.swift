import Foundation
import Testing

@testable import CasebookCore

@Suite struct YAMLErrorTests {
    @Test func reportsSyntaxErrorAtItsPlaceInTheFile() {
        let errors = caseErrors("summary: Released: after 2 years\n")
        #expect(errors.count == 1)
        guard case .yamlSyntax(_, _, let location) = errors.first else {
            Issue.record("expected a YAML syntax error, got \(errors)")
            return
        }
        #expect(location == at(5, 18))
    }

    @Test func reportsTabsInIndentation() {
        #expect(caseErrors("charges:\n\t- Fraud\n") == [.tabIndentation(at: at(6, 1))])
        #expect(caseErrors("timeline:\n  - date: 2017\n  \tevent: x\n") == [.tabIndentation(at: at(7, 3))])
    }

    @Test func reportsFrontmatterThatIsNotAMapping() {
        #expect(
            decodeCase("- name: A\n").1 == [
                .wrongType(key: "frontmatter", expected: .mapping, found: .list, at: at(2, 1))
            ])
    }

    @Test func reportsEmptyAndMissingFrontmatter() {
        #expect(CaseFileDecoder.decode("", path: "c.md", slug: "c").1 == [.emptyFile(at: at(1, 1))])
        #expect(
            CaseFileDecoder.decode("# Title\n", path: "c.md", slug: "c").1 == [
                .missingFrontmatter(at: at(1, 1))
            ])
    }

    @Test func keepsYAMLTypedLookingValuesAsWritten() {
        let (caseFile, errors) = decodeCase(
            "name: 'yes'\ncountry: 1.0\nstatus: released\ndetained: 2017-08-24\n")
        #expect(errors == [])
        #expect(caseFile.name == "yes")
        #expect(caseFile.country == "1.0")
        #expect(caseFile.detained == PartialDate(year: 2017, month: 8, day: 24))
    }
}

@Suite struct UnclosedYAMLTests {
    @Test func reportsUnclosedQuotesAndBracketsWhereTheyOpen() {
        #expect(caseErrors("summary: 'unterminated\n").map(\.location) == [at(5, 10)])
        #expect(caseErrors("related: [a, b\n").map(\.location) == [at(5, 10)])
    }
}
