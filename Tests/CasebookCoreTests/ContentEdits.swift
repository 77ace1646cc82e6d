import Foundation

@testable import CasebookCore

/// Edits of the golden fixture's content, one for every field that a page, list, feed, sitemap,
/// cases.json or plain-text release shows, and for the site settings and the theme. Each keeps
/// the site valid, and draws its new value from the generator so that sequences vary.
enum ContentEdit: CaseIterable {
    case releaseTitle, releaseDate, releaseTags, releaseDraft, releaseEmbargo, releaseSubtitle, releasePlace
    case releaseCases, releaseReadAlso, releaseContacts, releaseBody, draftReleaseFlip, deleteOrRestoreRelease
    case addRelease
    case caseName, otherCaseName, caseSummary, caseStatus, caseTags, caseRelated, caseDraft, caseTimeline,
        caseBody
    case caseFacts, addCase
    case siteTitle, siteOrganisation, sitePlace, siteTextWidth, siteEndMark, siteDefaultContacts
    case siteContact, siteTimeZone, siteBaseURL, siteLanguage, siteDescription, sitePreviewImage
    case pageTitle, pageMenu, pageSummary, pageBody, pageDraftFlip, publicPageDraft, addPage
    case translationTitle, translationBody, translationDraftFlip, addOrRemoveTranslation, siteLanguages
    case template, themeAsset
    case passTime, nothing

    static let publicRelease = "releases/2026-11-02-public.md"
    static let draftRelease = "releases/2026-10-01-draft.md"
    static let embargoedRelease = "releases/2026-11-30-embargoed.md"
    static let publicTranslation = "releases/2026-11-02-public.ru.md"

    /// Applies the edit to the site in `folder` (which holds Content/ and perhaps Templates/).
    func apply(to folder: String, round: Int, now: inout Date, using random: inout some RandomNumberGenerator)
        throws
    {
        let content = folder + "/Content/"
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
        func set(_ path: String, _ key: String, _ value: String?) throws {
            try ContentEdit.setKey(key, to: value, in: content + path)
        }
        switch self {
        case .releaseTitle: try set(Self.publicRelease, "title", "\"Headline of round \(round)\"")
        case .releaseDate:
            try set(Self.publicRelease, "date", pick(["2026-11-02", "2026-10-15", "2026-11-20"]))
        case .releaseTags:
            try set(Self.publicRelease, "tags", pick(["[health]", "[torture, r\(round)]", "[]"]))
        case .releaseDraft: try set(Self.publicRelease, "draft", pick(["true", "false"]))
        case .releaseEmbargo:
            let embargo = pick([nil, "\"2026-11-29 09:00 Europe/Warsaw\"", "\"2026-11-30T12:00:00Z\""])
            try set(Self.publicRelease, "embargo", embargo)
        case .releaseSubtitle:
            try set(
                Self.publicRelease, pick(["subtitle", "summary"]), pick([nil, "\"Standfirst \(round)\""]))
        case .releasePlace: try set(Self.publicRelease, "place", pick([nil, "Brussels", "Almaty"]))
        case .releaseCases:
            try set(Self.publicRelease, "cases", pick(["[aliya-test]", "[bolat-test, aliya-test]", "[]"]))
        case .releaseReadAlso:
            let link = "{title: \"Report \(round)\", url: \"https://example.org/r\(round)\"}"
            try set(
                Self.publicRelease, "read_also",
                pick(["[bolat-test]", "[2026-11-30-embargoed, \(link)]", "[\(link), aliya-test]", "[]"]))
        case .releaseContacts:
            try set(Self.publicRelease, "contacts", pick([nil, "[director]", "[director, press]"]))
        case .releaseBody:
            try Self.append("\nRound \(round) adds a paragraph.\n", to: content + Self.publicRelease)
        case .draftReleaseFlip: try set(Self.draftRelease, "draft", pick(["true", "false"]))
        case .deleteOrRestoreRelease:
            if FileManager.default.fileExists(atPath: content + Self.draftRelease) {
                try FileManager.default.removeItem(atPath: content + Self.draftRelease)
            } else {
                let original = TestSupport.fixtures + "/golden/Content/" + Self.draftRelease
                try FileManager.default.copyItem(atPath: original, toPath: content + Self.draftRelease)
            }
        case .addRelease:
            try TestSupport.write(
                [
                    "releases/2026-11-0\(round % 9 + 1)-added-\(round).md":
                        "---\ntitle: Added \(round)\ndate: 2026-11-0\(round % 9 + 1)\ncases: [bolat-test]\n---\nText.\n"
                ], under: content)
        // Apart, so that each reaches the public release through one list: its `read_also`
        // names Bolat, its `cases` name Aliya.
        case .caseName: try set("cases/bolat-test.md", "name", "Bolat Round\(round)")
        case .otherCaseName: try set("cases/aliya-test.md", "name", "Aliya Round\(round)")
        case .caseSummary: try set("cases/aliya-test.md", "summary", pick([nil, "\"Summary \(round)\""]))
        case .caseStatus:
            try set("cases/bolat-test.md", "status", pick(["released", "imprisoned", "abroad"]))
        case .caseTags: try set("cases/bolat-test.md", "tags", pick(["[health]", "[r\(round)]", "[]"]))
        case .caseRelated:
            try set(
                "cases/bolat-test.md", "related", pick(["[aliya-test]", "[]", "[aliya-test, hidden-draft]"]))
        case .caseDraft: try set("cases/hidden-draft.md", "draft", pick(["true", "false"]))
        case .caseTimeline:
            let path = content + "cases/aliya-test.md"
            let text = TestSupport.read(path).replacingOccurrences(
                of: "event: Arrested in [^\n]*", with: "event: Arrested in round \(round)",
                options: .regularExpression)
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        case .caseBody:
            try Self.append("\nRound \(round) adds a sentence.\n", to: content + "cases/aliya-test.md")
        case .caseFacts:
            let (key, value) = pick([
                ("facility", "\"Colony \(round)\""), ("sentence", "\"\(round) years\""),
                ("country", "Kyrgyzstan"),
                ("native_name", "\"Алия \(round)\""), ("detained", "2017-1\(round % 3)"),
                ("updated", "2026-11-0\(round % 9 + 1)"), ("aliases", "[\"Alias \(round)\"]"),
                ("charges", "[\"Charge \(round)\"]"),
                ("un_decisions", "[{body: \"WGAD \(round)\", reference: \"No. \(round)\", date: 2019}]"),
            ])
            try set("cases/aliya-test.md", key, value)
        case .addCase:
            try TestSupport.write(
                [
                    "cases/added-\(round).md":
                        "---\nname: Added \(round)\ncountry: K\nstatus: released\ntags: [health]\n---\nText.\n"
                ], under: content)
        case .siteTitle: try set("site.yaml", "title", "\"Site of round \(round)\"")
        case .siteOrganisation: try set("site.yaml", "organisation", "\"Foundation \(round)\"")
        case .sitePlace: try set("site.yaml", "place", pick(["Warsaw", "Kyiv", nil]))
        case .siteTextWidth: try set("site.yaml", "text_width", pick(["60", "72", "44"]))
        case .siteEndMark: try set("site.yaml", "end_mark", pick(["\"###\"", "\"-30-\""]))
        case .siteDefaultContacts:
            try set("site.yaml", "default_contacts", pick(["[press]", "[director]", "[director, press]"]))
        case .siteContact:
            let path = content + "site.yaml"
            let text = TestSupport.read(path).replacingOccurrences(
                of: "phone: [^\n]*", with: "phone: \"+48 22 000 00 \(round % 90 + 10)\"",
                options: .regularExpression)
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        case .siteTimeZone: try set("site.yaml", "time_zone", pick(["Europe/Warsaw", "UTC", "Asia/Almaty"]))
        case .siteBaseURL:
            try set("site.yaml", "base_url", pick(["https://example.org/cases/", "https://example.net/"]))
        case .siteLanguage: try set("site.yaml", "language", pick(["en", "uk"]))
        case .siteDescription:
            try set("site.yaml", "description", pick([nil, "\"About the site, round \(round)\""]))
        case .sitePreviewImage:
            try set("site.yaml", "preview_image", pick([nil, "{file: share.png, alt: \"Card \(round)\"}"]))
        case .pageTitle: try set("pages/methods.md", "title", "\"Methods of round \(round)\"")
        case .pageMenu: try set("pages/imprint.md", "menu", pick([nil, "0", "5"]))
        case .pageSummary: try set("pages/methods.md", "summary", pick([nil, "\"Summary \(round)\""]))
        case .pageBody:
            try Self.append("\nRound \(round) adds a paragraph.\n", to: content + "pages/imprint.md")
        case .pageDraftFlip: try set("pages/hidden-page.md", "draft", pick(["true", "false"]))
        case .publicPageDraft: try set("pages/about.md", "draft", pick(["true", "false"]))
        case .addPage:
            try TestSupport.write(
                ["pages/added-\(round).md": "---\ntitle: Added page \(round)\nmenu: \(round)\n---\nText.\n"],
                under: content)
        case .translationTitle:
            try set(Self.publicTranslation, "title", pick([nil, "\"Заголовок \(round)\""]))
        case .translationBody:
            try Self.append("\nАбзац \(round).\n", to: content + "cases/aliya-test.ru.md")
        case .translationDraftFlip: try set("cases/bolat-test.pl.md", "draft", pick(["true", "false"]))
        case .addOrRemoveTranslation:
            let path = content + "cases/bolat-test.ru.md"
            if FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            } else {
                try TestSupport.write(
                    ["cases/bolat-test.ru.md": "---\nname: Болат \(round)\n---\nТекст.\n"], under: content)
            }
        case .siteLanguages:
            // The Polish title, or Polish gone from the site (its draft translation then names
            // a language the site does not list, so the translation goes with it).
            let path = content + "site.yaml"
            let polish = "  pl:\n    title: Akta spraw testowych\n"
            let text = TestSupport.read(path)
            if text.contains(polish) {
                try text.replacingOccurrences(of: polish, with: "  pl: { title: Sprawy \(round) }\n").write(
                    toFile: path, atomically: false, encoding: .utf8)
            } else {
                try text.replacingOccurrences(
                    of: "  pl: \\{ title: Sprawy [0-9]+ \\}\n", with: polish, options: .regularExpression
                )
                .write(toFile: path, atomically: false, encoding: .utf8)
            }
        case .template:
            try Self.overrideOrRestore(
                "layout.mustache", in: folder,
                change: { $0.replacingOccurrences(of: "</body>", with: "<!-- round \(round) -->\n</body>") })
        case .themeAsset:
            try Self.overrideOrRestore(
                "assets/style.css", in: folder, change: { $0 + "/* round \(round) */\n" })
        case .passTime: now += pick([3_600, 86_400, 21 * 3_600])
        case .nothing: break
        }
    }

    /// Sets `key` in a frontmatter or site.yaml (replacing its line, or adding it after the first
    /// line), or removes it when `value` is nil. Keys edited this way are written on one line.
    static func setKey(_ key: String, to value: String?, in path: String) throws {
        // A file another edit deleted stays deleted.
        guard FileManager.default.fileExists(atPath: path) else { return }
        var lines = TestSupport.read(path).components(separatedBy: "\n")
        let isYAMLFile = path.hasSuffix(".yaml")
        let end = isYAMLFile ? lines.count : (lines.dropFirst().firstIndex(of: "---") ?? lines.count)
        let existing = lines[0..<end].firstIndex { $0.hasPrefix(key + ":") }
        // A key written as a block (`key:` then indented lines) loses those lines too.
        var blockEnd = existing.map { $0 + 1 } ?? 0
        while existing != nil, blockEnd < end, lines[blockEnd].hasPrefix("  ") { blockEnd += 1 }
        if let index = existing {
            lines.removeSubrange(index..<blockEnd)
            if let value { lines.insert("\(key): \(value)", at: index) }
        } else if let value {
            lines.insert("\(key): \(value)", at: isYAMLFile ? 0 : 1)
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func append(_ text: String, to path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        try (TestSupport.read(path) + text).write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Writes a changed copy of a built-in theme file into the site's Templates/, or removes the
    /// copy when there is one (the built-in file then applies again).
    static func overrideOrRestore(_ name: String, in folder: String, change: (String) -> String) throws {
        let path = folder + "/Templates/" + name
        if FileManager.default.fileExists(atPath: path) {
            try FileManager.default.removeItem(atPath: path)
        } else {
            let builtin = String(decoding: Theme.builtin.files[name]?.contents ?? [], as: UTF8.self)
            try TestSupport.write(["Templates/" + name: change(builtin)], under: folder)
        }
    }
}
