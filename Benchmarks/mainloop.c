/* Benchmark-only: lets valgrind follow Casebook's asynchronous main.
 *
 * Swift's async main ends in libdispatch's dispatch_main(), which hands the main queue
 * over to worker threads and ends the main thread with pthread_exit; valgrind 3.19 (Debian
 * bookworm) dies on that ("the 'impossible' happened", SIGSEGV in its own code). Loaded
 * with LD_PRELOAD under callgrind only, this dispatch_main keeps the main thread and drains
 * the main queue on it, the way a run loop does, until the program calls exit(). The work
 * the build does is the same; only who drains the main queue differs.
 */
#include <poll.h>
#include <stdint.h>
#include <unistd.h>

int _dispatch_get_main_queue_handle_4CF(void);
void _dispatch_main_queue_callback_4CF(void *msg);

void dispatch_main(void) {
  int handle = _dispatch_get_main_queue_handle_4CF();
  for (;;) {
    struct pollfd wake = {handle, POLLIN, 0};
    if (poll(&wake, 1, -1) > 0) {
      uint64_t count;
      (void)read(handle, &count, sizeof count);
    }
    _dispatch_main_queue_callback_4CF(NULL);
  }
}
