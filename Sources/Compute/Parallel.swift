import Foundation

/// How many threads `Compute` uses: for element-wise kernels and pooling, for groups of images in
/// a convolution, and for the blocks of a large GEMM (each block one single-threaded OpenBLAS call,
/// see `ComputeRuntime`). Work is split into a fixed number of contiguous chunks that depends only
/// on this count, so results are bit-identical run to run.
public enum ComputeThreads {
    /// Defaults to the number of active processors.
    nonisolated(unsafe) public static var count: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
}

/// Below this many elements a loop runs on the calling thread: a concurrentPerform round trip costs
/// about 5–10 µs here, the cost of ~20k element-wise Float operations.
let parallelThreshold = 32_768

/// Runs `body(range)` over `0..<count` split into `ComputeThreads.count` contiguous chunks (one when
/// `count * costPerElement` is small). Each index is visited exactly once; chunks never overlap.
/// Every chunk, on whichever thread, runs in Compute's floating-point mode (see `ComputeRuntime`).
@inline(__always)
func parallelChunks(_ count: Int, costPerElement: Int = 1, _ body: (Range<Int>) -> Void) {
    let threads = ComputeThreads.count
    ComputeRuntime.useComputeFloatingPointMode()
    if threads <= 1 || count * costPerElement < parallelThreshold || count < 2 {
        body(0..<count)
        return
    }
    let chunks = min(threads, count)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        ComputeRuntime.useComputeFloatingPointMode()
        let start = count * chunk / chunks
        let end = count * (chunk + 1) / chunks
        body(start..<end)
    }
}
