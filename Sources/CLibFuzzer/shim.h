#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, as compiler-rt's FuzzerInterface.h declares it. `-sanitize=fuzzer` links it;
// SwiftPM points `main` at the executable's own entry point, so that entry point calls this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
