import Foundation

/// Files decoded by an earlier build, which the loader reuses for files whose bytes did not
/// change. The build's incremental record provides them (`DecodedCache`); declared here so
/// that loading knows only what it asks for.
protocol DecodedFiles: Sendable {
    /// The case file at `path`, as decoded before or from `decode`.
    func caseFile(at path: String, decode: () -> (CaseFile, [LoadError])) -> (CaseFile, [LoadError])
    /// The release at `path` read in the site's zone `zone`, as decoded before or from `decode`.
    func release(at path: String, zone: TimeZone, decode: () -> (Release, [LoadError])) -> (
        Release, [LoadError]
    )
}
