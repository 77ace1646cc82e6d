/// Casebook's version; part of the incremental cache's key, so a new version re-renders everything.
public enum CasebookVersion {
    /// The version string shown by `casebook --version`.
    public static let current = "0.1.0"
}
