import Foundation
// The ICU that Foundation carries and links into the program (its dates already come from it).
// Its C functions are renamed with a `swift_` prefix, so that they never clash with another
// ICU in the same process.
import _FoundationICU

// The only file that calls ICU: its plural rules and its canonical decompositions. A second
// ICU, Debian's libicu, would map several megabytes of code and data into every build for these
// few calls.

/// CLDR's plural rules for one language, from the ICU inside Foundation: which form of a counted
/// phrase a number takes (ru: 1 дело, 3 дела, 5 дел, 21 дело).
final class PluralRules: @unchecked Sendable {
    // ICU's rules are immutable once opened; `uplrules_select` may be called from any thread.
    private let rules: OpaquePointer?

    /// The rules of `locale` (`ru`, `pl`, `en-GB`); English's ("one" for 1, "other" otherwise)
    /// when ICU cannot open them.
    init(locale: String) {
        var status = U_ZERO_ERROR
        let opened = swift_uplrules_open(locale.replacingOccurrences(of: "-", with: "_"), &status)
        if status.rawValue > U_ZERO_ERROR.rawValue {
            if let opened { swift_uplrules_close(opened) }
            rules = nil
        } else {
            rules = opened
        }
    }

    deinit {
        if let rules { swift_uplrules_close(rules) }
    }

    /// The category of a whole number.
    func category(of count: Int) -> PluralCategory {
        category(of: Double(count))
    }

    /// The category of a number.
    func category(of number: Double) -> PluralCategory {
        guard let rules else { return number == 1 ? .one : .other }
        // The longest keyword is five letters ("other"); ICU writes UTF-16.
        var keyword = [UChar](repeating: 0, count: 16)
        var status = U_ZERO_ERROR
        let length = swift_uplrules_select(rules, number, &keyword, Int32(keyword.count), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue, length > 0, length < keyword.count else {
            return .other
        }
        return PluralCategory(rawValue: String(decoding: keyword.prefix(Int(length)), as: UTF16.self))
            ?? .other
    }
}

/// Unicode's canonical decomposition (NFD) of text, character by character, from ICU's tables:
/// "é" is "e" and U+0301. Foundation's `decomposedStringWithCanonicalMapping` gives the same
/// characters through a bridged string, at about twenty times the cost: the search folds
/// a table of 1,328 characters this way on every build.
enum CanonicalDecomposition {
    /// The scalars of `text`, each replaced by its full canonical decomposition. Combining marks
    /// are not put in canonical order, as NFD would put them: for text whose marks are dropped,
    /// as the search folding drops them, the rest comes out the same.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var status = U_ZERO_ERROR
        guard let nfd = swift_unorm2_getNFDInstance(&status), status.rawValue <= U_ZERO_ERROR.rawValue else {
            return Array(text.unicodeScalars)
        }
        var result: [Unicode.Scalar] = []
        // No character decomposes into more than 18 UTF-16 units (U+FDFA); 32 leaves room.
        var units = [UChar](repeating: 0, count: 32)
        for scalar in text.unicodeScalars {
            status = U_ZERO_ERROR
            let length = swift_unorm2_getDecomposition(
                nfd, UChar32(bitPattern: scalar.value), &units, Int32(units.count), &status)
            guard length > 0, status.rawValue <= U_ZERO_ERROR.rawValue else {
                result.append(scalar)
                continue
            }
            var index = 0
            while index < Int(length) {
                var value = UInt32(units[index])
                index += 1
                if UTF16.isLeadSurrogate(units[index - 1]), index < Int(length) {
                    value = 0x10000 + (value - 0xD800) << 10 + (UInt32(units[index]) - 0xDC00)
                    index += 1
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        return result
    }
}
