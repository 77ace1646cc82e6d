#ifndef CASEBOOK_SYSTEM_H
#define CASEBOOK_SYSTEM_H

/* Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
   Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported). */
int casebook_exchange_paths(const char *first, const char *second);

#endif
