import Foundation
import Testing

@testable import CasebookCore

/// The e-mail message: its encodings, and every fixture release's message read by Python's
/// `email` package (policy.default), which must find no defect.
@Suite struct MailTests {
    @Test func flowedTextMarksSoftBreaksAndStuffsSpaces() {
        let mark = EmailReleaseRenderer.softBreakMark
        let text = [
            "1. to allow an independent" + mark, "   medical examination;", "From the court", "> not a quote",
            " indented", "--" + mark, "end",
        ].joined(separator: "\n")
        #expect(
            MailEncoding.flowed(text, softBreak: mark)
                == "1. to allow an independent \nmedical examination;\n From the court\n > not a quote\n  indented\n--\nend"
        )
    }

    @Test func quotedPrintableKeepsLinesShortAndTrailingSpacesSafe() {
        let long = String(repeating: "word ", count: 30) + "end "
        let encoded = MailEncoding.quotedPrintable("a=b “c” \n" + long)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines[0] == "a=3Db =E2=80=9Cc=E2=80=9D=20")
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.last?.hasSuffix("end=20") == true)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasSuffix("=") })
    }

    @Test func headersUseEncodedWordsForNonASCII() {
        #expect(MailEncoding.header("Subject", "Plain words") == "Subject: Plain words")
        let subject = MailEncoding.header("Subject", String(repeating: "Заявление ", count: 6))
        let lines = subject.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 78 && $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(
            MailEncoding.address(name: "Anna \"AN\" Nowak", email: "a@e.org")
                == "\"Anna \\\"AN\\\" Nowak\" <a@e.org>")
        #expect(MailEncoding.address(name: "Анна", email: "a@e.org") == "=?utf-8?b?0JDQvdC90LA=?= <a@e.org>")
    }

    @Test func everyFixtureReleaseParsesWithNoDefects() throws {
        let sites = [
            (TestSupport.fixtures + "/golden/Content", TestSupport.fixtures + "/golden/Templates"),
            (TestSupport.packageRoot + "/Content", TestSupport.packageRoot + "/Templates"),
        ]
        var messages: [String] = []
        for (content, templates) in sites {
            let output = try TestSupport.temporaryFolder("mail") + "/Review"
            _ = try SiteBuilder.build(
                BuildOptions(
                    contentFolder: content, templatesFolder: templates, outputFolder: output, review: true,
                    now: GoldenSiteTests.now, jobs: 2))
            let emls = TestSupport.files(under: output).filter { $0.hasSuffix(".eml") }
            let texts = TestSupport.files(under: output).filter {
                $0.hasSuffix(".txt") && $0.hasPrefix("releases/")
            }
            #expect(emls.count == texts.count, "every text release has its message beside it")
            messages += emls.map { output + "/" + $0 }
        }
        messages.append(try Self.cyrillicMessage())
        #expect(messages.count >= 7)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestSupport.packageRoot + "/Tests/Scripts/check_eml.py"] + messages
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(report.contains("\(messages.count) messages parsed with no defects"))
    }

    /// A release in Russian from a contact whose name is in Cyrillic, written beside its text.
    static func cyrillicMessage() throws -> String {
        var site = RenderingSample.site()
        site.language = "ru"
        site.contacts = [
            Contact(id: "press", name: "Анна Ковальчик", role: "пресс-секретарь", email: "press@example.org")
        ]
        site.defaultContactIDs = ["press"]
        var release = Release(
            slug: "2026-11-02-zayavlenie", title: "Заявление: «Освободите Искандера Еримбетова» — немедленно",
            date: PartialDate(year: 2026, month: 11, day: 2),
            body:
                "Фонд «Открытый диалог» призывает освободить его.[^1]\n\n> From the court: a quote\n\n[^1]: https://example.org/ru",
            source: SourceFile(path: "Content/releases/2026-11-02-zayavlenie.md", bodyStartLine: 5))
        release.subtitle = String(repeating: "Очень длинный подзаголовок ", count: 5)
        let content = Content(site: site, cases: [], releases: [release], root: "Content")
        let text = TextReleaseRenderer(
            links: SiteLinks(content: content), templates: try Theme.builtin.compile().textTemplates,
            rules: RenderingSample.rules)
        let document = MarkdownParser.parse(release.body, smart: true)
        let folder = try TestSupport.temporaryFolder("mail-ru")
        let mail = EmailReleaseRenderer(text: text).render(release, document: document, content: content)
        try Data(mail.contents).write(to: URL(fileURLWithPath: folder + "/ru.eml"))
        let plain = text.render(release, document: document, content: content)
        try Data(plain.contents).write(to: URL(fileURLWithPath: folder + "/ru.txt"))
        return folder + "/ru.eml"
    }

    @Test func thePublicBuildWritesNoMessages() throws {
        let output = try TestSupport.temporaryFolder("mail-public") + "/Output"
        _ = try SiteBuilder.build(
            BuildOptions(
                contentFolder: TestSupport.fixtures + "/golden/Content",
                templatesFolder: TestSupport.fixtures + "/golden/Templates", outputFolder: output,
                review: false,
                now: GoldenSiteTests.now, jobs: 2))
        #expect(!TestSupport.files(under: output).contains { $0.hasSuffix(".eml") })
    }
}
