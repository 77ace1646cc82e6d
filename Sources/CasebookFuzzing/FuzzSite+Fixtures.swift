import CasebookCore

/// The fixed files of the fuzz site, small but touching every field the pages show.
extension FuzzSite {
    static let siteText = """
        title: "Case files"
        organisation: Example Rights Foundation
        base_url: https://example.org/cases/
        language: en
        time_zone: Europe/Warsaw
        place: Warsaw
        text_width: 60
        end_mark: "###"
        contacts:
          - id: press
            name: Anna Nowak
            role: Press officer
            email: press@example.org
            phone: "+48 22 000 00 00"
          - id: director
            name: Jan Kowalski
        default_contacts: [press]

        """

    static let caseText = """
        ---
        name: Fixed Case
        native_name: Фиксированный
        country: Kazakhstan
        status: imprisoned
        detained: 2017-11
        charges: [Fraud]
        tags: [health]
        timeline:
          - date: 2018-01-02
            event: Sentenced in **Almaty**
        updated: 2026-01-01
        ---

        A fixed case with a note.[^1]

        [^1]: See https://example.org/report.

        """

    static let releaseText = """
        ---
        title: "A fixed release"
        date: 2026-11-02
        subtitle: "With a subtitle"
        cases: [fixed-case]
        read_also:
          - fixed-case
          - title: "Annual report"
            url: https://example.org/annual-report
        tags: [health]
        ---

        The foundation calls for the [release](/cases/fixed-case/) of a prisoner.[^a]

        | Year | Event |
        | ---- | ----- |
        | 2018 | Sentenced |

        [^a]: Reported on https://example.org/news.

        """
}
