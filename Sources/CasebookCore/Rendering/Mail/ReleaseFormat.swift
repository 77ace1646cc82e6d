/// The forms `casebook release` prints a release in.
package enum ReleaseFormat: String, CaseIterable, Sendable {
    /// The plain-text release, as `releases/<slug>.txt`.
    case text
    /// An e-mail message to open as a draft, as `releases/<slug>.eml` in a review build.
    case eml
    /// The e-mail's HTML part on its own: the release as a self-contained page.
    case html
}
