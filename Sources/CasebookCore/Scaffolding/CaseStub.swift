/// The text of a new case file: every key present or commented, marked as a draft.
struct CaseStub: Sendable {
    /// The person's name as typed.
    var name: String
    /// The country written in the stub: the one most cases of the site already name.
    var country: String

    /// Creates a stub for `name`.
    init(name: String, country: String = "Country") {
        self.name = name
        self.country = country
    }

    /// The file's slug, made from the name in any script; nil when the name has no letters.
    var slug: String? { Transliteration.slug(from: name) }

    /// The whole file.
    var text: String {
        let latin = Transliteration.ascii(name)
        let nativeName = latin == name ? "# native_name: \"\"" : "native_name: \(YAMLText.quoted(name))"
        let displayName = latin == name ? name : latin.split(separator: " ").joined(separator: " ")
        return """
            ---
            # The name as your organisation spells it in English.
            name: \(YAMLText.quoted(displayName))
            # The name in its own script.
            \(nativeName)
            # Other spellings journalists may search for.
            # aliases:
            #   - ""
            # The country that holds or prosecutes them.
            country: \(YAMLText.quoted(country))
            # pre-trial-detention, imprisoned, house-arrest, restricted-freedom,
            # psychiatric-detention, released, abroad or deceased.
            status: pre-trial-detention
            # When they were detained: 2017, 2017-11 or 2017-11-09.
            # detained: 2017-11
            # Where they are held now.
            # facility: ""
            # The charges, one per line, with article numbers where known.
            # charges:
            #   - ""
            # sentence: 7 years
            # Decisions of UN bodies on the case.
            # un_decisions:
            #   - body: UN Working Group on Arbitrary Detention
            #     reference: Opinion No. 00/2020
            #     date: 2020
            #     url: https://
            # Other case files connected to this one, by file name without .md.
            # related:
            #   - other-case
            # tags: [health]
            # One short paragraph (at most 300 characters) for lists and the feed.
            # summary: >-
            #   ...
            # Dated events, oldest first.
            # timeline:
            #   - date: 2017-11
            #     event: "Arrested."
            #     source: https://
            # updated: 2020-01-31
            # Remove this line (or write false) when the case may be published.
            draft: true
            ---

            Write who \(displayName) is and what happened, with a source for every fact.

            """
    }
}
