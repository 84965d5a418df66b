#if canImport(CMalloc)
import CMalloc
#endif
#if !canImport(Accelerate)
import COpenBLAS
#endif

/// Process-wide settings the kernels rely on, applied once, before the first GEMM.
///
/// - OpenBLAS runs single-threaded: `Compute` splits GEMMs and convolutions across its own threads
///   (`ComputeThreads`). OpenBLAS's pool would otherwise keep a worker spinning in `sched_yield`
///   between calls, taking a core away from our element-wise loops (a quarter of a training step's
///   CPU time on the project machine).
/// - glibc keeps freed blocks of up to 64 MiB on its heap instead of returning them to the kernel:
///   a training step allocates the same large buffers (the article's Dense weight gradient is
///   37.7 MB) every time, and mapping them fresh costs a page fault and a zero-fill per 4 KiB.
///   Larger blocks (whole data sets) are still mapped and returned when freed.
enum ComputeRuntime {
    static let configured: Void = {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
        #if canImport(CMalloc)
        _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        #endif
    }()
}
