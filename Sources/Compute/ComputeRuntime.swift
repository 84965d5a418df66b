#if canImport(CMalloc)
import CMalloc
#endif
import CProcessorHints
#if !canImport(Accelerate)
import COpenBLAS
#endif

/// Process-wide settings the kernels rely on. Programs call `prepare()` first thing in `main`;
/// otherwise they are applied on the first GEMM, which is too late for the arena limit below.
///
/// - OpenBLAS runs single-threaded: `Compute` splits GEMMs and convolutions across its own threads
///   (`ComputeThreads`). OpenBLAS's pool would otherwise keep a worker spinning in `sched_yield`
///   between calls, taking a core away from our element-wise loops.
/// - glibc keeps freed blocks of up to 64 MiB on its heap instead of returning them to the kernel:
///   a training step allocates the same large buffers (the article's Dense weight gradient is
///   37.7 MB) every time, and mapping them fresh costs a page fault and a zero-fill per 4 KiB.
///   Larger blocks (whole data sets) are still mapped and returned when freed.
/// - All threads share glibc's main heap: a thread's own arena is at most 64 MiB, too small to keep
///   two such buffers, so a notebook cell (which runs on its own thread) would map and unmap them
///   at every step anyway.
/// - Subnormal floats (below 1.18e-38) are flushed to zero, as TensorFlow's CPU thread pools do:
///   late in training some gradients and products fall that low, the processor handles them in
///   slow microcode, and they are far below anything a float32 model can learn from. The mode belongs to a thread: `prepare`
///   sets it on the calling thread, threads started from it inherit it, and `parallelChunks` sets
///   it on every thread it runs work on, callers included, so a kernel sees the same mode on any
///   thread and results do not depend on the thread count.
public enum ComputeRuntime {
    /// Applies the process-wide settings once, and the floating-point mode on the calling thread.
    public static func prepare() {
        _ = configured
        useComputeFloatingPointMode()
    }

    /// Flush-to-zero mode on the calling thread (see above); cheap when it is already set.
    @inline(__always)
    static func useComputeFloatingPointMode() { use_flush_to_zero_mode() }

    static let configured: Void = {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
        #if canImport(CMalloc)
        _ = mallopt(M_ARENA_MAX, 1)
        _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        #endif
    }()
}
