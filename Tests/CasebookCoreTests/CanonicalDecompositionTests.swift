import Foundation
import Testing

@testable import CasebookCore

/// The search folds characters through ICU's canonical decompositions; they must give what
/// Foundation's decomposed strings gave, for every character the folding looks at.
@Suite struct CanonicalDecompositionTests {
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    @Test func accentsComeApartFromTheirLetters() {
        #expect(CanonicalDecomposition.scalars(of: "é") == ["e", "\u{301}"])
        #expect(CanonicalDecomposition.scalars(of: "Ǖx") == ["U", "\u{308}", "\u{304}", "x"])
        #expect(CanonicalDecomposition.scalars(of: "й") == ["и", "\u{306}"])
        #expect(CanonicalDecomposition.scalars(of: "ł") == ["ł"])
        #expect(CanonicalDecomposition.scalars(of: "") == [])
    }

    /// Every character up to U+3000 and the Latin, Greek and Cyrillic of the folding table, alone
    /// and lower-cased: the letters (all but the marks, which the folding drops) are Foundation's.
    @Test func lettersAreFoundationsForEveryCharacterOfTheTable() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), scalar.properties.lowercaseMapping] {
                let expected = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    !Self.isMark($0)
                }
                let decomposed = CanonicalDecomposition.scalars(of: text).filter { !Self.isMark($0) }
                #expect(decomposed == Array(expected), "U+\(String(value, radix: 16))")
            }
        }
    }
}
