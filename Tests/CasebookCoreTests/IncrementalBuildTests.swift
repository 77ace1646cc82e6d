import Foundation
import Testing

@testable import CasebookCore

/// Scheduled rebuilds: nothing changed costs nothing, one change re-renders only what shows it,
/// and the clock passing an embargo is a change.
@Suite struct IncrementalBuildTests {
    static let beforeEmbargo = Clock.parseInstant("2026-11-30T07:59:59Z") ?? Date()
    static let atEmbargo = Clock.parseInstant("2026-11-30T08:00:00Z") ?? Date()

    /// A copy of the golden fixture in a new site folder.
    func site() throws -> String {
        let folder = try TestSupport.temporaryFolder("incremental")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures + "/golden/Content", toPath: folder + "/Content")
        return folder
    }

    func options(_ folder: String, now: Date = beforeEmbargo, templates: String = "Templates") -> BuildOptions
    {
        BuildOptions(
            contentFolder: folder + "/Content", templatesFolder: folder + "/" + templates,
            outputFolder: folder + "/Output", now: now, jobs: 2)
    }

    /// Inode of every output file, to see which were written anew.
    func inodes(_ folder: String) throws -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for path in TestSupport.files(under: folder + "/Output") {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/Output/" + path)
            result[path] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        }
        return result
    }

    func rewritten(_ before: [String: UInt64], _ after: [String: UInt64]) -> [String] {
        after.keys.filter { before[$0] != after[$0] && $0 != OutputWriter.markerName }.sorted()
    }

    @Test func unchangedSiteIsNotRebuilt() throws {
        let folder = try site()
        let first = try SiteBuilder.build(options(folder))
        let before = try inodes(folder)
        let second = try SiteBuilder.build(options(folder))
        #expect(second.upToDate)
        #expect(second.written == 0)
        #expect(second.files == first.files)
        #expect(try inodes(folder) == before)
        let records = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/.casebook")) ?? []
        #expect(records.count == 1 && records[0].hasPrefix("Output-"))
    }

    @Test func oneChangedCaseRewritesOnlyWhatShowsIt() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        let before = try inodes(folder)
        let path = folder + "/Content/cases/bolat-test.md"
        try (TestSupport.read(path) + "\nHe was moved to another prison.\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        let report = try SiteBuilder.build(options(folder))
        // Only its own page and the search index, which holds the words of every body: the
        // sentence shows nowhere else (no list shows bodies).
        #expect(rewritten(before, try inodes(folder)) == ["cases/bolat-test/index.html", "search.json"])
        #expect(report.written == 2)
        #expect(
            TestSupport.read(folder + "/Output/cases/bolat-test/index.html").contains(
                "moved to another prison"))
        #expect(TestSupport.read(folder + "/Output/search.json").contains(" moved "))
    }

    /// The search index takes each body's words from the page rendering it, from the last build
    /// for a page kept, or from the body itself when the kept words are lost: the same index as
    /// a build from nothing, whichever way each entry was found.
    @Test func theSearchIndexIsTheSameWhereverItsWordsCameFrom() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        let records = folder + "/.casebook"
        for record in try FileManager.default.contentsOfDirectory(atPath: records) {
            try FileManager.default.removeItem(atPath: records + "/" + record + "/search-entries")
        }
        let path = folder + "/Content/cases/bolat-test.md"
        try (TestSupport.read(path) + "\nHe was moved to another prison.\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        let fresh = try site()
        try FileManager.default.removeItem(atPath: fresh + "/Content")
        try FileManager.default.copyItem(atPath: folder + "/Content", toPath: fresh + "/Content")
        _ = try SiteBuilder.build(options(fresh))
        let index = TestSupport.read(folder + "/Output/search.json")
        #expect(index.contains(" moved "))
        #expect(index == TestSupport.read(fresh + "/Output/search.json"))
    }

    @Test func pagesWhoseInputsDidNotChangeAreNotRenderedAgain() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        // A mark in an output page shows whether the next build rendered that page again
        // (the mark would be gone) or kept the file as it was.
        let page = folder + "/Output/cases/aliya-test/index.html"
        try (TestSupport.read(page) + "<!-- mark -->").write(toFile: page, atomically: false, encoding: .utf8)
        let path = folder + "/Content/releases/2026-10-01-draft.md"
        try (TestSupport.read(path) + "\nMore text.\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        #expect(TestSupport.read(page).hasSuffix("<!-- mark -->"))

        let own = folder + "/Content/cases/aliya-test.md"
        try (TestSupport.read(own) + "\nNew paragraph.\n").write(
            toFile: own, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        #expect(!TestSupport.read(page).contains("<!-- mark -->"))
    }

    @Test func renamedCaseUpdatesThePagesThatNameIt() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        let before = try inodes(folder)
        let path = folder + "/Content/cases/bolat-test.md"
        try TestSupport.read(path).replacingOccurrences(of: "name: Bolat Testov", with: "name: Bolat Testow")
            .write(toFile: path, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        let changed = rewritten(before, try inodes(folder))
        #expect(changed.contains("cases/bolat-test/index.html"))
        #expect(changed.contains("cases/aliya-test/index.html"))  // lists it under related cases
        #expect(changed.contains("index.html"))
        #expect(!changed.contains("releases/index.html"))
        #expect(TestSupport.read(folder + "/Output/cases/aliya-test/index.html").contains("Bolat Testow"))
    }

    /// A body that passed its checks is not checked again while it and the pages it may link to
    /// are the same; once a page it links to is gone, the unchanged body is checked again.
    @Test func anUnchangedBodyIsCheckedAgainWhenAPageItLinksToGoes() throws {
        let folder = try site()
        let target = folder + "/Content/cases/zz-linked.md"
        try "---\nname: Linked Person\ncountry: Kazakhstan\nstatus: released\n---\n\nBody.\n".write(
            toFile: target, atomically: false, encoding: .utf8)
        let path = folder + "/Content/cases/bolat-test.md"
        try (TestSupport.read(path) + "\nSee [the other case](/cases/zz-linked/).\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        // Another file changes, so the build cannot be skipped; the linking body is unchanged.
        let other = folder + "/Content/cases/aliya-test.md"
        try (TestSupport.read(other) + "\nOne more sentence.\n").write(
            toFile: other, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        try FileManager.default.removeItem(atPath: target)
        do {
            _ = try SiteBuilder.build(options(folder))
            Issue.record("a link to a deleted case passed")
        } catch let error as DiagnosticsError {
            let links = error.diagnostics.filter {
                $0.location.path.hasSuffix("cases/bolat-test.md") && $0.message.contains("zz-linked")
            }
            #expect(links.count == 1)
        }
    }

    /// The files read back from the cache keep where each key was written, though their
    /// tables are read only for a problem: once a case they name is gone, the rebuild reports
    /// every reference to it at the same line and column as a check of the files from scratch.
    @Test func aCaseThatGoesIsReportedWhereUnchangedFilesNameIt() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        try FileManager.default.removeItem(atPath: folder + "/Content/cases/bolat-test.md")
        do {
            _ = try SiteBuilder.build(options(folder))
            Issue.record("a reference to a deleted case passed")
        } catch let error as DiagnosticsError {
            let fromScratch = SiteBuilder.check(
                contentFolder: folder + "/Content", templatesFolder: folder + "/Templates")
            let errors = error.diagnostics.filter { $0.severity == .error }
            #expect(errors == fromScratch.filter { $0.severity == .error })
            // `related: [bolat-test, …]`, line 18: the entry starts in column 11.
            let related = errors.filter {
                $0.location.path.hasSuffix("cases/aliya-test.md") && $0.location.line == 18
            }
            #expect(related.map(\.location.column) == [11])
            #expect(related.first?.message.contains("no case file 'bolat-test'") == true)
            #expect(errors.contains { $0.location.path.contains("/releases/") && $0.location.line > 1 })
        }
    }

    @Test func passingAnEmbargoPublishesTheRelease() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder, now: Self.beforeEmbargo))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder + "/Output/releases/2026-11-30-embargoed/index.html"))
        #expect(try SiteBuilder.build(options(folder, now: Self.beforeEmbargo)).upToDate)
        let report = try SiteBuilder.build(options(folder, now: Self.atEmbargo))
        #expect(!report.upToDate)
        #expect(report.written > 0)
        #expect(
            FileManager.default.fileExists(
                atPath: folder + "/Output/releases/2026-11-30-embargoed/index.html"))
        #expect(TestSupport.read(folder + "/Output/feed.xml").contains("SECRET-EMBARGO headline"))
    }

    @Test func publicAndReviewBuildsKeepTheirOwnRecords() throws {
        let folder = try site()
        var review = options(folder)
        review.review = true
        review.outputFolder = folder + "/Review"
        _ = try SiteBuilder.build(options(folder))
        _ = try SiteBuilder.build(review)
        #expect(try SiteBuilder.build(options(folder)).upToDate)
        #expect(try SiteBuilder.build(review).upToDate)
    }

    @Test func anOutputRestoredFromElsewhereIsNotTrusted() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        let backup = try TestSupport.temporaryFolder("backup") + "/Output"
        try FileManager.default.copyItem(atPath: folder + "/Output", toPath: backup)
        let path = folder + "/Content/cases/bolat-test.md"
        try (TestSupport.read(path) + "\nA new fact.\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        // Someone puts back an old copy with a page edited by hand; the next build must not keep
        // that page just because its inputs did not change since the last build.
        try FileManager.default.removeItem(atPath: folder + "/Output")
        try FileManager.default.copyItem(atPath: backup, toPath: folder + "/Output")
        let page = folder + "/Output/cases/aliya-test/index.html"
        try (TestSupport.read(page) + "<!-- stale -->").write(
            toFile: page, atomically: false, encoding: .utf8)
        _ = try SiteBuilder.build(options(folder))
        #expect(!TestSupport.read(page).contains("<!-- stale -->"))
        #expect(TestSupport.read(folder + "/Output/cases/bolat-test/index.html").contains("A new fact."))
    }

    @Test func deletedOutputIsBuiltAgain() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        try FileManager.default.removeItem(atPath: folder + "/Output")
        let report = try SiteBuilder.build(options(folder))
        #expect(report.written == report.files)
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/index.html"))
    }

    @Test func namingATagRewritesThePagesThatShowIt() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        try TestSupport.write(["Templates/i18n/en.yaml": "tag_names:\n  torture: Torture\n"], under: folder)
        let before = try inodes(folder)
        _ = try SiteBuilder.build(options(folder))
        let changed = rewritten(before, try inodes(folder))
        #expect(changed.contains("tags/torture/index.html") && changed.contains("tags/index.html"))
        #expect(TestSupport.read(folder + "/Output/tags/torture/index.html").contains("Tagged “Torture”"))
        #expect(!changed.contains("releases/index.html"))
    }

    @Test func changedTemplateRendersEveryPage() throws {
        let folder = try site()
        _ = try SiteBuilder.build(options(folder))
        try TestSupport.write(["Templates/assets/extra.css": "p { color: black; }\n"], under: folder)
        let before = try inodes(folder)
        _ = try SiteBuilder.build(options(folder))
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/assets/extra.css"))
        // A theme file is an input of every page, so all pages are rendered again; their bytes
        // did not change, so the writer keeps every one of them.
        #expect(rewritten(before, try inodes(folder)) == ["assets/extra.css"])
    }
}
