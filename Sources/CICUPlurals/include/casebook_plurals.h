#ifndef CASEBOOK_PLURALS_H
#define CASEBOOK_PLURALS_H

/// CLDR plural rules of one language, from Debian's libicu. The header names no ICU type, so
/// Swift never sees ICU's headers beside the copy of ICU that Foundation carries.
typedef struct casebook_plural_rules casebook_plural_rules;

/// The rules of `locale` ("ru", "pl"), or NULL when ICU cannot open them.
casebook_plural_rules *casebook_plural_rules_open(const char *locale);

/// Writes the CLDR category of `number` ("one", "few", "many", "other", …) into `keyword`, NUL
/// terminated; returns its length, or -1 on failure. Safe to call from several threads at once.
int casebook_plural_rules_select(const casebook_plural_rules *rules, double number, char *keyword,
                                 int capacity);

/// Frees rules made by `casebook_plural_rules_open`.
void casebook_plural_rules_close(casebook_plural_rules *rules);

#endif
