/// One build at a time per output folder.
extension BuildRecord {
    /// Checks that the output stays apart from the content and theme folders, then takes the
    /// lock of the output folder and of its cache, in that order (every build takes them in the
    /// same order, so two never wait on each other). A build that finds them held waits up to
    /// `options.lockWait` seconds, then gives up without touching anything.
    static func lock(_ options: BuildOptions, cacheFolder: String) throws -> [BuildLock] {
        do {
            let destination = try OutputWriter.resolvedDestination(options.outputFolder)
            try OutputWriter.checkApart(destination, from: [options.contentFolder, options.templatesFolder])
            let output = try BuildLock.acquire(
                OutputWriter.lockPath(for: destination), for: options.outputFolder,
                waitingUpTo: options.lockWait)
            let cache = try BuildLock.acquire(
                cacheFolder + "/lock", for: cacheFolder, waitingUpTo: options.lockWait)
            return [cache, output]
        } catch {
            throw DiagnosticsError([error.diagnostic])
        }
    }
}
