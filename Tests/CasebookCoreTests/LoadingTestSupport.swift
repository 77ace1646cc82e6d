import Foundation

@testable import CasebookCore

/// A place in the file every inline test case is decoded as.
func at(_ line: Int, _ column: Int, in path: String = "c.md") -> SourceLocation {
    SourceLocation(path: path, line: line, column: column)
}

/// Decodes a case file written as frontmatter lines (the `---` lines are added around them).
func decodeCase(_ frontmatter: String, body: String = "Body\n") -> (CaseFile, [LoadError]) {
    CaseFileDecoder.decode("---\n" + frontmatter + "---\n" + body, path: "c.md", slug: "c")
}

/// The problems of a case file whose required keys are given, plus the lines in `extra`
/// (which start on line 5 of the file).
func caseErrors(_ extra: String) -> [LoadError] {
    decodeCase("name: A\ncountry: B\nstatus: imprisoned\n" + extra).1
}

/// The problems of a release whose required keys are given, plus `extra` (from line 4).
func releaseErrors(_ extra: String, siteZone: String = "UTC") -> [LoadError] {
    decodeRelease("title: T\ndate: 2019-10-15\n" + extra, siteZone: siteZone).1
}

/// Decodes a release written as frontmatter lines.
func decodeRelease(_ frontmatter: String, siteZone: String = "UTC") -> (Release, [LoadError]) {
    let zone = TimeZone(identifier: siteZone) ?? .gmt
    return ReleaseDecoder.decode(
        "---\n" + frontmatter + "---\nBody\n", path: "c.md", slug: "r", siteZone: zone)
}

/// Decodes site.yaml text.
func siteErrors(_ text: String) -> [LoadError] {
    SiteDecoder.decode(text, path: "site.yaml").1
}

/// A temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `files` (relative path → text) under `root`.
func write(_ files: [String: String], under root: URL) throws {
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
