/// Runs `body(group, images, scratch)` for every group of `imagesPerGroup` consecutive images of a
/// batch of `batch` (the last group may be smaller), the groups split into contiguous runs across
/// `ComputeThreads`; each run gets its own scratch from `makeScratch`. Groups depend on the sizes
/// alone, so what a group computes never depends on the thread count. The convolution kernels
/// (im2col and Winograd) walk their batches this way.
func forEachImageGroup<Scratch>(batch: Int, imagesPerGroup: Int, costPerGroup: Int, scratch makeScratch: () -> Scratch,
                                _ body: (_ group: Int, _ images: Range<Int>, _ scratch: Scratch) -> Void) {
    let groups = (batch + imagesPerGroup - 1) / imagesPerGroup
    parallelChunks(groups, costPerElement: costPerGroup) { run in
        let scratch = makeScratch()
        for group in run {
            body(group, group * imagesPerGroup..<min(batch, (group + 1) * imagesPerGroup), scratch)
        }
    }
}
