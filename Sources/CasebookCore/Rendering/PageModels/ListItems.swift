import Foundation

/// The list items of one page context's cases and releases, each made the first time a list
/// asks for it: the index and every tag page show the same items, and a list page's model is
/// built both for its fingerprint and for its page, so each item was made many times over.
/// Kept by position in the context's lists, which asks no hashing of slugs and no growing table.
final class ListItems: @unchecked Sendable {
    private let lock = NSLock()
    private var cases: [CaseItem?]
    private var releases: [ReleaseItem?]

    /// Room for the items of `cases` cases and `releases` releases.
    init(cases: Int, releases: Int) {
        self.cases = Array(repeating: nil, count: cases)
        self.releases = Array(repeating: nil, count: releases)
    }

    /// The item of the case at `index`, made by `make` unless it was made already.
    func caseItem(at index: Int, make: () -> CaseItem) -> CaseItem {
        if let item = lock.withLock({ cases[index] }) { return item }
        let item = make()
        lock.withLock { cases[index] = item }
        return item
    }

    /// The item of the release at `index`, made by `make` unless it was made already.
    func releaseItem(at index: Int, make: () -> ReleaseItem) -> ReleaseItem {
        if let item = lock.withLock({ releases[index] }) { return item }
        let item = make()
        lock.withLock { releases[index] = item }
        return item
    }
}

extension PageContext {
    /// The list item of the case at `index` in `cases` (items are made once per context).
    func caseItem(at index: Int) -> CaseItem {
        listItems.caseItem(at: index) { CaseItem(cases[index], in: self) }
    }

    /// The list item of the release at `index` in `releasesNewestFirst`.
    func releaseItem(at index: Int) -> ReleaseItem {
        listItems.releaseItem(at: index) { ReleaseItem(releasesNewestFirst[index], in: self) }
    }
}
