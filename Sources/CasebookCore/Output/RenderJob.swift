/// One piece of a build's output, as the render plan lists it: the files it makes, when they
/// may be kept from the last build instead, and how to make them. The writer carries it out
/// (`OutputWriter.run`); making the files never touches the output folder.
package struct RenderJob: Sendable {
    /// When the writer may keep a job's files from the last build instead of making them.
    package enum Reuse: Sendable {
        /// Never: the files are made on every build (unchanged bytes still keep their time stamp).
        case never
        /// When the last build made every one of them from inputs with the fingerprint this
        /// gives, and they are all still in the output. It is worked out when the job is carried
        /// out, on the writer's threads (for cases.json, reading a digest of each case).
        case sameFingerprint(@Sendable () -> String)
        /// Like `sameFingerprint`, for a job whose files are made from the model its fingerprint
        /// comes from (a list page): the model is built once, with the fingerprint, and the
        /// files are made from it when they cannot be kept.
        case sameModel(@Sendable () -> ModelFingerprint)
        /// When they are all still in the output: their names change whenever their bytes do.
        /// `kept` hears of each file kept.
        case whilePresent(kept: @Sendable (String) -> Void)
    }

    /// The paths of the files the job makes, relative to the output folder.
    package let paths: [String]
    /// When the files may be kept from the last build.
    package let reuse: Reuse
    /// Makes the files; it may read sources and note what it saw, but writes nothing.
    package let make: @Sendable () throws -> [OutputFile]
    /// True when making the files reads what earlier jobs noted while they ran (search.json
    /// takes the words the pages folded): the writer starts the job only once every job listed
    /// before it has finished. Jobs listed after it may run beside it.
    package var waitsForEarlierJobs = false

    /// A job that makes the files at `paths` with `make`.
    package init(paths: [String], reuse: Reuse, make: @escaping @Sendable () throws -> [OutputFile]) {
        self.paths = paths
        self.reuse = reuse
        self.make = make
    }

    /// A job for a file already made (a theme asset): nothing to render, only to write.
    package init(_ file: OutputFile) {
        self.init(paths: [file.path], reuse: .never) { [file] }
    }
}

/// Where the writer learns which files the last build made from which inputs, and notes the
/// fingerprint each file of this build was made or kept with, for the next one. The build's
/// incremental record provides it; the writer only asks.
package protocol FingerprintLedger: Sendable {
    /// True when the last build made `path` from inputs with this fingerprint.
    func isUnchanged(_ path: String, fingerprint: String) -> Bool
    /// Notes that this build made or kept `path` with `fingerprint`.
    func record(_ path: String, fingerprint: String)
}

/// A job's fingerprint worked out from a model, with what makes the job's files from that model.
package struct ModelFingerprint {
    package let fingerprint: String
    package let make: () throws -> [OutputFile]

    package init(_ fingerprint: String, make: @escaping () throws -> [OutputFile]) {
        self.fingerprint = fingerprint
        self.make = make
    }
}
