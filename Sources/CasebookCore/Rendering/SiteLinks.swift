/// Builds every link between pages from the site's base path, and decides which links in
/// content may be written, so that nothing outside the rendered content is ever linked.
package struct SiteLinks: Sendable {
    /// The path every page link starts with ("/" or "/cases/").
    let basePath: String
    /// The absolute URL of the site, ending with `/`.
    let baseURL: String
    /// Slugs of the cases that have pages.
    let caseSlugs: SlugSet
    /// Slugs of the releases that have pages.
    let releaseSlugs: SlugSet
    /// Slugs of the pages (Content/pages/) left out of this build, whose links lose their link.
    let withheldPageSlugs: SlugSet
    /// True when `baseURL` is ASCII, so that a byte comparison with it is a comparison of characters.
    let baseURLIsASCII: Bool

    /// The folder of the language links are made for: "" for the default language, "ru/".
    let folder: String
    /// Slugs of the cases and releases that have a page in that language; the others link to
    /// the page in the default language.
    let translatedCases: SlugSet
    let translatedReleases: SlugSet

    /// Links for a site whose pages are `content`'s cases and releases.
    package init(content: Content) {
        let pages = (Set(content.cases.map { $0.slug }), Set(content.releases.map(\.slug)))
        self.init(content: content, folder: "", translatedCases: pages.0, translatedReleases: pages.1)
    }

    /// Links for the pages of one language's edition.
    init(edition: LanguageEdition) {
        self.init(
            content: edition.content, folder: edition.frame.folder, translatedCases: edition.translatedCases,
            translatedReleases: edition.translatedReleases)
    }

    /// Links for the pages of `content` in the language whose folder is `folder`, where the cases
    /// and releases named have a translation.
    init(content: Content, folder: String, translatedCases: Set<String>, translatedReleases: Set<String>) {
        basePath = content.site.basePath
        baseURL = content.site.baseURL.hasSuffix("/") ? content.site.baseURL : content.site.baseURL + "/"
        caseSlugs = SlugSet(Set(content.cases.map { $0.slug }))
        releaseSlugs = SlugSet(Set(content.releases.map(\.slug)))
        withheldPageSlugs = SlugSet(content.withheldPageSlugs)
        baseURLIsASCII = baseURL.utf8.allSatisfy { $0 < 0x80 }
        self.folder = folder
        self.translatedCases = SlugSet(translatedCases)
        self.translatedReleases = SlugSet(translatedReleases)
    }

    /// The link to a page of this language given by its path relative to the language's root
    /// ("releases/", "tags/x/"): the lists and tag pages exist in every language.
    func path(_ relative: String) -> String { basePath + folder + relative }
    /// The absolute URL of a page of this language given by its path relative to its root.
    func absolute(_ relative: String) -> String { baseURL + folder + relative }

    /// The folder of a case's page, in this language when it is translated, else the original's.
    func caseFolder(_ slug: String) -> String {
        (translatedCases.contains(slug) ? folder : "") + Self.casePath(slug)
    }
    /// The folder of a release's page, in this language when it is translated, else the original's.
    func releaseFolder(_ slug: String) -> String {
        (translatedReleases.contains(slug) ? folder : "") + Self.releasePath(slug)
    }
    /// The plain-text release, in this language when it is translated, else the original's.
    func releaseTextFile(_ slug: String) -> String {
        (translatedReleases.contains(slug) ? folder : "") + Self.releaseTextPath(slug)
    }
    /// The link to a case page.
    func casePage(_ slug: String) -> String { basePath + caseFolder(slug) }
    /// The link to a release page.
    func releasePage(_ slug: String) -> String { basePath + releaseFolder(slug) }
    /// True when the case's page in this language is a translation or the original in it.
    func isTranslated(case slug: String) -> Bool { translatedCases.contains(slug) }
    /// True when the release's page in this language is a translation or the original in it.
    func isTranslated(release slug: String) -> Bool { translatedReleases.contains(slug) }

    /// The folder of a case page, relative to the site root.
    static func casePath(_ slug: String) -> String { "cases/\(slug)/" }
    /// The folder of a release page, relative to the site root.
    static func releasePath(_ slug: String) -> String { "releases/\(slug)/" }
    /// The plain-text release, relative to the site root.
    static func releaseTextPath(_ slug: String) -> String { "releases/\(slug).txt" }
    /// The folder of a page of Content/pages/, relative to the site root.
    static func pagePath(_ slug: String) -> String { "\(slug)/" }
    /// The index of the search, relative to the site root.
    static let searchIndexPath = "search.json"
    /// The folder of the page that lists every tag, relative to the site root.
    static let tagIndexPath = "tags/"
    /// The folder of a tag page, relative to the site root.
    static func tagPath(_ tag: String) -> String { "tags/\(tag)/" }

    /// The resolver for Markdown bodies: site-rooted links get the base path, links to cases and
    /// releases without a page lose their link, unsafe schemes are dropped, other URLs stay.
    package var resolver: LinkResolver {
        let links = self
        return LinkResolver(inPieces: { links.resolveInPieces($0) })
    }

    /// The resolver for plain text: like `resolver`, but links within the site become absolute
    /// URLs, since a release pasted into an e-mail has no page to be relative to.
    package var absoluteResolver: LinkResolver {
        let links = self
        return LinkResolver { url in
            guard let resolved = links.resolve(url) else { return nil }
            guard resolved.hasPrefix("/"), !resolved.hasPrefix("//") else { return resolved }
            return links.baseURL + resolved.dropFirst(links.basePath.count)
        }
    }

    /// Where a link from content points, or nil to keep only its text.
    func resolve(_ url: String) -> String? { resolveInPieces(url)?.whole }

    /// `resolve`, in the pieces the HTML writer writes without joining them.
    func resolveInPieces(_ url: String) -> ResolvedURL? {
        // Nearly every link is printable ASCII: read as bytes, it gives the same answer faster.
        if baseURLIsASCII {
            var bytesOfURL = url
            let answer: ResolvedURL?? = bytesOfURL.withUTF8 { bytes in
                Self.isPrintableASCII(bytes) ? .some(resolvePrintableASCII(bytes, url: url)) : .none
            }
            if let answer { return answer }
        }
        return resolveCharacters(url).map(ResolvedURL.init(whole:))
    }

    /// `resolve` for any URL, read character by character.
    func resolveCharacters(_ url: String) -> String? {
        let trimmed = url.trimmingWhitespace
        if trimmed.hasPrefix("#") { return trimmed }
        if trimmed.hasPrefix(baseURL) { return resolveSiteRooted("/" + trimmed.dropFirst(baseURL.count)) }
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") { return resolveSiteRooted(trimmed) }
        guard let scheme = Self.scheme(of: trimmed) else { return trimmed }
        return Self.safeSchemes.contains(scheme) ? trimmed : nil
    }

    /// A site-rooted link ("/cases/x/#facts") with the base path, or nil when it names a case,
    /// release or page that has no page in this build.
    func resolveSiteRooted(_ url: String) -> String? {
        let pathEnd = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        let segments = url[url.startIndex..<pathEnd].split(separator: "/").map(String.init)
        if let first = segments.first, withheldPageSlugs.contains(first) { return nil }
        if segments.count >= 2 {
            switch segments[0] {
            case "cases" where !caseSlugs.contains(segments[1]):
                return nil
            case "releases" where !releaseSlugs.contains(Self.withoutSuffix(".txt", segments[1])):
                return nil
            // A page's translation in the language being rendered, where there is one.
            case "cases" where !folder.isEmpty && translatedCases.contains(segments[1]),
                "releases"
            where !folder.isEmpty
                && translatedReleases.contains(Self.withoutSuffix(".txt", segments[1])):
                return basePath + folder + url.dropFirst()
            default:
                break
            }
        }
        return basePath + url.dropFirst()
    }

    private static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The lower-cased scheme of an absolute URL, or nil for a relative one.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[url.startIndex..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    private static func withoutSuffix(_ suffix: String, _ text: String) -> String {
        text.hasSuffix(suffix) ? String(text.dropLast(suffix.count)) : text
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
