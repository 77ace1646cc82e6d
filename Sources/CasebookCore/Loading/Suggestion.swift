import Foundation

/// "Did you mean …?": the known word closest to a misspelt one.
package enum Suggestion {
    /// The candidate closest to `word`, if one is within a few edits (more for longer words).
    package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// The candidate nearest to `word` when one is near enough to be worth naming: one that
    /// contains what was typed (a release slug typed without its date), else the closest
    /// within half the word's length in edits.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if lowered.count >= 4, let containing = candidates.first(where: { $0.lowercased().contains(lowered) })
        {
            return containing
        }
        let ranked = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = ranked.min(by: { $0.1 < $1.1 }), best.1 <= max(word.count / 2, 1) else { return nil }
        return best.0
    }

    /// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
    /// substitutions and swaps of two neighbours each count one.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        var rows = DistanceRows()
        return rows.distance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars), limit: Int.max)
    }

    /// Known words prepared once, for a checker that asks about many misspelt words: a file that
    /// names thousands of unknown cases must not lower-case every known slug thousands of times.
    /// They are prepared when the first misspelt word comes: most builds have none, and
    /// preparing every slug of a large site on each was a sizeable part of its checks.
    struct Candidates {
        private let prepared: PreparedWords

        /// Candidates in the order given; of two equally close, the first wins.
        init(_ words: some Sequence<String>) {
            prepared = PreparedWords(Array(words))
        }

        /// The candidate closest to `word`, if one is within a few edits (more for longer words).
        func closest(to word: String) -> String? {
            let limit = word.count <= 3 ? 1 : word.count <= 7 ? 2 : 3
            let lowered = Array(word.lowercased().unicodeScalars)
            var rows = DistanceRows()
            var best: (candidate: String, distance: Int)?
            for (candidate, scalars) in prepared.words where candidate != word {
                // Each edit changes the length by at most one, so a word much longer or shorter is too far.
                guard abs(scalars.count - lowered.count) <= limit else { continue }
                let distance = rows.distance(lowered, scalars, limit: limit)
                if distance <= limit, distance < word.count, distance < (best?.distance ?? Int.max) {
                    best = (candidate, distance)
                }
            }
            return best?.candidate
        }
    }

    /// The candidates with their lower-case scalars, made the first time they are asked for.
    private final class PreparedWords: @unchecked Sendable {
        private let lock = NSLock()
        private let given: [String]
        private var prepared: [(word: String, scalars: [Unicode.Scalar])]?

        init(_ given: [String]) {
            self.given = given
        }

        var words: [(word: String, scalars: [Unicode.Scalar])] {
            lock.withLock {
                if let prepared { return prepared }
                let words = given.map { ($0, Array($0.lowercased().unicodeScalars)) }
                prepared = words
                return words
            }
        }
    }

    /// The three rows of the distance table, kept from one comparison to the next.
    private struct DistanceRows {
        var beforePrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []

        /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`.
        mutating func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
            if a.isEmpty { return b.count }
            if b.isEmpty { return a.count }
            if current.count < b.count + 1 {
                beforePrevious = Array(repeating: 0, count: b.count + 1)
                previous = beforePrevious
                current = beforePrevious
            }
            for j in 0...b.count { current[j] = j }
            for i in 1...a.count {
                swap(&beforePrevious, &previous)
                swap(&previous, &current)
                current[0] = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        current[j] = min(current[j], beforePrevious[j - 2] + 1)
                    }
                }
                // No later cell is smaller than the smallest of this row and, for a swap, the one before.
                if (current[...b.count].min() ?? 0) > limit, (previous[...b.count].min() ?? 0) > limit {
                    return limit + 1
                }
            }
            return current[b.count]
        }
    }
}
