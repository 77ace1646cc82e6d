/// Translations against their originals and site.yaml's languages.
extension ContentChecker {
    /// A translation in a language site.yaml does not list, of a file that does not exist, or
    /// with another number of timeline entries or UN decisions than its original.
    func checkTranslations(_ content: Content) -> [CheckError] {
        let languages = content.site.languages.map(\.tag)
        let cases = Dictionary(content.cases.map { ($0.slug, $0) }) { first, _ in first }
        let releases = Set(content.releases.map(\.slug))
        var problems: [CheckError] = []
        for translation in content.caseTranslations {
            let start = SourceLocation(path: translation.source.path)
            problems += checkLanguage(translation.language, among: languages, at: start)
            let original = "cases/\(translation.slug).md"
            guard let caseFile = cases[translation.slug] else {
                problems.append(.translationWithoutOriginal(original: original, at: start))
                continue
            }
            if let events = translation.timelineEvents, events.count != caseFile.timeline.count {
                problems.append(
                    .translationEntryCount(
                        key: "timeline", count: events.count, originalCount: caseFile.timeline.count,
                        original: original, at: translation.location(of: "timeline")))
            }
            if let decisions = translation.unDecisions, decisions.count != caseFile.unDecisions.count {
                problems.append(
                    .translationEntryCount(
                        key: "un_decisions", count: decisions.count,
                        originalCount: caseFile.unDecisions.count,
                        original: original, at: translation.location(of: "un_decisions")))
            }
        }
        for translation in content.releaseTranslations {
            let start = SourceLocation(path: translation.source.path)
            problems += checkLanguage(translation.language, among: languages, at: start)
            if !releases.contains(translation.slug) {
                problems.append(
                    .translationWithoutOriginal(original: "releases/\(translation.slug).md", at: start))
            }
        }
        return problems
    }

    private func checkLanguage(_ language: String, among languages: [String], at location: SourceLocation)
        -> [CheckError]
    {
        guard !languages.contains(language) else { return [] }
        let suggestion =
            languages.contains(language.lowercased())
            ? language.lowercased() : Suggestion.closest(to: language, among: languages)
        return [.unknownTranslationLanguage(language, suggestion: suggestion, at: location)]
    }
}
