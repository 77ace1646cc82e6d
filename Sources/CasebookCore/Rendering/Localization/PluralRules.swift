import Foundation
// The ICU that Foundation carries and links into the program (its dates already come from it).
// Its C functions are renamed with a `swift_` prefix, so that they never clash with another
// ICU in the same process.
import _FoundationICU

/// CLDR's plural rules for one language, from the ICU inside Foundation: which form of a counted
/// phrase a number takes (ru: 1 дело, 3 дела, 5 дел, 21 дело). The only file that calls ICU's
/// plural rules. A second ICU, Debian's libicu, would map several megabytes of code and data
/// into every build for these few rules.
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
