/// Runs `body(group, images, scratch)` for every group of `imagesPerGroup` consecutive images of a
/// batch of `batch` (the last group may be smaller), the groups split into contiguous runs across
/// `ComputeThreads`; each run gets its own scratch from `makeScratch`. Groups depend on the sizes
/// alone, so what a group computes never depends on the thread count. The convolution kernels
/// (im2col and Winograd) walk their batches this way.
func forEachImageGroup<Scratch>(batch: Int, imagesPerGroup: Int, costPerGroup: Int, scratch makeScratch: () -> Scratch,
                                _ body: (_ group: Int, _ images: Range<Int>, _ scratch: Scratch) -> Void) {
    parallelChunks(imageGroupCount(batch: batch, imagesPerGroup: imagesPerGroup), costPerElement: costPerGroup) { run in
        let scratch = makeScratch()
        for group in run {
            body(group, images(ofGroup: group, batch: batch, imagesPerGroup: imagesPerGroup), scratch)
        }
    }
}

/// How many groups of `imagesPerGroup` consecutive images a batch of `batch` makes (the last may
/// be smaller): the groups `forEachImageGroup` walks.
func imageGroupCount(batch: Int, imagesPerGroup: Int) -> Int { (batch + imagesPerGroup - 1) / imagesPerGroup }

/// The images of group `group` in that walk.
func images(ofGroup group: Int, batch: Int, imagesPerGroup: Int) -> Range<Int> {
    group * imagesPerGroup..<min(batch, (group + 1) * imagesPerGroup)
}
