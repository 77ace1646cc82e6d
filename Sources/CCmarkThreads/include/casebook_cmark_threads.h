#ifndef CASEBOOK_CMARK_THREADS_H
#define CASEBOOK_CMARK_THREADS_H

/* Switches cmark-gfm's inline trigger characters on for good, using `parser` (a cmark_parser
   with every extension the process will use attached). Returns 1 when cmark-gfm's own calls
   reach this target's definition of cmark_manage_extensions_special_characters, so that no
   parser can switch the characters off again and parsers may run on several threads at once;
   returns 0 when they do not (the caller must then parse on one thread at a time). */
int casebook_cmark_pin_trigger_characters(void *parser);

#endif
