import Foundation

/// The list items of one page context's cases and releases, each made the first time a list
/// asks for it: the index and every tag page show the same items, and a list page's model is
/// built both for its fingerprint and for its page, so each item was made many times over.
final class ListItems: @unchecked Sendable {
    private let lock = NSLock()
    private var cases: [String: CaseItem] = [:]
    private var releases: [String: ReleaseItem] = [:]

    /// The item of the case `slug`, made by `make` unless it was made already.
    func caseItem(_ slug: String, make: () -> CaseItem) -> CaseItem {
        if let item = lock.withLock({ cases[slug] }) { return item }
        let item = make()
        lock.withLock { cases[slug] = item }
        return item
    }

    /// The item of the release `slug`, made by `make` unless it was made already.
    func releaseItem(_ slug: String, make: () -> ReleaseItem) -> ReleaseItem {
        if let item = lock.withLock({ releases[slug] }) { return item }
        let item = make()
        lock.withLock { releases[slug] = item }
        return item
    }
}

extension PageContext {
    /// The list item of one of this context's cases (items are made once per context).
    func item(_ caseFile: CaseFile) -> CaseItem {
        listItems.caseItem(caseFile.slug) { CaseItem(caseFile, in: self) }
    }

    /// The list item of one of this context's releases.
    func item(_ release: Release) -> ReleaseItem {
        listItems.releaseItem(release.slug) { ReleaseItem(release, in: self) }
    }
}
