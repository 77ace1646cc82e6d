// The one file that calls ICU's plural rules (unicode/upluralrules.h, libicu-dev).
#include "casebook_plurals.h"

#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

casebook_plural_rules *casebook_plural_rules_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_open(locale, &status);
    if (U_FAILURE(status)) {
        if (rules) uplrules_close(rules);
        return NULL;
    }
    return (casebook_plural_rules *)rules;
}

int casebook_plural_rules_select(const casebook_plural_rules *rules, double number, char *keyword,
                                 int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar buffer[32];
    int32_t length = uplrules_select((const UPluralRules *)rules, number, buffer, 32, &status);
    if (U_FAILURE(status) || length < 0 || length >= capacity || length >= 32) return -1;
    u_UCharsToChars(buffer, keyword, length);
    keyword[length] = 0;
    return length;
}

void casebook_plural_rules_close(casebook_plural_rules *rules) {
    uplrules_close((UPluralRules *)rules);
}
