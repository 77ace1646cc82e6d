import CasebookCore
import Foundation

/// One content file through every stage of a build that needs no disk: decode, check, parse,
/// HTML and plain text, lint, pages, the text release and the feeds. The fuzz target
/// (Sources/CasebookFuzz, `make fuzz`) calls it with each input; nothing it does may crash or hang.
package enum FuzzEntry {
    /// The first byte of an input says what the rest is: `c` a case file, `r` a release, `p` a
    /// page, `s` site.yaml; anything else is a case file. An upper-case letter asks for a review build.
    /// Returns how many files the build rendered: none when the file has an error.
    @discardableResult
    package static func exercise(_ bytes: [UInt8]) -> Int {
        guard let selector = bytes.first else { return 0 }
        MarkdownParser.prepare()
        let kind = Kind(selector: selector)
        let text: String
        switch FrontmatterReading.text(of: Data(bytes.dropFirst()), path: kind.path) {
        case .success(let value): text = value
        case .failure(let failure):
            _ = failure.errors.map(\.diagnostic.description)
            return 0
        }
        let (content, problems) = FuzzSite.content(around: text, kind: kind)
        var diagnostics = problems.map(\.diagnostic) + ContentChecker(jobs: 1).check(content)
        diagnostics.sort()
        _ = DiagnosticsError(diagnostics).description
        let sources =
            content.cases.map { ($0.source, $0.body) } + content.releases.map { ($0.source, $0.body) }
            + content.pages.map { ($0.source, $0.body) }
        for (source, body) in sources where source.path == kind.path { renderBody(body, content) }
        // A build stops at the first error, so pages are only rendered from content that passed.
        guard !diagnostics.contains(where: { $0.severity == .error }), let theme = FuzzSite.theme else {
            return 0
        }
        return renderSite(content, theme: theme, review: selector & 0x20 == 0)
    }

    /// What the input is.
    enum Kind {
        case caseFile, release, page, site

        init(selector: UInt8) {
            switch selector | 0x20 {
            case UInt8(ascii: "r"): self = .release
            case UInt8(ascii: "p"): self = .page
            case UInt8(ascii: "s"): self = .site
            default: self = .caseFile
            }
        }

        /// Where the file would be, for locations in messages.
        var path: String {
            switch self {
            case .caseFile: return "Content/cases/\(FuzzSite.slug).md"
            case .release: return "Content/releases/\(FuzzSite.slug).md"
            case .page: return "Content/pages/\(FuzzSite.slug).md"
            case .site: return "Content/site.yaml"
            }
        }
    }

    /// The Markdown stages on their own, run even when the file has errors (`casebook check`
    /// lints every body, and the parser must survive whatever a body holds).
    private static func renderBody(_ body: String, _ content: Content) {
        let links = SiteLinks(content: content)
        let document = MarkdownParser.parse(body, smart: content.site.smartPunctuation)
        _ = HTMLRenderer(linkResolver: links.resolver).render(document)
        let plain = PlainTextRenderer(width: 72, linkResolver: links.absoluteResolver)
        _ = plain.renderNotes(plain.render(document).notes)
        _ = MarkdownLint.inspect(body)
    }

    /// Every file of a build, as the render plan lists them, made in memory; and each release
    /// in every format `casebook release` gives.
    private static func renderSite(_ content: Content, theme: CompiledTheme, review: Bool) -> Int {
        let rules = PublicationRules(now: FuzzSite.now, timeZone: content.site.timeZone)
        var visible = review ? content : rules.publicContent(content)
        // Each tag is a page: a file with thousands of tags proves nothing more than one with a few.
        for index in visible.cases.indices {
            visible.cases[index].tags = Array(visible.cases[index].tags.prefix(FuzzSite.itemLimit))
        }
        for index in visible.releases.indices {
            visible.releases[index].tags = Array(visible.releases[index].tags.prefix(FuzzSite.itemLimit))
        }
        let plan = RenderPlan(content: visible, theme: theme, rules: rules, review: review)
        // The assets a fuzzed file names are stubs with nothing on disk: their jobs make nothing.
        var files = plan.jobs.flatMap { job in (try? job.make()) ?? [] }
        for release in visible.releases {
            for format in ReleaseFormat.allCases {
                let text = plan.release(release.slug, format: format) ?? ""
                files.append(OutputFile(path: "releases/\(release.slug).\(format)", text: text))
            }
        }
        _ = Schedule(content: content, rules: rules)
        return files.count
    }
}
