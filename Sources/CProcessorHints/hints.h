// Processor controls Swift has no spelling for: a cache prefetch and the floating-point mode of
// the calling thread. Static inline, so the compiler inlines them into the Swift code that calls
// them.
#ifndef NOTEBOOK_PROCESSOR_HINTS_H
#define NOTEBOOK_PROCESSOR_HINTS_H

#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#endif

/// Asks the CPU to start bringing the cache line holding `address` into its caches (not the
/// innermost one, which the running loop needs), so that a later read finds it there. Never
/// faults, whatever the address.
static inline void prefetch_for_reading(const void *address) {
    __builtin_prefetch(address, 0, 2);
}

/// Puts the calling thread in flush-to-zero and denormals-are-zero mode (x86 MXCSR bits 15 and 6):
/// results below the smallest normal float (1.18e-38) become 0 and such inputs read as 0. Writes
/// the control register only when the mode differs. Does nothing on other processors.
static inline void use_flush_to_zero_mode(void) {
#if defined(__x86_64__) || defined(__i386__)
    const unsigned int flushToZeroAndDenormalsAreZero = 0x8040;
    unsigned int control = _mm_getcsr();
    if ((control & flushToZeroAndDenormalsAreZero) != flushToZeroAndDenormalsAreZero) {
        _mm_setcsr(control | flushToZeroAndDenormalsAreZero);
    }
#endif
}

#endif
