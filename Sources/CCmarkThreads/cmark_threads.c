/* cmark-gfm 0.29 keeps the trigger characters of its inline extensions (':' and 'w' for
   autolinks, '~' for strikethrough) in one table for the whole process. Every
   cmark_parser_finish switches them on, parses inlines and switches them off again, through
   the exported function below, so two parsers finishing at once switch each other's
   autolinks off halfway through a document.

   This file defines that function in the program itself. The dynamic linker resolves the
   library's own calls to the program's definition first, provided the program exports it
   (Package.swift passes --export-dynamic-symbol). Until the characters are pinned, calls are
   passed on to cmark-gfm unchanged; afterwards they do nothing, so the table stays on. Every
   parser in Casebook attaches the same extensions, so the table is right for all of them. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include "casebook_cmark_threads.h"

typedef void (*manage_characters)(void *parser, int add);

static atomic_int pinned;
static atomic_int reached;

static manage_characters library_definition(void) {
    return (manage_characters)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

void cmark_manage_extensions_special_characters(void *parser, int add) {
    if (atomic_load(&pinned)) return;
    atomic_store(&reached, 1);
    manage_characters manage = library_definition();
    if (manage) manage(parser, add);
}

int casebook_cmark_pin_trigger_characters(void *parser) {
    manage_characters manage = library_definition();
    if (!manage) return 0;
    manage(parser, 1);
    atomic_store(&pinned, 1);
    return atomic_load(&reached);
}
