/// Checks on a Markdown body that cmark-gfm cannot report because it drops what it does not
/// use: references to undefined footnotes, unused or repeated definitions, raw HTML, and the
/// destinations of links (so the checker can verify links to other pages).
///
/// It scans the text itself, skipping code spans and fenced and indented code blocks; positions
/// are 1-based lines and columns (in Unicode scalars) within the body.
package enum MarkdownLint {
    /// The findings and link destinations of a body.
    package static func inspect(_ body: String) -> MarkdownLintReport {
        var scanner = MarkdownScanner()
        scanner.scan(body)
        return scanner.report()
    }

    /// The findings and link destinations of a body given as its bytes (valid UTF-8): a body
    /// read again from its file for the checks need not become a String, which Swift would
    /// validate a second time.
    static func inspect(bytes body: UnsafeBufferPointer<UInt8>) -> MarkdownLintReport {
        var scanner = MarkdownScanner()
        scanner.scan(bytes: body)
        return scanner.report()
    }
}

/// What `MarkdownLint.inspect(_:)` found in a body.
package struct MarkdownLintReport: Hashable, Sendable {
    /// Problems, sorted by position.
    var findings: [MarkdownLintFinding]
    /// Every link and image destination, in the order they appear.
    var links: [MarkdownLinkDestination]

    /// Creates a report.
    init(findings: [MarkdownLintFinding], links: [MarkdownLinkDestination]) {
        self.findings = findings
        self.links = links
    }
}

/// One problem in a body, at a 1-based line and column within it.
struct MarkdownLintFinding: Hashable, Sendable {
    /// What is wrong.
    enum Kind: Hashable, Sendable {
        /// `[^label]` refers to a footnote that is never defined (it would print literally).
        case undefinedFootnote(label: String)
        /// `[^label]:` defines a footnote that nothing refers to (it would be dropped).
        case unreferencedFootnote(label: String)
        /// `[^label]:` is defined a second time (here); only the first definition counts.
        case duplicateFootnote(label: String)
        /// Raw HTML (a block or an inline tag, named here), which the safe renderers drop.
        case rawHTML(tag: String)
    }

    /// What is wrong.
    var kind: Kind
    /// 1-based line within the body.
    var line: Int
    /// 1-based column, counted in Unicode scalars.
    var column: Int

    /// Creates a finding.
    init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// Where a link or image in a body points, and where its destination is written.
struct MarkdownLinkDestination: Hashable, Sendable {
    /// The destination as written (backslash escapes removed).
    var destination: String
    /// Whether it is an image's source.
    var isImage: Bool
    /// 1-based line of the destination within the body.
    var line: Int
    /// 1-based column of the destination's first character, counted in Unicode scalars.
    var column: Int

    /// Creates a destination.
    init(_ destination: String, isImage: Bool = false, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }

    /// Whether a check can find fault with it: an unsafe destination (`LinkResolver.isUnsafe`),
    /// or a path on this site (`/cases/…`), which must name a page that exists. The checks pass
    /// every other destination (another site's, a page's own anchor, a relative file), so a
    /// report kept for them as its `cacheLine` leaves those out.
    var mayBeFaulted: Bool {
        LinkResolver.isUnsafe(destination) || (destination.hasPrefix("/") && !destination.hasPrefix("//"))
    }
}
