#include "casebook_system.h"

#include <stdlib.h> /* defines __GLIBC__ on glibc */
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void casebook_return_large_blocks(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    /* Setting the bound above also fixes the heap's trim threshold at glibc's 128 KB, so every
       free that left that much at the top of a heap gave it back (brk, madvise) and the next
       page's allocation faulted it in again, zeroed: at 2,000 cases, 3,300 brk and 1,700
       madvise calls and 25,000 extra page faults, a tenth of a build's CPU. Blocks of 128 KB or
       more are still mapped on their own and returned when freed. */
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
}
