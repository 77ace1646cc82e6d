extension CaseFile {
    /// Where a key or list entry was written, or the start of the file when that is not known.
    public func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension Release {
    /// Where a key or list entry was written, or the start of the file when that is not known.
    public func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(path: source.path)
    }
}

extension Site {
    /// Where a key or list entry was written, or the start of site.yaml when that is not known.
    public func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? location
    }
}
