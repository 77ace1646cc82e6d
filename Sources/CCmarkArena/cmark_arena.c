/* The allocator Casebook gives cmark-gfm for each parse.

   cmark-gfm allocates every node, every inline's text and every line buffer on its own
   (hundreds of thousands of calls for a large site) and frees them one by one when the
   document is freed, after Casebook has copied what it needs. Through glibc's malloc that was
   about a tenth of a build's instructions: the allocations of one thread's parse outgrow
   malloc's per-thread cache, so most calls take the slow path. Here they are carved out of
   chunks owned by the thread, and released together when the parse is done.

   cmark-gfm ships an arena of its own (cmark_get_arena_mem_allocator), but it is one arena for
   the whole process, unsafe when several threads parse at once, as Casebook's do. */
#include "casebook_cmark_arena.h"

#include <cmark-gfm.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Every block is preceded by a header giving its capacity, which realloc needs to copy it.
   Sixteen bytes keep blocks as aligned as malloc's. */
typedef struct {
    size_t capacity;
    size_t from_heap; /* 1 for a block malloc'd while no arena was open */
} block_header;

enum { HEADER = sizeof(block_header), ALIGN = 16, CHUNK = 64 * 1024 };

typedef struct chunk {
    struct chunk *previous;
    size_t size;
    size_t used;
    size_t padding; /* keeps the data that follows 16-byte aligned */
} chunk;

typedef struct {
    chunk *current;  /* the chunk blocks are carved from */
    chunk *oversize; /* chunks holding one block too large for a chunk */
    chunk *spare;    /* an empty chunk kept for the thread's next parse */
    int depth;
    unsigned long held; /* bytes of chunks malloc'd and not yet freed */
} arena;

/* The arena is linked into the program itself, so the cheap initial-exec model applies: without
   it, -fPIC code asks __tls_get_addr for the arena on every allocation. */
static _Thread_local arena local __attribute__((tls_model("initial-exec")));

static size_t rounded(size_t size) { return (size + (ALIGN - 1)) & ~(size_t)(ALIGN - 1); }

static uint8_t *data_of(chunk *c) { return (uint8_t *)(c + 1); }

static chunk *new_chunk(size_t size) {
    chunk *c = local.spare && size == CHUNK ? local.spare : malloc(sizeof(chunk) + size);
    if (!c) abort(); /* as cmark-gfm's own allocator does when memory runs out */
    if (c == local.spare) {
        local.spare = NULL;
    } else {
        local.held += sizeof(chunk) + size;
    }
    c->size = size;
    c->used = 0;
    return c;
}

static block_header *carve(size_t capacity) {
    size_t needed = HEADER + capacity;
    if (needed > CHUNK / 4) {
        chunk *own = new_chunk(needed);
        own->used = needed;
        own->previous = local.oversize;
        local.oversize = own;
        block_header *header = (block_header *)data_of(own);
        header->capacity = capacity;
        header->from_heap = 0;
        return header;
    }
    if (!local.current || local.current->size - local.current->used < needed) {
        chunk *fresh = new_chunk(CHUNK);
        fresh->previous = local.current;
        local.current = fresh;
    }
    block_header *header = (block_header *)(data_of(local.current) + local.current->used);
    local.current->used += needed;
    header->capacity = capacity;
    header->from_heap = 0;
    return header;
}

static block_header *header_of(void *block) { return (block_header *)block - 1; }

/* Everything but the common case: no arena open, a full chunk, a block too large for one. */
static __attribute__((noinline)) void *calloc_slowly(size_t capacity) {
    block_header *header;
    if (local.depth == 0) {
        header = malloc(HEADER + capacity);
        if (!header) abort();
        header->capacity = capacity;
        header->from_heap = 1;
    } else {
        header = carve(capacity);
    }
    memset(header + 1, 0, capacity);
    return header + 1;
}

static void *arena_calloc(size_t count, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes) || bytes > SIZE_MAX - HEADER - ALIGN) abort();
    size_t capacity = rounded(bytes);
    size_t needed = HEADER + capacity;
    chunk *current = local.current;
    /* Most calls: a node or a small buffer, carved from the current chunk. */
    if (current && needed <= CHUNK / 4 && current->size - current->used >= needed) {
        block_header *header = (block_header *)(data_of(current) + current->used);
        current->used += needed;
        header->capacity = capacity;
        header->from_heap = 0;
        memset(header + 1, 0, capacity);
        return header + 1;
    }
    return calloc_slowly(capacity);
}

static void *arena_realloc(void *block, size_t size) {
    if (!block) return arena_calloc(1, size);
    block_header *header = header_of(block);
    size_t capacity = rounded(size);
    if (capacity <= header->capacity) return block;
    if (header->from_heap) {
        header = realloc(header, HEADER + capacity);
        if (!header) abort();
        header->capacity = capacity;
        return header + 1;
    }
    /* A line buffer that grows is usually the newest block of the chunk: it grows where it is. */
    chunk *current = local.current;
    if (local.depth > 0 && current && (uint8_t *)block + header->capacity == data_of(current) + current->used) {
        size_t more = capacity - header->capacity;
        if (current->size - current->used >= more) {
            current->used += more;
            header->capacity = capacity;
            return block;
        }
    }
    void *moved = arena_calloc(1, size);
    memcpy(moved, block, header->capacity);
    return moved;
}

static void arena_free(void *block) {
    if (block && header_of(block)->from_heap) free(header_of(block));
    /* Blocks of an arena are given back by casebook_cmark_arena_end. */
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void *casebook_cmark_arena_begin(void) {
    local.depth += 1;
    return &allocator;
}

static void release(chunk *list, int keep_one) {
    while (list) {
        chunk *previous = list->previous;
        if (keep_one && !local.spare && list->size == CHUNK) {
            local.spare = list;
        } else {
            local.held -= sizeof(chunk) + list->size;
            free(list);
        }
        list = previous;
    }
}

void casebook_cmark_arena_end(void) {
    if (local.depth == 0 || --local.depth > 0) return;
    release(local.current, 1);
    release(local.oversize, 0);
    local.current = NULL;
    local.oversize = NULL;
}

unsigned long casebook_cmark_arena_held(void) { return local.held; }
