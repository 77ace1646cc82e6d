/// Carrying out the render plan: the one place where rendered files meet the disk.
extension OutputWriter {
    /// Carries out every job, `jobs` at a time, started in the order listed (one that waits for
    /// the earlier ones, once they finished): each keeps its files from the last build when it
    /// may (see `RenderJob.Reuse`), or makes them and adds them to the new site. The bytes of
    /// every file are the same whatever `jobs` is: a job depends only on the content, never on
    /// the order jobs finish in. `fingerprints` is nil when the build keeps no record between
    /// runs: then every file with a fingerprint is made.
    package func run(_ renderJobs: [RenderJob], jobs: Int, fingerprints: (any FingerprintLedger)?) throws {
        for stretch in stretches(of: renderJobs) {
            try Parallel.forEach(stretch, jobs: jobs) { job in
                guard let make = try maker(of: job, fingerprints: fingerprints) else { return }
                for file in try make() { try add(file) }
            }
        }
    }

    /// The jobs cut before each one that waits for the earlier ones: the stretches run one
    /// after another, the jobs of each side by side.
    private func stretches(of renderJobs: [RenderJob]) -> [[RenderJob]] {
        var stretches: [[RenderJob]] = []
        for job in renderJobs {
            if job.waitsForEarlierJobs || stretches.isEmpty {
                stretches.append([job])
            } else {
                stretches[stretches.count - 1].append(job)
            }
        }
        return stretches
    }

    /// What makes the job's files, or nil when its reuse rule allows keeping them from the last
    /// build and they are all still there.
    private func maker(
        of job: RenderJob, fingerprints: (any FingerprintLedger)?
    ) throws -> (() throws -> [OutputFile])? {
        switch job.reuse {
        case .never:
            return job.make
        case .sameFingerprint(let makeFingerprint):
            guard let fingerprints, try keeps(job.paths, fingerprint: makeFingerprint(), in: fingerprints)
            else {
                return job.make
            }
            return nil
        case .sameModel(let fromModel):
            guard let fingerprints else { return job.make }
            let model = fromModel()
            guard try keeps(job.paths, fingerprint: model.fingerprint, in: fingerprints) else {
                return model.make
            }
            return nil
        case .whilePresent(let kept):
            guard try job.paths.allSatisfy(keep) else { return job.make }
            job.paths.forEach(kept)
            return nil
        }
    }

    /// Keeps the files at `paths` from the last build when it made them all from inputs with
    /// `fingerprint` and they are all still there.
    private func keeps(
        _ paths: [String], fingerprint: String, in fingerprints: any FingerprintLedger
    ) throws -> Bool {
        // Noted whether kept or made: either way the files now come from these inputs.
        paths.forEach { fingerprints.record($0, fingerprint: fingerprint) }
        guard paths.allSatisfy({ fingerprints.isUnchanged($0, fingerprint: fingerprint) }) else {
            return false
        }
        return try paths.allSatisfy(keep)
    }
}
