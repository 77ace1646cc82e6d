extension CaseFile {
    /// Where a key or list entry was written, or the start of the file when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension Release {
    /// Where a key or list entry was written, or the start of the file when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension Site {
    /// Where a key or list entry was written, or the start of site.yaml when that is not known.
    func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? location
    }
}

extension Content {
    /// Drops where each key of each case, release and page was written (messages then point at the
    /// start of the file), for the stages after the checks, which never report a key.
    mutating func forgetKeyLocations() {
        for index in cases.indices { cases[index].locations = [:] }
        for index in releases.indices { releases[index].locations = [:] }
        for index in pages.indices { pages[index].locations = [:] }
    }
}
