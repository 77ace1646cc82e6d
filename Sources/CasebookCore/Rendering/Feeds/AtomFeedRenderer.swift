import Foundation

/// One release as the feed shows it.
struct FeedEntry: Hashable, Sendable {
    /// Headline.
    var title: String
    /// Absolute URL of the release page; also the entry's id, which never changes for a slug.
    var url: String
    /// When the release became public.
    var published: Date
    /// A short plain-text summary.
    var summary: String
    /// The entry's language when it is not the feed's (a release without a translation).
    var language: String?

    /// Creates an entry.
    init(title: String, url: String, published: Date, summary: String) {
        self.title = title
        self.url = url
        self.published = published
        self.summary = summary
    }
}

/// Writes `feed.xml`, an Atom 1.0 feed of public releases, newest first.
struct AtomFeedRenderer: Sendable {
    /// The words of the feed's language (its subtitle).
    var strings: Strings

    /// Creates a renderer whose feed speaks `strings`' language (the built-in English when not given).
    init(strings: Strings = StringCatalog.builtin.strings(for: "en", defaultLanguage: "en")) {
        self.strings = strings
    }

    /// The feed for `entries` (in any order; they are sorted newest first, then by URL).
    func render(site: Site, entries: [FeedEntry]) -> OutputFile {
        render(site: site, language: site.language, folder: "", entries: entries)
    }

    /// The feed of one language, written in its `folder` ("" for the default language, "ru/").
    func render(site: Site, language: String, folder: String, entries: [FeedEntry]) -> OutputFile {
        let sorted = entries.sorted { ($0.published, $1.url) > ($1.published, $0.url) }
        let feedURL = site.baseURL + folder + "feed.xml"
        // With no entries the feed still needs an `updated`; the epoch keeps the output reproducible.
        let updated = sorted.first?.published ?? Date(timeIntervalSince1970: 0)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.htmlEscaped)">
              <title>\(site.title.htmlEscaped)</title>
              <subtitle>\(strings[.feedSubtitle, ["organisation": site.organisation]].htmlEscaped)</subtitle>
              <id>\(feedURL.htmlEscaped)</id>
              <link rel="self" type="application/atom+xml" href="\(feedURL.htmlEscaped)"/>
              <link rel="alternate" type="text/html" href="\((site.baseURL + folder + "releases/").htmlEscaped)"/>
              <updated>\(Timestamp.rfc3339(updated))</updated>
              <author><name>\(site.organisation.htmlEscaped)</name></author>

            """
        for entry in sorted {
            let time = Timestamp.rfc3339(entry.published)
            xml += """
                  <entry\(entry.language.map { " xml:lang=\"\($0.htmlEscaped)\"" } ?? "")>
                    <title>\(entry.title.htmlEscaped)</title>
                    <id>\(entry.url.htmlEscaped)</id>
                    <link rel="alternate" type="text/html" href="\(entry.url.htmlEscaped)"/>
                    <published>\(time)</published>
                    <updated>\(time)</updated>
                    <summary>\(entry.summary.htmlEscaped)</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: folder + "feed.xml", text: xml)
    }
}
