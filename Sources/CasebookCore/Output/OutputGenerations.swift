/// Which version of each file the output folder and the spare folder beside it hold, so that
/// a build can bring the spare (the site before the current one) up to date by touching only
/// the files that differ, then swap it in.
struct OutputGenerations: Sendable, Equatable {
    /// The number of the last build; the next build writes its new files as version `build + 1`.
    var build: Int
    /// The version of each file in the output folder.
    var output: [String: Int]
    /// The build id in the spare folder's marker when it was last left whole, and the version
    /// of each of its files; nil when there is no spare to trust.
    var spareID: String?
    var spare: [String: Int]

    /// Creates generations.
    init(
        build: Int = 0, output: [String: Int] = [:], spareID: String? = nil, spare: [String: Int] = [:]
    ) {
        self.build = build
        self.output = output
        self.spareID = spareID
        self.spare = spare
    }
}
