import Foundation

/// What the last build read and wrote, kept in `.casebook/` beside the content folder, so that
/// the next build can tell what changed.
///
/// Three files of tab-separated lines (paths last): `build-state` holds what a build that
/// changes nothing needs (options, window, input stamps) and is read every time; `render-cache`
/// holds page fingerprints and lint reports, and `output-versions` the versions of the output's
/// files, read only when something changed. The versions are a file of their own because a
/// rebuild without a spare needs them first, to start laying its copy of the site out while it
/// reads the rest.
struct BuildState: Equatable, Sendable {
    /// Identifies the format; files in another format are ignored.
    static let header = "casebook-build-state\t7"
    static let headerFields = header.split(separator: "\t").map(String.init)

    /// Digest of the tool version and the options: a different one invalidates everything.
    var key: String
    /// Identifies the build; written into the output's marker file, so an output folder that
    /// another build replaced is noticed.
    var id: String
    /// The moments between which the same content is published the same way (nil: unbounded).
    var validFrom: Date?
    var validUntil: Date?
    /// How many files the output holds.
    var outputFiles: Int
    /// Stamps of every input file.
    var inputs: [String: InputStamp]
    /// When the scan that made `inputs` began (nanoseconds since 1970): stamps within the file
    /// system's time-stamp step of it are not trusted by the next build.
    var scanStart: Int64 = 0
    /// Fingerprint of the inputs each page was rendered from, by output path.
    var pages: [String: String] = [:]
    /// Markdown lint reports, one line each, by the hash of their file.
    var lint: [String: String] = [:]
    /// The digest of the index each body passed its checks against, by the hash of its file.
    var passed: [String: String] = [:]
    /// Digests of what single files show, by a key of the file and its use (`PageCache.digest`).
    var digests: [String: String] = [:]
    /// The versions of the files in the output and spare folders; saved with the state, and
    /// read back alone (`generations(in:id:)`).
    var generations = OutputGenerations()

    /// True when `now` is within the window in which the last build's publication holds.
    func covers(_ now: Date) -> Bool {
        (validFrom.map { $0 <= now } ?? true) && (validUntil.map { now < $0 } ?? true)
    }

    /// The state saved in `folder` without its render cache, or nil when there is none.
    static func load(from folder: String) -> BuildState? {
        var state = BuildState(key: "", id: "", outputFiles: 0, inputs: [:])
        let whole = CacheLine.forEach(in: folder + "/build-state") { fields in
            if fields.number == 0 { return (0..<fields.count).map { fields[$0] } == headerFields }
            switch fields.count {
            case 2 where fields.field(0, is: "key"): state.key = fields[1]
            case 2 where fields.field(0, is: "id"): state.id = fields[1]
            case 2 where fields.field(0, is: "files"):
                state.outputFiles = fields.integer(1).map(Int.init) ?? 0
            case 3 where fields.field(0, is: "window"):
                state.validFrom = Double(fields[1]).map(Date.init(timeIntervalSince1970:))
                state.validUntil = Double(fields[2]).map(Date.init(timeIntervalSince1970:))
            case 2 where fields.field(0, is: "scan"): state.scanStart = fields.integer(1) ?? 0
            case 7 where fields.field(0, is: "I"):
                guard let size = fields.integer(1), let modified = fields.integer(2),
                    let changed = fields.integer(3), let inode = fields.unsigned(4)
                else { return false }
                state.inputs[fields[6]] = InputStamp(
                    size: Int(size), modified: modified, changed: changed, inode: inode, hash: fields[5])
            default: return false
            }
            return true
        }
        return whole && !state.key.isEmpty ? state : nil
    }

    /// Adds the render cache saved in `folder` (empty when it cannot be read); the file versions
    /// are read alone (`generations(in:id:)`).
    mutating func loadRenderCache(from folder: String) {
        let header = Self.headerFields + [id]
        // Nothing is added before the first line is found to name this build.
        _ = CacheLine.forEach(in: folder + "/render-cache") { fields in
            if fields.number == 0 { return (0..<fields.count).map { fields[$0] } == header }
            if fields.count == 5, fields.field(0, is: "K") { reserveRoom(counts: fields) }
            guard fields.count == 3 else { return true }
            if fields.field(0, is: "P") {
                pages[fields[2]] = fields[1]
            } else if fields.field(0, is: "L") {
                lint[fields[1]] = fields[2]
            } else if fields.field(0, is: "C") {
                passed[fields[1]] = fields[2]
            } else if fields.field(0, is: "D") {
                digests[fields[1]] = fields[2]
            }
            return true
        }
    }

    /// The versions of the output's and the spare's files that the build `id` saved in `folder`;
    /// nil when there are none, or they are another build's.
    static func generations(in folder: String, id: String) -> OutputGenerations? {
        let header = headerFields + [id]
        var generations = OutputGenerations()
        let whole = CacheLine.forEach(in: folder + "/output-versions") { fields in
            if fields.number == 0 { return (0..<fields.count).map { fields[$0] } == header }
            switch fields.count {
            case 2 where fields.field(0, is: "N"): generations.build = fields.integer(1).map(Int.init) ?? 0
            case 2 where fields.field(0, is: "G"): generations.spareID = fields[1]
            case 3 where fields.field(0, is: "K"):
                generations.output.reserveCapacity(fields.roomFor(1))
                generations.spare.reserveCapacity(fields.roomFor(2))
            case 3 where fields.field(0, is: "O"):
                generations.output[fields[2]] = fields.integer(1).map(Int.init)
            case 3 where fields.field(0, is: "S"):
                generations.spare[fields[2]] = fields.integer(1).map(Int.init)
            default: return false
            }
            return true
        }
        return whole ? generations : nil
    }

    /// Reserves room in each table for as many entries as the saved cache says it holds, so that
    /// none is rehashed as it grows: thousands of entries each, read by every rebuild.
    private mutating func reserveRoom(counts fields: CacheLine) {
        pages.reserveCapacity(fields.roomFor(1))
        lint.reserveCapacity(fields.roomFor(2))
        passed.reserveCapacity(fields.roomFor(3))
        digests.reserveCapacity(fields.roomFor(4))
    }

    /// Removes the state saved in `folder`. Done just before a swap: a build killed after its swap
    /// but before saving its own state must not leave a state that describes the site it replaced,
    /// whose id an output of the same content shares.
    static func forget(in folder: String) {
        FileSystem.remove(folder + "/build-state")
    }

    /// Saves the state in `folder`, creating it; a failure only costs the next build its shortcut.
    func save(to folder: String) {
        var state = CacheLines()
        state.line(Self.headerFields)
        state.line("key", key)
        state.line("id", id)
        state.line("files", String(outputFiles))
        state.line(
            "window", validFrom.map { String($0.timeIntervalSince1970) } ?? "-",
            validUntil.map { String($0.timeIntervalSince1970) } ?? "-")
        state.line("scan", String(scanStart))
        // In no particular order: each file is read back into a dictionary, and sorting its
        // lines took a rebuild that changed one file of 2,000 a thirtieth of its time, at its end.
        for (path, stamp) in inputs where CacheFile.fitsOneField(path) {
            state.line(
                "I", String(stamp.size), String(stamp.modified), String(stamp.changed), String(stamp.inode),
                stamp.hash, path)
        }
        // The file versions and the render cache are written first, the cache a line at a time
        // as it goes to disk (it holds a line per page): a state naming an id always finds them.
        var versions = CacheLines()
        versions.line(Self.headerFields + [id])
        versions.line("K", String(generations.output.count), String(generations.spare.count))
        versions.line("N", String(generations.build))
        if let spareID = generations.spareID { versions.line("G", spareID) }
        for (path, version) in generations.output where CacheFile.fitsOneField(path) {
            versions.line("O", String(version), path)
        }
        for (path, version) in generations.spare where CacheFile.fitsOneField(path) {
            versions.line("S", String(version), path)
        }
        guard CacheFile.write(versions.bytes, to: folder + "/output-versions"),
            var file = CacheFileStream(path: folder + "/render-cache")
        else {
            FileSystem.remove(folder + "/build-state")
            return
        }
        var cache = CacheLines()
        func line(_ fields: [String]) {
            cache.line(fields)
            if cache.bytes.count >= 1 << 16 { file.write(&cache) }
        }
        line(Self.headerFields + [id])
        // How many entries each table holds, for the reader to make room (`reserveRoom`).
        line(["K"] + [pages, lint, passed, digests].map { String($0.count) })
        for (path, fingerprint) in pages where CacheFile.fitsOneField(path) {
            line(["P", fingerprint, path])
        }
        for (hash, report) in lint { line(["L", hash, report]) }
        for (hash, index) in passed { line(["C", hash, index]) }
        for (key, digest) in digests { line(["D", key, digest]) }
        file.write(&cache)
        guard file.finish(), CacheFile.write(state.bytes, to: folder + "/build-state")
        else {
            FileSystem.remove(folder + "/build-state")
            return
        }
    }
}

/// The bytes of a cache file being written, a line of tab-separated fields at a time: appended
/// as bytes, which cost a third of building the same text as a string.
struct CacheLines {
    private(set) var bytes: [UInt8] = []

    /// Appends one line of `fields`, separated by tabs.
    mutating func line(_ fields: String...) { line(fields) }

    /// Empties the lines, keeping their buffer (after a `CacheFileStream` took what they held).
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends one line of `fields`, separated by tabs.
    mutating func line(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(0x09) }
            var field = field
            field.withUTF8 { bytes.append(contentsOf: $0) }
        }
        bytes.append(0x0A)
    }
}

/// Reading and writing the cache's tab-separated files quickly: they hold a line per input.
enum CacheFile {
    /// True when `text` can be one field of a line: it holds no tab and no line break. Over
    /// bytes: `String.contains` with a string argument goes through Foundation's search, which
    /// cost a thousand times more, once for every path of every build.
    static func fitsOneField(_ text: String) -> Bool {
        var text = text
        return !text.withUTF8 { $0.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
    }

    /// Writes a file whole: to a temporary name, then renamed over the old one.
    static func write(_ text: String, to path: String) -> Bool {
        write(to: path) { (temporary: String) throws(OutputError) in
            try FileSystem.write(text, to: temporary)
        }
    }

    /// Writes bytes whole: to a temporary name, then renamed over the old one.
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        write(to: path) { (temporary: String) throws(OutputError) in
            try FileSystem.write(bytes, to: temporary)
        }
    }

    private static func write(to path: String, with writeFile: (String) throws(OutputError) -> Void) -> Bool {
        do {
            try FileSystem.makeFolders(FolderPath.parent(of: path))
            try writeFile(path + ".new")
            return FileSystem.rename(path + ".new", to: path)
        } catch {
            return false
        }
    }
}

extension CacheLine {
    /// The count of entries field `index` gives, for a table to reserve room for; bounded, so
    /// that a damaged file cannot ask for more memory than a site could use.
    fileprivate func roomFor(_ index: Int) -> Int {
        integer(index).map { Int(clamping: min(max($0, 0), 1 << 20)) } ?? 0
    }
}
