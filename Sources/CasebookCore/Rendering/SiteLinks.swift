/// The site's addresses: where pages live, and where links written in content should point.
///
/// Content links to other pages as site-rooted paths (`/cases/<slug>/`, `/releases/<slug>/`,
/// `/assets/report.pdf`); they are rewritten under the base path so a site served from a
/// sub-path works, and links to pages that are not in this build are reduced to their text,
/// so that nothing unpublished is ever linked.
public struct SiteLinks: Sendable {
    /// The site.
    public let site: Site
    /// Slugs of the cases in this build.
    public let caseSlugs: Set<String>
    /// Slugs of the releases in this build.
    public let releaseSlugs: Set<String>

    /// Creates the links of a build from its content.
    public init(content: Content) {
        self.site = content.site
        self.caseSlugs = Set(content.cases.map(\.slug))
        self.releaseSlugs = Set(content.releases.map(\.slug))
    }

    /// Path of a case page from the site root: `cases/<slug>/`.
    public static func casePath(_ slug: String) -> String { "cases/\(slug)/" }
    /// Path of a release page from the site root: `releases/<slug>/`.
    public static func releasePath(_ slug: String) -> String { "releases/\(slug)/" }
    /// Path of a plain-text release from the site root: `releases/<slug>.txt`.
    public static func releaseTextPath(_ slug: String) -> String { "releases/\(slug).txt" }
    /// Path of a tag page from the site root: `tags/<tag>/`.
    public static func tagPath(_ tag: String) -> String { "tags/\(tag)/" }

    /// A link for a page of this site, under the base path (`/cases/` + path).
    public func href(_ path: String) -> String { site.basePath + path }

    /// An absolute URL for a page of this site.
    public func absoluteURL(_ path: String) -> String { site.baseURL + path }

    /// Rewrites links for HTML pages: site-rooted paths under the base path.
    public var htmlResolver: LinkResolver {
        let links = self
        return LinkResolver { url in links.resolve(url).map(links.href) ?? (url.hasPrefix("/") ? nil : url) }
    }

    /// Rewrites links for plain text: site-rooted paths to absolute URLs.
    public var absoluteResolver: LinkResolver {
        let links = self
        return LinkResolver { url in links.resolve(url).map(links.absoluteURL) ?? (url.hasPrefix("/") ? nil : url) }
    }

    /// For a site-rooted URL, the path from the site root it names, or nil when it names a case
    /// or release that is not in this build. Other URLs are not site-rooted and are left alone by
    /// the resolvers (an empty result never happens for them).
    func resolve(_ url: String) -> String? {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        let path = String(url.dropFirst())
        let (page, fragment) = Self.splitFragment(path)
        let parts = page.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count >= 2, parts.count <= 2, parts[0] == "cases" || parts[0] == "releases" {
            let slug = String(parts[1])
            let isCase = parts[0] == "cases"
            if slug.hasSuffix(".txt"), !isCase {
                let base = String(slug.dropLast(4))
                return releaseSlugs.contains(base) ? Self.releaseTextPath(base) : nil
            }
            guard isCase ? caseSlugs.contains(slug) : releaseSlugs.contains(slug) else { return nil }
            return (isCase ? Self.casePath(slug) : Self.releasePath(slug)) + fragment
        }
        return path
    }

    static func splitFragment(_ path: String) -> (String, String) {
        guard let hash = path.firstIndex(of: "#") else { return (path, "") }
        return (String(path[..<hash]), String(path[hash...]))
    }
}
