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
        #expect(messages.count >= 6)
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
