import CICUPlurals
import Foundation

/// CLDR's plural rules for one language, from Debian's libicu: which form of a counted phrase a
/// number takes (ru: 1 дело, 3 дела, 5 дел, 21 дело). The only file that calls CICUPlurals.
final class PluralRules: @unchecked Sendable {
    // ICU's rules are immutable once opened; `uplrules_select` may be called from any thread.
    private let rules: OpaquePointer?

    /// The rules of `locale` (`ru`, `pl`, `en-GB`); English's ("one" for 1, "other" otherwise)
    /// when ICU cannot open them.
    init(locale: String) {
        rules = casebook_plural_rules_open(locale.replacingOccurrences(of: "-", with: "_"))
    }

    deinit {
        if let rules { casebook_plural_rules_close(rules) }
    }

    /// The category of a whole number.
    func category(of count: Int) -> PluralCategory {
        category(of: Double(count))
    }

    /// The category of a number.
    func category(of number: Double) -> PluralCategory {
        guard let rules else { return number == 1 ? .one : .other }
        var keyword = [CChar](repeating: 0, count: 16)
        let length = casebook_plural_rules_select(rules, number, &keyword, Int32(keyword.count))
        guard length > 0 else { return .other }
        let name = String(decoding: keyword.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return PluralCategory(rawValue: name) ?? .other
    }
}
