/// The files of a new site: site.yaml with every key explained, one example case, one example
/// release and an About page, an empty assets folder, and a .gitignore for what builds write.
struct SiteSkeleton: Sendable {
    /// The example release's date (the day the site is made).
    var today: PartialDate

    /// Creates the skeleton.
    init(today: PartialDate) {
        self.today = today
    }

    /// Paths inside the site's folder, with their text; the assets folder is `assetsFolder`.
    var files: [(path: String, text: String)] {
        [
            ("Content/site.yaml", siteYAML),
            ("Content/cases/example-person.md", exampleCase),
            ("Content/releases/\(today)-example-release.md", exampleRelease),
            ("Content/pages/about.md", aboutPage),
            (".gitignore", gitignore),
        ]
    }

    /// The folder for photos and documents, created empty.
    static let assetsFolder = "Content/assets"

    // What builds write and nobody edits, kept out of version control.
    var gitignore: String {
        """
        # Written by Casebook: the built site, the review build, the cache and casebook serve's site,
        # the folders a build assembles in and the lock builds take in turn.
        /Output/
        /Review/
        /.casebook/
        .*.casebook-staging*
        .*.casebook-lock

        """
    }

    var siteYAML: String {
        """
        # Casebook site settings. docs/content-format.md explains every key.

        # The site's name, shown on every page and in the feed.
        title: "Political prisoners — case files"
        # Who publishes the site and the releases.
        organisation: "Your Organisation"
        # The full address the site will be published at, ending with /. It may be a folder
        # of a bigger site (https://example.org/cases/): every link starts from its path.
        base_url: https://cases.example.org/
        # The language the content is written in: en, pl, ru, uk, ...
        language: en
        # The zone your dates are meant in, by region and city; decides when releases go public.
        time_zone: Europe/Warsaw
        # The city on the dateline of every release that does not name its own.
        place: Warsaw
        # How many characters wide each line of a plain-text release is (40 to 120).
        text_width: 72
        # The line printed at the very end of a plain-text release.
        end_mark: "###"
        # One or two sentences about the site, for link previews and search engines.
        description: "Case files of political prisoners, with sources, and our press releases."
        # The picture a shared link to any page shows: a file under Content/assets/, ideally
        # 1200 x 630 pixels, and what it shows for people who cannot see it.
        # preview_image:
        #   file: share/preview.png
        #   alt: "Our logo on a blue background"

        # The people journalists can contact. Releases pick them by id.
        contacts:
          - id: press
            name: "Press Officer"
            role: "Media contact, Your Organisation"
            email: press@example.org
            # Written the way it should be printed.
            phone: "+48 22 000 00 00"

        # The contacts a release gets when it does not choose its own (default: every contact).
        default_contacts: [press]

        """
    }

    var exampleCase: String {
        """
        ---
        name: "Example Person"
        country: "Country"
        # pre-trial-detention, imprisoned, house-arrest, restricted-freedom,
        # psychiatric-detention, released, abroad or deceased.
        status: imprisoned
        detained: 2020-01
        sentence: 5 years
        summary: >-
          An example case file. Replace it with a real one, or delete it; `casebook new case
          "Name"` starts a new case file with every key listed.
        timeline:
          - date: 2020-01
            event: "Detained."
        ---

        This is an example. Write who the person is and what happened to them, with a source
        for every fact.

        """
    }

    var aboutPage: String {
        """
        ---
        title: About
        # Its place in the navigation; a page without `menu` is not in the menu.
        menu: 1
        summary: "Who publishes these case files, and where their facts come from."
        ---

        This is an example page. Say who you are, how you document cases and how to reach you.
        `casebook new page methodology` starts another page.

        """
    }

    var exampleRelease: String {
        """
        ---
        title: "An example press release"
        date: \(today)
        cases:
          - example-person
        read_also:
          - example-person
        ---

        This is an example. `casebook new release "Topic" --case example-person` drafts a
        release from a case's facts.

        ## Demands

        - write the first demand here;
        - write the second demand here.

        """
    }
}
