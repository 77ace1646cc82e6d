import Foundation
import Testing

@testable import CasebookCore

/// The node tree read from libyaml's events, and the errors it stops at.
@Suite struct YAMLParserTests {
    private func root(_ yaml: String) -> YAMLNode? {
        guard case .success(let root) = YAMLParser.parse(yaml) else {
            Issue.record("expected \(yaml.debugDescription) to parse")
            return nil
        }
        return root
    }

    private func failure(_ yaml: String) -> YAMLParseError? {
        guard case .failure(let error) = YAMLParser.parse(yaml) else {
            Issue.record("expected \(yaml.prefix(80).debugDescription) to fail")
            return nil
        }
        return error
    }

    private func pairs(_ node: YAMLNode?) -> [(key: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let pairs) = node?.content else { return [] }
        return pairs
    }

    @Test func readsEveryScalarStyleWithItsTextAndPlace() {
        let yaml =
            "plain: text here\nsingle: 'it''s'\ndouble: \"a\\tb\\u00e9\"\nliteral: |\n  one\n  two\n"
            + "folded: >\n  one\n  two\n"
        let found = pairs(root(yaml)).map { pair -> (String, String, YAMLScalarStyle?, YAMLPosition) in
            guard case .scalar(let text, let style) = pair.value.content else {
                return (pair.key.flowText, "", nil, pair.value.position)
            }
            return (pair.key.flowText, text, style, pair.value.position)
        }
        #expect(found.map(\.0) == ["plain", "single", "double", "literal", "folded"])
        #expect(found.map(\.1) == ["text here", "it's", "a\tbé", "one\ntwo\n", "one two\n"])
        #expect(found.map(\.2) == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(
            found.map(\.3) == [
                YAMLPosition(line: 1, column: 8), YAMLPosition(line: 2, column: 9),
                YAMLPosition(line: 3, column: 9), YAMLPosition(line: 4, column: 10),
                YAMLPosition(line: 7, column: 9),
            ])
        #expect(pairs(root(yaml)).map(\.key.position.line) == [1, 2, 3, 4, 7])
    }

    @Test func columnsCountCharactersNotBytes() {
        let value = pairs(root("ключ: «значение»\n")).first?.value
        #expect(value?.position == YAMLPosition(line: 1, column: 7))
        #expect(value?.scalarText == "«значение»")
    }

    @Test func readsNestedFlowAndBlockCollections() {
        let yaml = "a: [1, {b: [c, d]}, []]\nlist:\n  - x: 1\n    y: [2]\n  - - deep\n"
        let document = root(yaml)
        #expect(document?.flowText == "{a: [1, {b: [c, d]}, []], list: [{x: 1, y: [2]}, [deep]]}")
        let list = pairs(document).last?.value
        guard case .sequence(let entries) = list?.content else {
            Issue.record("expected a list, got \(String(describing: list))")
            return
        }
        #expect(list?.position == YAMLPosition(line: 3, column: 3))
        #expect(
            entries.map(\.position) == [YAMLPosition(line: 3, column: 5), YAMLPosition(line: 5, column: 5)])
        #expect(
            pairs(entries.first).map(\.value.position) == [
                YAMLPosition(line: 3, column: 8), YAMLPosition(line: 4, column: 8),
            ])
    }

    @Test func anEmptyTextOrOneWithOnlyCommentsHasNoDocument() {
        #expect(root("") == nil)
        #expect(root("# nothing here\n\n") == nil)
        #expect(root("~\n")?.scalarText == "~")
    }

    @Test func keepsRepeatedKeysForTheSchemaToReport() {
        #expect(pairs(root("a: 1\na: 2\n")).map(\.value.flowText) == ["1", "2"])
    }

    @Test func aliasesAreRefusedAndAnchorsReadPast() {
        #expect(root("a: &first x\nb: &list [y]\n")?.flowText == "{a: x, b: [y]}")
        #expect(
            failure("a: &first x\nb: *first\n")
                == YAMLParseError(problem: "found an alias", position: YAMLPosition(line: 2, column: 4)))
        #expect(
            failure("b: *nowhere\n")
                == YAMLParseError(
                    problem: "found undefined alias", position: YAMLPosition(line: 1, column: 4)))
        // The "billion laughs": each line would double the one before if aliases were expanded.
        var laughs = "a: &a [lol, lol]\n"
        for level in 1..<40 {
            laughs += "l\(level): &l\(level) [*\(level == 1 ? "a" : "l\(level - 1)"), *a]\n"
        }
        #expect(failure(laughs)?.position == YAMLPosition(line: 2, column: 10))
    }

    @Test func refusesNestingDeeperThanTheLimitWithoutExhaustingTheStack() {
        let depth = YAMLParser.maximumDepth
        #expect(root(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) != nil)
        for opening in ["[", "{a: ", "[{a: "] {
            let error = failure("x: " + String(repeating: opening, count: 10_000))
            #expect(error?.problem == "lists and mappings are nested more than \(depth) deep")
            #expect(error?.position.line == 1)
        }
        #expect(
            failure(String(repeating: "[", count: 10_000))?.position
                == YAMLPosition(line: 1, column: depth + 1))
    }

    @Test func readsHugeInputs() {
        let count = 100_000
        let list = root("aliases:\n" + String(repeating: "  - entry\n", count: count))
        guard case .sequence(let entries) = pairs(list).first?.value.content else {
            Issue.record("expected a list")
            return
        }
        #expect(entries.count == count)
        #expect(entries.last?.position == YAMLPosition(line: count + 1, column: 5))
        let long = String(repeating: "word ", count: 400_000)
        #expect(pairs(root("summary: \"\(long)\"\n")).first?.value.scalarText == long)
    }

    @Test func anInvalidCharacterIsFoundByItsPlace() {
        let error = failure("a: b\nc: Ç\u{FFFE}\n")
        #expect(error?.problem == "control characters are not allowed")
        #expect(error?.position == YAMLPosition(line: 2, column: 5))
        #expect(error?.countsOnlyLineFeeds == true)
    }
}

/// How the frontmatter's readers use the tree: YAML's "nothing", tags, repeated keys, aliases.
@Suite struct YAMLReadingTests {
    @Test func plainNullsAreNothingAndQuotedOnesAreText() {
        #expect(caseErrors("facility: ~\n") == [.emptyValue(key: "facility", at: at(5, 11))])
        #expect(caseErrors("facility: null\n") == [.emptyValue(key: "facility", at: at(5, 11))])
        let (caseFile, errors) = decodeCase(
            "name: A\ncountry: B\nstatus: imprisoned\nfacility: \"~\"\nsentence: 'null'\nnative_name: !!str 5\n"
        )
        #expect(errors == [])
        #expect(caseFile.facility == "~")
        #expect(caseFile.sentence == "null")
        #expect(caseFile.nativeName == "5")
    }

    @Test func everyRepeatedKeyIsReportedHoweverMany() {
        let errors = caseErrors(String(repeating: "sentence: x\n", count: 300))
        #expect(errors.count == 299)
        #expect(errors.last == .duplicateKey("sentence", firstLine: 5, at: at(304, 1)))
    }

    @Test func anAliasIsAnErrorThatSaysToQuoteIt() {
        for aliases in ["[&a x, *a]", "[*a]"] {
            let errors = caseErrors("aliases: \(aliases)\n")
            #expect(errors.count == 1)
            #expect(errors.first?.message == "'*' starts a YAML alias; put the value in quotes")
        }
        #expect(caseErrors("aliases: [&a x, *a]\n").first?.location == at(5, 17))
    }

    @Test func deepNestingIsAnErrorAtTheBracketPastTheLimit() {
        let errors = caseErrors("summary: " + String(repeating: "[", count: 10_000) + "\n")
        // The frontmatter itself is the first level, so the list that opens past the limit is the 64th.
        #expect(errors.map(\.location) == [at(5, 10 + YAMLParser.maximumDepth - 1)])
        #expect(
            errors.first?.message
                == "lists and mappings are nested more than \(YAMLParser.maximumDepth) deep; frontmatter needs"
                + " at most three levels")
    }

    @Test func anInvalidCharacterIsAnErrorAtItsPlaceInTheFile() {
        let errors = caseErrors("summary: «Free»\u{FFFF}\n")
        #expect(errors.map(\.location) == [at(5, 16)])
        #expect(errors.first?.message == "YAML syntax error: control characters are not allowed")
    }

    @Test func aSecondDocumentInSiteYAMLIsAnError() {
        let errors = SiteDecoder.decode("title: a\n---\ntitle: b\n", path: "site.yaml").1
        #expect(errors.map(\.location) == [at(2, 1, in: "site.yaml")])
    }
}
