#ifndef CASEBOOK_SYSTEM_H
#define CASEBOOK_SYSTEM_H

/* Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
   Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported). */
int casebook_exchange_paths(const char *first, const char *second);

/* Has glibc map every block of 128 KB or more on its own, and so give it back to the system
   when it is freed, instead of raising that bound to the largest block freed so far; and keep
   up to 16 MB free at the top of a heap rather than give it back and fault it in again. */
void casebook_return_large_blocks(void);

#endif
