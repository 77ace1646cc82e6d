/// The model of the plain-text release frame (template `release.txt`): pieces already laid out
/// and wrapped to the site's `text_width`; the frame only arranges them.
struct TextReleasePage: TemplateModel {
    /// "FOR IMMEDIATE RELEASE" or the embargo line; nil when site.yaml drops it.
    var releaseLine: String?
    /// `WARSAW, 24 August 2017`.
    var dateline: String
    /// The title in capitals.
    var headline: String
    var subtitle: String?
    var body: String
    /// The numbered notes with their URLs.
    var notes: String?
    /// "- Title" and its URL for each entry of "Read also".
    var readAlso: String?
    var contacts: String?
    /// `###` or the site's `end_mark`.
    var endMark: String
    /// The frame's words (`labels.notes`, `labels.readAlsoText`, `labels.contactText`) in the
    /// release's language.
    var labels: Labels

    static let templateFields: [TemplateField<TextReleasePage>] = [
        .text("releaseLine", \.releaseLine), .text("dateline", \.dateline), .text("headline", \.headline),
        .text("subtitle", \.subtitle), .text("body", \.body), .text("notes", \.notes),
        .text("readAlso", \.readAlso), .text("contacts", \.contacts), .text("endMark", \.endMark),
        .object("labels", \.labels),
    ]
}
