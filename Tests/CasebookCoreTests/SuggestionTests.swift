import Testing

@testable import CasebookCore

@Suite struct SuggestionTests {
    @Test func measuresEdits() {
        #expect(Suggestion.editDistance("status", "status") == 0)
        #expect(Suggestion.editDistance("statsu", "status") == 1)  // a swap counts once
        #expect(Suggestion.editDistance("sumary", "summary") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func suggestsCloseWordsOnly() {
        let keys = CaseFileDecoder.schema.keys
        #expect(Suggestion.closest(to: "statu", among: keys) == "status")
        #expect(Suggestion.closest(to: "nativename", among: keys) == "native_name")
        #expect(Suggestion.closest(to: "Name", among: keys) == "name")
        #expect(Suggestion.closest(to: "birthday", among: keys) == nil)
        #expect(
            Suggestion.closest(to: "imprisonned", among: CaseStatus.allCases.map(\.rawValue)) == "imprisoned")
    }

    @Test func namesTheNearestReleaseEvenWithoutItsDate() {
        let slugs = [
            "2018-03-02-dzhakishev-release-to-save-his-life", "2019-10-15-yerimbetov-health-critical",
        ]
        #expect(Suggestion.nearest(to: "yerimbetov-health-critical", among: slugs) == slugs[1])
        #expect(Suggestion.nearest(to: "2019-10-15-yerimbetov-helth-critical", among: slugs) == slugs[1])
        #expect(Suggestion.nearest(to: "2018-03-02-dzhakishev", among: slugs) == slugs[0])
        #expect(Suggestion.nearest(to: "annual-report", among: slugs) == nil)
        #expect(Suggestion.nearest(to: "x", among: []) == nil)
    }

    @Test func preparedCandidatesAgreeWithTheDistance() {
        let words = [
            "status", "statu", "native_name", "nativename", "kitten", "sitting", "ab", "ba", "Zoë", "zoe",
        ]
        let candidates = Suggestion.Candidates(words)
        for word in words + ["stat", "sittin", "abc", "zo"] {
            let limit = word.count <= 3 ? 1 : word.count <= 7 ? 2 : 3
            let expected = words.filter { $0 != word }
                .map { ($0, Suggestion.editDistance(word.lowercased(), $0.lowercased())) }
                .filter { $0.1 <= limit && $0.1 < word.count }
                .min { $0.1 < $1.1 }?.0
            #expect(candidates.closest(to: word) == expected, "\(word)")
        }
    }

    @Test func checksAndSuggestsSlugs() {
        #expect(Slug.isValid("iskander-yerimbetov-2"))
        for bad in ["", "Foo", "foo bar", "foo--bar", "-foo", "foo-", "foo.bar", "foo/bar", "zoë"] {
            #expect(!Slug.isValid(bad), "\(bad)")
        }
        #expect(Slug.suggestion(for: "Foo Bar") == "foo-bar")
        #expect(Slug.suggestion(for: "Zoë  Ćwik!") == "zoe-cwik")
        #expect(Slug.suggestion(for: "!!") == nil)
    }
}
