/* The allocator Casebook gives cmark-gfm for each parse.

   cmark-gfm allocates every node, every inline's text and every line buffer on its own
   (hundreds of thousands of calls for a large site) and frees them one by one when the
   document is freed, after Casebook has copied what it needs. Through glibc's malloc that was
   about a tenth of a build's instructions: the allocations of one thread's parse outgrow
   malloc's per-thread cache, so most calls take the slow path. Here they are carved out of
   chunks owned by the thread, and released together when the parse is done.

   Blocks cmark-gfm frees during a parse are reused, as malloc would reuse them: cmark-gfm
   0.29's table extension tries every line that looks like a delimiter row against the whole
   paragraph above it, allocating and freeing a row each time, and an arena that only grew
   would hold all those rows at once (gigabytes for a 40 KB paragraph of such lines).

   cmark-gfm ships an arena of its own (cmark_get_arena_mem_allocator), but it is one arena for
   the whole process, unsafe when several threads parse at once, as Casebook's do. */
#include "casebook_cmark_arena.h"

#include <cmark-gfm.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What a block is, kept in its header. */
enum { ARENA_BLOCK, HEAP_BLOCK, OVERSIZE_BLOCK };

/* Every block is preceded by a header giving its capacity, which realloc needs to copy it.
   Sixteen bytes keep blocks as aligned as malloc's. */
typedef struct {
    size_t capacity;
    size_t kind;
} block_header;

/* A piece of memory blocks are carved from, or one that holds a single large block. */
typedef struct chunk {
    struct chunk *previous;
    struct chunk *next; /* oversize chunks only, which are unlinked when their block is freed */
    size_t size;
    size_t used;
} chunk;

enum {
    HEADER = sizeof(block_header),
    ALIGN = 16,
    CHUNK = 64 * 1024,
    /* Larger blocks get a chunk of their own, given back as soon as they are freed. */
    LARGEST_CARVED = CHUNK / 4,
    BINS = LARGEST_CARVED / ALIGN + 1,
};

typedef struct {
    chunk *current;  /* the chunk blocks are carved from */
    chunk *oversize; /* chunks holding one block too large to be carved */
    block_header *freed[BINS]; /* freed blocks by capacity / ALIGN, each linked through its data */
    size_t bins_used; /* one past the highest bin a block was freed into since the arena opened */
    int depth;
    unsigned long held; /* bytes of chunks malloc'd and not yet freed */
    unsigned long peak; /* the most `held` reached since casebook_cmark_arena_peak last asked */
} arena;

/* The largest block carved from a chunk. Under the fuzzer (make fuzz builds C with
   CASEBOOK_FUZZING) every block is a chunk of its own, malloc'd and freed by itself, so that
   AddressSanitizer's checks of memcpy and the like see the bounds of each block and a read of
   a block after its parse is released is reported. */
#ifdef CASEBOOK_FUZZING
static const size_t carve_limit = 0;
#else
static const size_t carve_limit = LARGEST_CARVED;
#endif

/* The arena is linked into the program itself, so the cheap initial-exec model applies: without
   it, -fPIC code asks __tls_get_addr for the arena on every allocation. */
static _Thread_local arena local __attribute__((tls_model("initial-exec")));

static uint8_t *data_of(chunk *c) { return (uint8_t *)(c + 1); }

static block_header *header_of(void *block) { return (block_header *)block - 1; }

/* The capacity a request is given, or 0 when it cannot be met (sizes near SIZE_MAX). */
static size_t capacity_for(size_t count, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes) || bytes > SIZE_MAX / 2) abort();
    /* At least ALIGN: a freed block holds the link to the next freed block of its size. */
    return bytes == 0 ? ALIGN : (bytes + (ALIGN - 1)) & ~(size_t)(ALIGN - 1);
}

static chunk *new_chunk(size_t size) {
    chunk *c = malloc(sizeof(chunk) + size);
    if (!c) abort(); /* as cmark-gfm's own allocator does when memory runs out */
    c->size = size;
    c->used = 0;
    c->next = NULL;
    local.held += sizeof(chunk) + size;
    if (local.held > local.peak) local.peak = local.held;
    return c;
}

static void free_chunk(chunk *c) {
    local.held -= sizeof(chunk) + c->size;
    free(c);
}

/* Everything but the common case: no arena open, a full chunk, a block too large to carve. */
static __attribute__((noinline)) void *calloc_slowly(size_t capacity) {
    block_header *header;
    if (local.depth == 0) {
        header = malloc(HEADER + capacity);
        if (!header) abort();
        header->kind = HEAP_BLOCK;
    } else if (HEADER + capacity > carve_limit) {
        chunk *own = new_chunk(HEADER + capacity);
        own->used = own->size;
        own->previous = NULL;
        own->next = local.oversize;
        if (local.oversize) local.oversize->previous = own;
        local.oversize = own;
        header = (block_header *)data_of(own);
        header->kind = OVERSIZE_BLOCK;
    } else {
        chunk *fresh = new_chunk(CHUNK);
        fresh->previous = local.current;
        local.current = fresh;
        header = (block_header *)data_of(fresh);
        fresh->used = HEADER + capacity;
        header->kind = ARENA_BLOCK;
    }
    header->capacity = capacity;
    memset(header + 1, 0, capacity);
    return header + 1;
}

static void *arena_calloc(size_t count, size_t size) {
    size_t capacity = capacity_for(count, size);
    size_t needed = HEADER + capacity;
    /* Most calls: a node or a small buffer, a freed one of its size or carved from the chunk. */
    if (local.depth > 0 && needed <= carve_limit) {
        block_header **bin = &local.freed[capacity / ALIGN];
        block_header *header = *bin;
        if (header) {
            *bin = *(block_header **)(header + 1);
        } else {
            chunk *current = local.current;
            if (!current || current->size - current->used < needed) return calloc_slowly(capacity);
            header = (block_header *)(data_of(current) + current->used);
            current->used += needed;
            header->capacity = capacity;
            header->kind = ARENA_BLOCK;
        }
        memset(header + 1, 0, capacity);
        return header + 1;
    }
    return calloc_slowly(capacity);
}

static void arena_free(void *block) {
    if (!block) return;
    block_header *header = header_of(block);
    switch (header->kind) {
    case HEAP_BLOCK:
        free(header);
        return;
    case OVERSIZE_BLOCK: {
        chunk *own = (chunk *)header - 1;
        if (own->previous) own->previous->next = own->next;
        if (own->next) own->next->previous = own->previous;
        if (local.oversize == own) local.oversize = own->next;
        free_chunk(own);
        return;
    }
    default:
        /* A block of a parse already released is gone with its chunk. */
        if (local.depth == 0) return;
        size_t bin = header->capacity / ALIGN;
        *(block_header **)block = local.freed[bin];
        local.freed[bin] = header;
        if (bin >= local.bins_used) local.bins_used = bin + 1;
    }
}

static void *arena_realloc(void *block, size_t size) {
    if (!block) return arena_calloc(1, size);
    block_header *header = header_of(block);
    size_t capacity = capacity_for(1, size);
    if (capacity <= header->capacity) return block;
    if (header->kind == HEAP_BLOCK) {
        header = realloc(header, HEADER + capacity);
        if (!header) abort();
        header->capacity = capacity;
        return header + 1;
    }
    /* A line buffer that grows is usually the newest block of the chunk: it grows where it is. */
    chunk *current = local.current;
    if (header->kind == ARENA_BLOCK && local.depth > 0 && current && HEADER + capacity <= carve_limit &&
        (uint8_t *)block + header->capacity == data_of(current) + current->used &&
        current->size - current->used >= capacity - header->capacity) {
        current->used += capacity - header->capacity;
        header->capacity = capacity;
        return block;
    }
    void *moved = arena_calloc(1, size);
    memcpy(moved, block, header->capacity);
    arena_free(block);
    return moved;
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void *casebook_cmark_arena_begin(void) {
    local.depth += 1;
    return &allocator;
}

void casebook_cmark_arena_end(void) {
    if (local.depth == 0 || --local.depth > 0) return;
    while (local.current) {
        chunk *previous = local.current->previous;
        free_chunk(local.current);
        local.current = previous;
    }
    while (local.oversize) {
        chunk *next = local.oversize->next;
        free_chunk(local.oversize);
        local.oversize = next;
    }
    /* Only the bins this parse used: clearing all 1,025 cost a one-line timeline event's parse
       a third of its instructions. */
    memset(local.freed, 0, local.bins_used * sizeof local.freed[0]);
    local.bins_used = 0;
}

unsigned long casebook_cmark_arena_held(void) { return local.held; }

unsigned long casebook_cmark_arena_peak(void) {
    unsigned long peak = local.peak;
    local.peak = local.held;
    return peak;
}
