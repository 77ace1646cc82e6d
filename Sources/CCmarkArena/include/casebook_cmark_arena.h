#ifndef CASEBOOK_CMARK_ARENA_H
#define CASEBOOK_CMARK_ARENA_H

/* A cmark_mem for the parses of one thread, whose memory is given back all at once.

   casebook_cmark_arena_begin returns the allocator to pass to cmark_parser_new_with_mem (a
   `cmark_mem *`, returned untyped so that this header need not include cmark-gfm's).
   Everything cmark-gfm allocates through it on this thread until the matching
   casebook_cmark_arena_end stays valid until then, and is released by it: freeing the parser
   and the document before that is allowed; blocks freed during a parse are reused by it.
   Calls may nest; only the outermost end releases. */
void *casebook_cmark_arena_begin(void);
void casebook_cmark_arena_end(void);

/* How many bytes the arena of this thread holds from malloc now, in chunks, and the most it
   held since the last call of casebook_cmark_arena_peak (for tests). */
unsigned long casebook_cmark_arena_held(void);
unsigned long casebook_cmark_arena_peak(void);

#endif
