/// Checks of Markdown bodies: footnotes that would print literally or be lost, links to pages
/// that do not exist, and markup that pages never show.
extension ContentChecker {
    /// The problems of one body (given by its lint report), at their places in the whole file.
    func checkBody(_ report: MarkdownLintReport, source: SourceFile, index: ContentIndex) -> [CheckError] {
        var problems: [CheckError] = report.findings.map { finding in
            let location = source.location(bodyLine: finding.line, column: finding.column)
            switch finding.kind {
            case .undefinedFootnote(let label): return .undefinedFootnote(label, at: location)
            case .unreferencedFootnote(let label): return .unreferencedFootnote(label, at: location)
            case .duplicateFootnote(let label): return .duplicateFootnote(label, at: location)
            case .rawHTML(let tag): return .rawHTML(tag, at: location)
            }
        }
        // Only these: a report read back from the cache has no others (`cacheLine`).
        for link in report.links where link.mayBeFaulted {
            let location = source.location(bodyLine: link.line, column: link.column)
            if LinkResolver.isUnsafe(link.destination) {
                problems.append(.unsafeLink(link.destination, at: location))
            } else if let problem = pageLinkProblem(link.destination, index: index, at: location) {
                problems.append(problem)
            }
        }
        return problems
    }

    /// For `/cases/<slug>/…` or `/releases/<slug>/…`: an error when no such page exists.
    private func pageLinkProblem(_ url: String, index: ContentIndex, at location: SourceLocation)
        -> CheckError?
    {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        let pathEnd = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        let segments = url[url.startIndex..<pathEnd].split(separator: "/").map(String.init)
        guard segments.count >= 2 else { return nil }
        switch segments[0] {
        case "cases" where index.caseIsDraft[segments[1]] == nil:
            let suggestion = index.caseSuggestions.closest(to: segments[1])
            return .unknownPageLink(segments[1], kind: .caseFile, suggestion: suggestion, at: location)
        case "releases":
            let slug = segments[1].hasSuffix(".txt") ? String(segments[1].dropLast(4)) : segments[1]
            guard index.releaseIsDraft[slug] == nil else { return nil }
            let suggestion = index.releaseSuggestions.closest(to: slug)
            return .unknownPageLink(slug, kind: .release, suggestion: suggestion, at: location)
        default:
            return nil
        }
    }
}
