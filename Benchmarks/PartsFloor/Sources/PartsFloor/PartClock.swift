import Glibc

/// CPU time of this thread, summed per part of the work.
struct PartClock {
    enum Part: String, CaseIterable {
        case read, yaml, markdown, templates, write
    }

    private var seconds: [Part: Double] = [:]

    mutating func time<T>(_ part: Part, _ work: () throws -> T) rethrows -> T {
        let start = Self.threadCPU()
        defer { seconds[part, default: 0] += Self.threadCPU() - start }
        return try work()
    }

    /// One line the benchmark reads: `parts-floor cpu: read=0.12 yaml=0.98 … total=3.10`.
    var summary: String {
        let parts = Part.allCases.map { "\($0.rawValue)=\(format(seconds[$0, default: 0]))" }
        let total = seconds.values.reduce(0, +)
        return "parts-floor cpu: " + parts.joined(separator: " ") + " total=\(format(total))"
    }

    private func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private static func threadCPU() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
