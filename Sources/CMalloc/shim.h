// glibc's malloc tuning (mallopt). Compute raises the mmap and trim thresholds so that the
// training step's large, short-lived buffers are reused from the heap instead of being mapped,
// zero-filled by the kernel and unmapped again on every step.
#include <malloc.h>
