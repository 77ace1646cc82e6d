extension ContentChecker {
    func checkSite(_ site: Site, index: ContentIndex) -> [CheckError] {
        (site.defaultContactIDs ?? []).enumerated().compactMap { position, id in
            contactProblem(id, index: index, at: site.location(of: "default_contacts[\(position)]"))
        }
    }

    /// site.yaml's `preview_image`: a file under assets/ that previews can show.
    func checkPreviewImage(_ site: Site, assets: [String]) -> [CheckError] {
        guard let image = site.previewImage else { return [] }
        let location = site.location(of: "preview_image.file")
        guard assets.contains(image.file) else {
            return [
                .missingPreviewImage(
                    image.file, suggestion: Suggestion.closest(to: image.file, among: assets), at: location)
            ]
        }
        let imageTypes = ["png", "jpg", "jpeg", "webp", "gif"]
        let type = image.file.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return imageTypes.contains(type) && image.file.contains(".")
            ? [] : [.notAPreviewImage(image.file, at: location)]
    }

    /// Pages whose slug would write over one of Casebook's own folders.
    func checkPages(_ pages: [Page], site: Site) -> [CheckError] {
        let reserved = Page.reservedSlugs(for: site)
        return pages.filter { reserved.contains($0.slug) }.map { page in
            .reservedPageSlug(page.slug, reserved: reserved, at: SourceLocation(path: page.source.path))
        }
    }

    func checkCase(_ caseFile: CaseFile, index: ContentIndex) -> [CheckError] {
        var problems: [CheckError] = []
        for (position, slug) in caseFile.related.enumerated() {
            // Found only for a problem: a file read back from the cache reads its table of
            // locations for each question.
            let location = { caseFile.location(of: "related[\(position)]") }
            if slug == caseFile.slug {
                problems.append(.relatedToItself(slug, at: location()))
            } else if let problem = caseProblem(slug, from: caseFile.draft, index: index, at: location()) {
                problems.append(problem)
            }
        }
        return problems
    }

    func checkRelease(_ release: Release, index: ContentIndex) -> [CheckError] {
        var problems: [CheckError] = []
        for (position, slug) in release.cases.enumerated() {
            let location = { release.location(of: "cases[\(position)]") }
            problems += [caseProblem(slug, from: release.draft, index: index, at: location())].compactMap {
                $0
            }
        }
        for (position, id) in (release.contactIDs ?? []).enumerated() {
            let location = { release.location(of: "contacts[\(position)]") }
            problems += [contactProblem(id, index: index, at: location())].compactMap { $0 }
        }
        for (position, entry) in release.readAlso.enumerated() {
            let location = { release.location(of: "read_also[\(position)]") }
            let isBare = release.bareReadAlsoIndices.contains(position)
            problems += [readAlsoProblem(entry, isBare: isBare, from: release, index: index, at: location())]
                .compactMap { $0 }
            // A release recommends what its readers could read on the day; a later one is a slip.
            if case .release(let slug) = entry, let named = index.releaseDates[slug],
                named.isCertainlyAfter(release.date)
            {
                problems.append(
                    .laterReleaseInReadAlso(slug, dated: named, releaseDate: release.date, at: location()))
            }
        }
        return problems
    }

    private func readAlsoProblem(
        _ entry: Release.ReadAlso, isBare: Bool, from release: Release, index: ContentIndex,
        at location: @autoclosure () -> SourceLocation
    ) -> CheckError? {
        switch entry {
        case .link:
            return nil
        case .caseFile(let slug) where isBare, .release(let slug) where isBare:
            let isCase = index.caseIsDraft[slug] != nil
            let isRelease = index.releaseIsDraft[slug] != nil
            if isCase && isRelease { return .ambiguousReadAlso(slug, at: location()) }
            guard isCase || isRelease else {
                let suggestion = index.pageSuggestions.closest(to: slug)
                return .unknownCaseOrRelease(slug, suggestion: suggestion, at: location())
            }
            return isCase
                ? caseProblem(slug, from: release.draft, index: index, at: location())
                : releaseProblem(slug, from: release.draft, index: index, at: location())
        case .caseFile(let slug):
            return caseProblem(slug, from: release.draft, index: index, at: location())
        case .release(let slug):
            return releaseProblem(slug, from: release.draft, index: index, at: location())
        }
    }

    // A missing case, or a draft case named by something that may be public. The location is
    // found only for a problem.
    private func caseProblem(
        _ slug: String, from referrerIsDraft: Bool, index: ContentIndex,
        at location: @autoclosure () -> SourceLocation
    ) -> CheckError? {
        guard let isDraft = index.caseIsDraft[slug] else {
            return .unknownCase(slug, suggestion: index.caseSuggestions.closest(to: slug), at: location())
        }
        return isDraft && !referrerIsDraft ? .referenceToDraft(slug, kind: .caseFile, at: location()) : nil
    }

    private func releaseProblem(
        _ slug: String, from referrerIsDraft: Bool, index: ContentIndex,
        at location: @autoclosure () -> SourceLocation
    ) -> CheckError? {
        guard let isDraft = index.releaseIsDraft[slug] else {
            return .unknownRelease(
                slug, suggestion: index.releaseSuggestions.closest(to: slug), at: location())
        }
        return isDraft && !referrerIsDraft ? .referenceToDraft(slug, kind: .release, at: location()) : nil
    }

    private func contactProblem(
        _ id: String, index: ContentIndex, at location: @autoclosure () -> SourceLocation
    ) -> CheckError? {
        guard !index.contactIDs.contains(id) else { return nil }
        return .unknownContact(id, suggestion: index.contactSuggestions.closest(to: id), at: location())
    }
}
