import Foundation

/// What a page tells link previews about itself; `Layout` makes the `preview` keys from it.
struct PreviewFacts: Hashable, Sendable {
    /// `og:type`: an article (a case, a release, a page) or the site itself (its lists).
    enum Kind: String, Hashable, Sendable { case website, article }

    /// The summary or first paragraph, shortened by `LinkPreview` to a preview's length.
    var description: String
    var kind: Kind = .website
    /// When a release was published (`article:published_time`).
    var published: Date? = nil
    /// The page's own image (such as a case's photo); nil shows the site's `preview_image`.
    var image: PreviewImage? = nil
}

/// `{url, alt, width, height}`: the image of a link preview, as an absolute URL.
struct PreviewImage: TemplateModel {
    let url: String
    let alt: String?
    /// Pixel sizes, when known (a crop made for previews); text, as meta tags write them.
    let width: String?
    let height: String?

    /// A file of the built site, by its path from the site's root ("assets/photos/x-1200.jpg").
    init(sitePath path: String, alt: String?, width: Int? = nil, height: Int? = nil, links: SiteLinks) {
        // Site files are written once, at the site's root, whatever the page's language.
        url = links.baseURL + path
        self.alt = alt
        self.width = width.map(String.init)
        self.height = height.map(String.init)
    }

    /// A file under Content/assets/ (so under Output/assets/), by its path there.
    init(asset path: String, alt: String?, links: SiteLinks) {
        self.init(sitePath: "assets/" + path, alt: alt, links: links)
    }

    static let templateFields: [TemplateField<PreviewImage>] = [
        .text("url", \.url), .text("alt", \.alt), .text("width", \.width), .text("height", \.height),
    ]
}

/// `preview`: the meta description, Open Graph and Twitter card of a page. Absent on every page
/// of a review build, which must never be shared, and on the 404 page, which has no address.
struct LinkPreview: TemplateModel {
    /// `og:title`: the page's own title, without the site's.
    let title: String
    /// `<meta name="description">` and `og:description`, at most `descriptionLimit` characters.
    let description: String
    /// `og:url`: the page's absolute URL.
    let url: String
    /// `og:type`: `article` or `website`.
    let type: String
    /// `og:locale`: the page's language as Open Graph writes it (`en`, `pt_BR`).
    let locale: String
    let siteName: String
    let image: PreviewImage?
    /// `article:published_time`, ISO 8601 in UTC.
    let publishedTime: String?
    /// `twitter:card`: `summary_large_image` when there is an image, `summary` otherwise.
    let twitterCard: String

    /// How long a description may be: what search results and previews show before cutting.
    static let descriptionLimit = 160

    init(
        title: String, url: String, facts: PreviewFacts, site: Site, language: String,
        defaultImage: PreviewImage?
    ) {
        self.title = title
        description = Self.shortened(facts.description, limit: Self.descriptionLimit)
        self.url = url
        type = facts.kind.rawValue
        locale = Self.locale(of: language)
        siteName = site.title
        image = facts.image ?? defaultImage
        publishedTime = facts.published.map(Timestamp.rfc3339)
        twitterCard = image == nil ? "summary" : "summary_large_image"
    }

    /// `text` on one line, cut at the last word that fits in `limit` characters (with "…").
    static func shortened(_ text: String, limit: Int) -> String {
        shortenedSimple(text, limit: limit) ?? shortenedByCharacters(text, limit: limit)
    }

    /// `shortened` for any text, measured in characters word by word.
    static func shortenedByCharacters(_ text: String, limit: Int) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        let line = words.joined(separator: " ")
        guard line.count > limit else { return line }
        var cut = ""
        for word in words {
            let next = cut.isEmpty ? String(word) : cut + " " + word
            if next.count > limit - 1 { break }
            cut = next
        }
        // One word longer than the limit is cut inside it.
        if cut.isEmpty { cut = String(line.prefix(limit - 1)) }
        while let last = cut.last, ",;:.–—-".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// `shortened` for text whose every character stands alone (`Unicode.Scalar.standsAlone`):
    /// its words are cut as bytes, counting scalars, with no grapheme breaking. Every page asks
    /// for one. Nil for any other text. Past the limit the rest is only checked, not copied:
    /// a first paragraph runs to many times a preview's length.
    private static func shortenedSimple(_ text: String, limit: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var line: [UInt8] = []
            line.reserveCapacity(min(bytes.count, 4 * limit + 4))
            var characters = 0
            // The end of the longest run of whole words of at most `limit - 1` characters, and the
            // end of the first `limit - 1` characters, where a first word too long is cut.
            var wordsEnd = 0
            var charactersEnd = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let start = index
                let scalar: Unicode.Scalar
                if bytes[index] < 0x80 {
                    scalar = Unicode.Scalar(bytes[index])
                    index += 1
                } else {
                    let length: Int
                    (scalar, length) = SearchFolding.decodeScalar(bytes, at: index)
                    index += length
                }
                guard scalar.standsAlone else { return nil }
                // Already too long: the preview is cut, and nothing after changes where.
                if characters > limit { continue }
                if scalar == " " || scalar == "\n" || scalar == "\t" {
                    inWord = false
                    continue
                }
                if !inWord, !line.isEmpty {
                    if characters <= limit - 1 { wordsEnd = line.count }
                    line.append(0x20)
                    characters += 1
                }
                inWord = true
                for byte in bytes[start..<index] { line.append(byte) }
                characters += 1
                if characters == limit - 1 { charactersEnd = line.count }
            }
            if characters <= limit { return String(decoding: line, as: UTF8.self) }
            // One word longer than the limit is cut inside it.
            var cut = String(decoding: line[..<(wordsEnd > 0 ? wordsEnd : charactersEnd)], as: UTF8.self)
            while let last = cut.last, ",;:.–—-".contains(last) { cut.removeLast() }
            return cut + "…"
        }
    }

    /// `pt-br` → `pt_BR`, `en` → `en`: Open Graph's language_TERRITORY.
    static func locale(of language: String) -> String {
        let parts = language.split(separator: "-")
        guard let first = parts.first else { return language }
        guard parts.count > 1, parts[1].count == 2 else { return first.lowercased() }
        return first.lowercased() + "_" + parts[1].uppercased()
    }

    static let templateFields: [TemplateField<LinkPreview>] = [
        .text("title", \.title), .text("description", \.description), .text("url", \.url),
        .text("type", \.type), .text("locale", \.locale), .text("siteName", \.siteName),
        .object("image", \.image), .text("publishedTime", \.publishedTime),
        .text("twitterCard", \.twitterCard),
    ]
}
