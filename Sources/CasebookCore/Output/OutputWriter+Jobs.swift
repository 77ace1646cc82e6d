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
                if try keepsFiles(of: job, fingerprints: fingerprints) { return }
                for file in try job.make() { try add(file) }
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

    /// Keeps the job's files from the last build when its reuse rule allows and they are all
    /// still there; false when they must be made.
    private func keepsFiles(of job: RenderJob, fingerprints: (any FingerprintLedger)?) throws -> Bool {
        switch job.reuse {
        case .never:
            return false
        case .sameFingerprint(let makeFingerprint):
            guard let fingerprints else { return false }
            let fingerprint = makeFingerprint()
            // Noted whether kept or made: either way the files now come from these inputs.
            job.paths.forEach { fingerprints.record($0, fingerprint: fingerprint) }
            guard job.paths.allSatisfy({ fingerprints.isUnchanged($0, fingerprint: fingerprint) }) else {
                return false
            }
            return try job.paths.allSatisfy(keep)
        case .whilePresent(let kept):
            guard try job.paths.allSatisfy(keep) else { return false }
            job.paths.forEach(kept)
            return true
        }
    }
}
