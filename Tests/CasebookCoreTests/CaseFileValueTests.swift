import Testing

@testable import CasebookCore

/// A case's facts sit in a box that copies share: a case must still behave as a value, each
/// copy changed on its own.
@Suite struct CaseFileValueTests {
    private func original() -> CaseFile {
        var caseFile = CaseFile(
            slug: "anna", name: "Anna", country: "Kazakhstan", status: .imprisoned, body: "Body.",
            source: SourceFile(path: "Content/cases/anna.md", bodyStartLine: 4))
        caseFile.related = ["bob"]
        caseFile.timeline = [
            CaseFile.TimelineEntry(
                date: PartialDate(year: 2020, month: 3, day: 1), event: "Detained.",
                location: SourceLocation(path: "Content/cases/anna.md", line: 9, column: 12))
        ]
        return caseFile
    }

    @Test func changingACopyLeavesTheOriginal() {
        let first = original()
        var second = first
        second.name = "Anna K."
        second.related.append("carl")
        second.timeline[0].event = "Arrested."
        second.body = "Another body."
        #expect(first.name == "Anna")
        #expect(first.related == ["bob"])
        #expect(first.timeline[0].event == "Detained.")
        #expect(first.body == "Body.")
        #expect(second.name == "Anna K.")
        #expect(second.related == ["bob", "carl"])
        #expect(second.timeline[0].event == "Arrested.")
        #expect(first != second)
    }

    @Test func aTranslationLeavesTheOriginal() {
        let first = original()
        var words = CaseTranslation(
            slug: "anna", language: "ru", body: "Текст.",
            source: SourceFile(path: "Content/cases/anna.ru.md", bodyStartLine: 3))
        words.name = "Анна"
        let translated = first.translated(by: words)
        #expect(translated.name == "Анна")
        #expect(translated.body == "Текст.")
        #expect(first.name == "Anna")
        #expect(first.body == "Body.")
        #expect(first.source.path == "Content/cases/anna.md")
    }

    @Test func equalFactsMakeEqualCasesWhateverTheirBoxes() {
        let first = original()
        var second = first
        second.name = "Other"
        second.name = "Anna"
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
    }
}
