import Foundation
import Testing

/// `casebook new` run as staff would: the paths it prints, and files that `casebook check` passes.
@Suite struct NewCommandTests {
    let cli = CommandLineTests()

    @Test func newSiteThenNewCaseThenNewReleasePassCheck() throws {
        let folder = try TestSupport.temporaryFolder("new-cli")
        let site = try cli.casebook(["new", "site", "press"], in: folder)
        #expect(site.status == 0, "\(site.standardError)")
        let today = site.standardOutput.split(separator: "\n")[2]
        #expect(today.hasPrefix("press/Content/releases/") && today.hasSuffix("-example-release.md"))
        #expect(
            site.standardOutput.split(separator: "\n").count == 5
                && site.standardOutput.hasPrefix(
                    "press/Content/site.yaml\npress/Content/cases/example-person.md\n")
                && site.standardOutput.hasSuffix("press/.gitignore\npress/Content/assets/\n"))
        let press = folder + "/press"
        let check = try cli.casebook(["check"], in: press)
        #expect(check.status == 0 && check.standardOutput == "No problems found.\n", "\(check.standardError)")

        let made = try cli.casebook(["new", "case", "Айдос Кемелбаев"], in: press)
        #expect(made.status == 0)
        #expect(made.standardOutput == "Content/cases/aidos-kemelbaev.md\n")
        let again = try cli.casebook(["new", "case", "Aidos Kemelbaev"], in: press)
        #expect(again.status == 1)
        #expect(again.standardOutput.isEmpty)
        #expect(
            again.standardError.contains(
                "Content/cases/aidos-kemelbaev.md:1:1: error: the file already exists"))

        let release = try cli.casebook(
            [
                "new", "release", "Kemelbaev detained again", "--case", "aidos-kemelbaev", "--date",
                "2026-12-01",
            ],
            in: press)
        #expect(release.status == 0, "\(release.standardError)")
        #expect(release.standardOutput == "Content/releases/2026-12-01-kemelbaev-detained-again.md\n")
        let checked = try cli.casebook(["check"], in: press)
        #expect(checked.status == 0, "\(checked.standardError)")
    }

    @Test func newReleaseRefusesABadDateAndAnUnknownCase() throws {
        let folder = try cli.siteFolder()
        let badDate = try cli.casebook(["new", "release", "Topic", "--date", "2026-11"], in: folder)
        #expect(badDate.status != 0)
        #expect(badDate.standardError.contains("--date must be a day written YYYY-MM-DD"))
        let unknown = try cli.casebook(["new", "release", "Topic", "--case", "nobody-at-all"], in: folder)
        #expect(unknown.status == 1)
        #expect(
            unknown.standardError.contains(
                "Content/cases/nobody-at-all.md:1:1: error: there is no case 'nobody-at-all'"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/Content/releases/" + "x"))
    }

    @Test func newPageWritesADraftThatPassesCheckAndRefusesCasebooksFolders() throws {
        let folder = try cli.siteFolder()
        let made = try cli.casebook(["new", "page", "how-we-work"], in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput == "Content/pages/how-we-work.md\n")
        let text = TestSupport.read(folder + "/Content/pages/how-we-work.md")
        #expect(text.hasPrefix("---\ntitle: \"How we work\"\n") && text.contains("\ndraft: true\n"))
        let titled = try cli.casebook(["new", "page", "donate", "--title", "Donate to us"], in: folder)
        #expect(
            titled.status == 0
                && TestSupport.read(folder + "/Content/pages/donate.md").contains("title: \"Donate to us\""))
        let checked = try cli.casebook(["check"], in: folder)
        #expect(checked.status == 0, "\(checked.standardError)")
        let built = try cli.casebook(["build", "--now", "2026-11-21T12:00:00Z"], in: folder)
        #expect(built.status == 0)
        #expect(
            !FileManager.default.fileExists(atPath: folder + "/Output/how-we-work"), "a draft was published")

        let reserved = try cli.casebook(["new", "page", "releases"], in: folder)
        #expect(reserved.status == 1)
        #expect(
            reserved.standardError.contains(
                "Content/pages/releases.md:1:1: error: a page may not be named 'releases'"))
        let invalid = try cli.casebook(["new", "page", "About Us"], in: folder)
        #expect(invalid.status == 1)
        #expect(invalid.standardError.contains("did you mean 'about-us'?"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/Content/pages/releases.md"))
    }
}
