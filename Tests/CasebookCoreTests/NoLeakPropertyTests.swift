import Foundation
import Testing

@testable import CasebookCore

/// Builds many random sites of draft, embargoed, future and public items, some translated into
/// Russian and Polish, at random moments and proves that nothing that is not public reaches any
/// output file of any language, while everything public does.
@Suite struct NoLeakPropertyTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// One generated item and what the oracle needs to say whether it is public.
    struct Item {
        var kind: String  // "cases", "releases" or "pages"
        var slug: String
        var marker: String
        var draft: Bool
        /// When a release becomes public: its embargo, else midnight UTC of its date.
        var moment: Int64?
        var hasEmbargo = false
        /// For a translation: its language, and whether its original is a draft (the moment and
        /// embargo are the original's).
        var language: String? = nil
        var originalDraft = false

        /// The oracle: public when neither it nor its original is a draft and its moment has
        /// come. Written apart from PublicationRules on purpose.
        func isPublic(at now: Int64) -> Bool { !draft && !originalDraft && (moment ?? now) <= now }

        /// Where its page and files are, relative to the output folder: `cases/c0/`, `ru/cases/c0/`
        /// for a translation, `p0/` for a page of Content/pages/.
        var pagePath: String {
            (language.map { "\($0)/" } ?? "") + (kind == "pages" ? "\(slug)/" : "\(kind)/\(slug)/")
        }

        /// The start of the banner its page shows in a review build at `now`, or nil.
        func banner(at now: Int64) -> String? {
            // A draft release's banner is the site's draft line, as its text and e-mail say.
            if draft || originalDraft {
                return kind == "releases" ? "DRAFT — NOT FOR PUBLICATION" : "Draft: not published"
            }
            if isPublic(at: now) { return nil }
            return hasEmbargo ? "Embargoed until " : "Scheduled: published from "
        }
    }

    static let day: Int64 = 86_400
    // 2026-01-01T00:00:00Z; every generated date and moment falls within 60 days of it.
    static let origin: Int64 = 1_767_225_600

    static func isoDay(_ seconds: Int64) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        return String(Timestamp.rfc3339(date).prefix(10))
    }

    /// The start of the banner an item's review page shows at `now`, in the item's language:
    /// the built-in theme's words for a translation.
    static func bannerStart(of item: Item, at now: Int64) -> String? {
        guard let english = item.banner(at: now) else { return nil }
        guard let language = item.language else { return english }
        let words = StringCatalog.builtin.localization(for: language, defaultLanguage: "en")
        if item.draft || item.originalDraft {
            return item.kind == "releases" ? words[.draftLine] : words[.bannerDraft]
        }
        let banner = words[item.hasEmbargo ? .bannerEmbargoed : .bannerScheduled, ["time": "\u{1}"]]
        return String(banner.prefix { $0 != "\u{1}" })
    }

    /// Writes a random site; returns its items.
    static func makeSite(at root: String, random: inout SplitMix) throws -> [Item] {
        var files: [String: String] = [
            "Content/site.yaml": """
            title: Property site
            organisation: Test
            base_url: https://example.org/sub/
            time_zone: UTC
            place: Warsaw
            contacts:
              - id: press
                name: Press Office
            languages:
              ru: { title: Сайт }
              pl: { place: Warszawa }
            """
        ]
        var items: [Item] = []
        let caseCount = Int.random(in: 1...5, using: &random)
        let releaseCount = Int.random(in: 1...6, using: &random)
        let caseSlugs = (0..<caseCount).map { "c\($0)" }
        let releaseSlugs = (0..<releaseCount).map { "r\($0)" }
        let pageSlugs = (0..<Int.random(in: 1...3, using: &random)).map { "pg\($0)x" }
        for (index, slug) in pageSlugs.enumerated() {
            let draft = Bool.random(using: &random)
            let marker = "MARKERPAGE\(index)X"
            let menu = Bool.random(using: &random) ? "menu: \(index)\n" : ""
            let link = pageSlugs.randomElement(using: &random) ?? slug
            files["Content/pages/\(slug).md"] = """
                ---
                title: "Page \(marker)"
                summary: "Summary \(marker)"
                \(menu)draft: \(draft)
                ---

                Body \(marker), see [another page](/\(link)/).

                """
            items.append(Item(kind: "pages", slug: slug, marker: marker, draft: draft))
        }
        for (index, slug) in caseSlugs.enumerated() {
            let draft = Bool.random(using: &random)
            let marker = "MARKERCASE\(index)X"
            let related = caseSlugs.filter { $0 != slug }.shuffled(using: &random).prefix(2)
            let link = releaseSlugs.randomElement(using: &random) ?? "r0"
            files["Content/cases/\(slug).md"] = """
                ---
                name: "Person \(marker)"
                country: Kazakhstan
                status: imprisoned
                summary: "Summary \(marker)"
                tags: [shared, only-\(slug)]
                related: [\(related.joined(separator: ", "))]
                timeline:
                  - date: 2020-01-02
                    event: "Event \(marker)"
                draft: \(draft)
                ---

                Body \(marker) with a link to [a release](/releases/\(link)/) and
                [a page](/\(pageSlugs.randomElement(using: &random) ?? "pg0x")/).

                """
            items.append(Item(kind: "cases", slug: slug, marker: marker, draft: draft))
        }
        for (index, slug) in releaseSlugs.enumerated() {
            let draft = Int.random(in: 0..<4, using: &random) == 0
            let date = origin + Int64.random(in: -30...30, using: &random) * day
            let embargo: Int64? =
                Bool.random(using: &random) ? date + Int64.random(in: 0..<(2 * day), using: &random) : nil
            let marker = "MARKERRELEASE\(index)X"
            let cases = caseSlugs.shuffled(using: &random).prefix(2)
            let readAlso = (caseSlugs + releaseSlugs.filter { $0 != slug }).shuffled(using: &random).prefix(2)
            var frontmatter = """
                title: "Headline \(marker)"
                date: \(isoDay(date))
                subtitle: "Subtitle \(marker)"
                cases: [\(cases.joined(separator: ", "))]
                read_also: [\(readAlso.joined(separator: ", "))]
                tags: [shared, only-\(slug)]
                draft: \(draft)

                """
            if let embargo {
                frontmatter +=
                    "embargo: \"\(Timestamp.rfc3339(Date(timeIntervalSince1970: TimeInterval(embargo))))\"\n"
            }
            files["Content/releases/\(slug).md"] = """
                ---
                \(frontmatter)---

                Body \(marker), about [the case](/cases/\(cases.first ?? "c0")/).[^n]

                [^n]: Note \(marker).

                """
            items.append(
                Item(
                    kind: "releases", slug: slug, marker: marker, draft: draft, moment: embargo ?? date,
                    hasEmbargo: embargo != nil))
        }
        items += translations(of: items, random: &random, files: &files)
        try TestSupport.write(files, under: root)
        return items
    }

    /// Translations of some items into ru and pl, some of them drafts, each with its own marker.
    static func translations(of originals: [Item], random: inout SplitMix, files: inout [String: String])
        -> [Item]
    {
        var items: [Item] = []
        // Pages of Content/pages/ are published in the default language only.
        for original in originals where original.kind != "pages" {
            for language in ["ru", "pl"] where Bool.random(using: &random) {
                let draft = Int.random(in: 0..<4, using: &random) == 0
                let marker =
                    "TRANSLATED\(language.uppercased())\(original.kind.uppercased())\(original.slug)Z"
                let words =
                    original.kind == "cases"
                    ? "name: \"Person \(marker)\"\nsummary: \"Summary \(marker)\"\ntimeline:\n  - event: \"Event \(marker)\"\n"
                    : "title: \"Headline \(marker)\"\nsubtitle: \"Subtitle \(marker)\"\n"
                files["Content/\(original.kind)/\(original.slug).\(language).md"] =
                    "---\n\(words)draft: \(draft)\n---\n\nBody \(marker).\n"
                var item = original
                item.marker = marker
                item.draft = draft
                item.language = language
                item.originalDraft = original.draft
                items.append(item)
            }
        }
        return items
    }

    /// The moment of the build: two times in three exactly one second before, at or after some
    /// release's embargo or date, where an off-by-one in the rules would show.
    static func drawMoment(for items: [Item], random: inout SplitMix) -> Int64 {
        let moments = items.compactMap(\.moment)
        if let moment = moments.randomElement(using: &random), Int.random(in: 0..<3, using: &random) > 0 {
            return moment + Int64.random(in: -1...1, using: &random)
        }
        return origin + Int64.random(in: (-32 * day)...(32 * day), using: &random)
    }

    /// Builds the site at `root` into `folder`, public or for review.
    static func build(_ root: String, into folder: String, now: Int64, review: Bool) throws
        -> (paths: [String], texts: [String])
    {
        let options = BuildOptions(
            contentFolder: root + "/Content", templatesFolder: root + "/Templates",
            outputFolder: root + "/" + folder, review: review,
            now: Date(timeIntervalSince1970: TimeInterval(now)), jobs: 2)
        _ = try SiteBuilder.build(options)
        let paths = TestSupport.files(under: root + "/" + folder)
        return (paths, paths.map { TestSupport.read(root + "/" + folder + "/" + $0) })
    }

    @Test(arguments: 0..<40)
    func nothingHiddenReachesAnyFile(seed: UInt64) throws {
        var random = SplitMix(state: seed &* 7919 &+ 17)
        let root = try TestSupport.temporaryFolder("no-leak")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let items = try Self.makeSite(at: root, random: &random)
        let now = Self.drawMoment(for: items, random: &random)
        let (paths, texts) = try Self.build(root, into: "Output", now: now, review: false)
        // search.json holds words folded to lower case.
        let lowered = texts.map { $0.lowercased() }
        for item in items {
            let pagePath = item.pagePath
            let marker = item.marker.lowercased()
            let inText = lowered.contains { $0.contains(marker) || $0.contains(pagePath) }
            // A translation's original has tag pages in every language; the original's own
            // tags are checked with it.
            let inPaths = paths.contains {
                $0.hasPrefix(pagePath) || (item.language == nil && $0.contains("only-\(item.slug)/"))
            }
            if item.isPublic(at: now) {
                #expect(
                    inText && inPaths,
                    "public \(item.kind) \(item.slug) is missing (seed \(seed), now \(now))")
            } else {
                let leaks = zip(paths, lowered).filter { $0.1.contains(marker) || $0.1.contains(pagePath) }
                    .map(\.0)
                #expect(
                    !inText,
                    "hidden \(item.kind) \(item.slug) leaked into \(leaks) (seed \(seed), now \(now))")
                #expect(!inPaths, "hidden \(item.kind) \(item.slug) got a page (seed \(seed), now \(now))")
            }
        }
    }

    /// The review build of the same site at the same moment has a page for every item, hidden or
    /// not; each hidden item's page carries the banner that says why, and no public one has one.
    @Test(arguments: 0..<20)
    func reviewBuildsShowEveryHiddenItemWithItsBanner(seed: UInt64) throws {
        var random = SplitMix(state: seed &* 104_729 &+ 3)
        let root = try TestSupport.temporaryFolder("review")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let items = try Self.makeSite(at: root, random: &random)
        let now = Self.drawMoment(for: items, random: &random)
        let (publicPaths, _) = try Self.build(root, into: "Output", now: now, review: false)
        let (reviewPaths, _) = try Self.build(root, into: "Review", now: now, review: true)
        #expect(Set(publicPaths).isSubset(of: Set(reviewPaths)), "seed \(seed)")
        for item in items {
            let page = TestSupport.read(root + "/Review/" + item.pagePath + "index.html")
            #expect(page.contains(item.marker), "\(item.kind) \(item.slug) has no review page (seed \(seed))")
            let context = "\(item.kind) \(item.slug), seed \(seed), now \(now)"
            if let banner = Self.bannerStart(of: item, at: now) {
                #expect(
                    page.contains("<p class=\"banner\"><strong>\(banner)"),
                    "no '\(banner)' banner: \(context)")
            } else {
                #expect(!page.contains("class=\"banner\""), "a public item has a banner: \(context)")
            }
            if item.kind == "releases" {
                let text = TestSupport.read(
                    root + "/Review/" + (item.language.map { "\($0)/" } ?? "") + "releases/\(item.slug).txt")
                #expect(text.contains(item.marker), "no plain text in review: \(context)")
            }
        }
    }
}
