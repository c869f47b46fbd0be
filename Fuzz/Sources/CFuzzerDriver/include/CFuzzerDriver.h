// libFuzzer's driver, linked in by `-sanitize=fuzzer`. The fuzz executable calls it from its
// own `main` because SwiftPM gives every executable a `main` of its own, which would otherwise
// clash with the one libFuzzer supplies.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));
