import Foundation

/// What the last build read and wrote, kept in `.casebook/build-state` beside the content
/// folder, so that the next build can tell what changed.
///
/// The format is tab-separated lines (paths last), read and written in milliseconds: a
/// scheduled build that finds nothing changed must cost almost nothing.
struct BuildState: Equatable, Sendable {
    /// Identifies the format; a state in another format is ignored.
    static let header = "casebook-build-state\t2"

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
    /// Fingerprint of the inputs each case or release page was rendered from, by output path.
    var pages: [String: String]
    /// Markdown lint reports, one line each, by the hash of their file.
    var lint: [String: String] = [:]

    /// True when `now` is within the window in which the last build's publication holds.
    func covers(_ now: Date) -> Bool {
        (validFrom.map { $0 <= now } ?? true) && (validUntil.map { now < $0 } ?? true)
    }

    /// The state saved in `folder`, or nil when there is none or it cannot be read.
    static func load(from folder: String) -> BuildState? {
        guard let data = FileSystem.read(folder + "/build-state") else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == header else { return nil }
        var state = BuildState(key: "", id: "", outputFiles: 0, inputs: [:], pages: [:])
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("key", 2): state.key = fields[1]
            case ("id", 2): state.id = fields[1]
            case ("files", 2): state.outputFiles = Int(fields[1]) ?? 0
            case ("window", 3):
                state.validFrom = Double(fields[1]).map(Date.init(timeIntervalSince1970:))
                state.validUntil = Double(fields[2]).map(Date.init(timeIntervalSince1970:))
            case ("I", 5):
                guard let size = Int(fields[1]), let modified = Int64(fields[2]) else { return nil }
                state.inputs[fields[4]] = InputStamp(size: size, modified: modified, hash: fields[3])
            case ("P", 3): state.pages[fields[2]] = fields[1]
            case ("L", 3): state.lint[fields[1]] = fields[2]
            case (_, 1) where line.isEmpty: continue
            default: return nil
            }
        }
        return state.key.isEmpty ? nil : state
    }

    /// Saves the state in `folder`, creating it; a failure only costs the next build its shortcut.
    func save(to folder: String) {
        var text = Self.header + "\nkey\t\(key)\nid\t\(id)\nfiles\t\(outputFiles)\n"
        let from = validFrom.map { String($0.timeIntervalSince1970) } ?? "-"
        let until = validUntil.map { String($0.timeIntervalSince1970) } ?? "-"
        text += "window\t\(from)\t\(until)\n"
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) where !path.contains("\t") {
            text += "I\t\(stamp.size)\t\(stamp.modified)\t\(stamp.hash)\t\(path)\n"
        }
        for (path, fingerprint) in pages.sorted(by: { $0.key < $1.key }) where !path.contains("\t") {
            text += "P\t\(fingerprint)\t\(path)\n"
        }
        for (hash, report) in lint.sorted(by: { $0.key < $1.key }) {
            text += "L\t\(hash)\t\(report)\n"
        }
        do {
            try FileSystem.makeFolders(folder)
            try FileSystem.write(Array(text.utf8), to: folder + "/build-state.new")
            _ = FileSystem.rename(folder + "/build-state.new", to: folder + "/build-state")
        } catch {
            FileSystem.remove(folder + "/build-state")
        }
    }
}
