/// Where a convolution's backward pass writes, group of images by group: dX [N, C, H, W] (groups
/// own disjoint images, and each group's images are zeroed when it takes its targets, so the
/// zeroing runs on the group's thread), and one share of dW and of dbias per group, which
/// `results` adds up in group order, so the totals do not depend on the thread count. Each only
/// when asked. Used by the im2col and the Winograd kernels alike.
struct ConvolutionGradients {
    /// Where one group writes: dX, and its group's shares of dW and dbias (nil when not asked).
    struct Targets {
        let input, weightShares, biasShares: UnsafeMutablePointer<Float>?
    }

    private var input: [Float]
    private var weightShares: [Float]
    private var biasShares: [Float]
    private let batch, imageSize, imagesPerGroup, groups, weightSize, biasSize: Int
    private let wantsInput, wantsWeight, wantsBias: Bool

    /// Buffers for dX of `batch` images of `imageSize` elements, taken `imagesPerGroup` at a time,
    /// and one share per group of dW (`weightSize` elements) and of dbias (`biasSize`), each
    /// allocated only when wanted.
    init(batch: Int, imageSize: Int, imagesPerGroup: Int, weightSize: Int, biasSize: Int,
         input: Bool, weight: Bool, bias: Bool) {
        let groups = imageGroupCount(batch: batch, imagesPerGroup: imagesPerGroup)
        self.input = [Float](unsafeUninitializedCapacity: input ? batch * imageSize : 0) { $1 = $0.count }
        weightShares = [Float](unsafeUninitializedCapacity: weight ? groups * weightSize : 0) { $1 = $0.count }
        biasShares = [Float](repeating: 0, count: bias ? groups * biasSize : 0)
        (self.batch, self.imageSize, self.imagesPerGroup, self.groups) = (batch, imageSize, imagesPerGroup, groups)
        (self.weightSize, self.biasSize) = (weightSize, biasSize)
        (wantsInput, wantsWeight, wantsBias) = (input, weight, bias)
    }

    /// Runs `fill` with the buffers; the caller hands each group `targets(group)`, once, on the
    /// thread that works on the group (it zeroes the group's images of dX).
    mutating func fill(_ fill: (_ targets: (Int) -> Targets) -> Void) {
        let (wantsInput, wantsWeight, wantsBias) = (self.wantsInput, self.wantsWeight, self.wantsBias)
        let (weightSize, biasSize) = (self.weightSize, self.biasSize)
        let (batch, imageSize, imagesPerGroup) = (self.batch, self.imageSize, self.imagesPerGroup)
        input.withUnsafeMutableBufferPointer { input in
            weightShares.withUnsafeMutableBufferPointer { weightShares in
                biasShares.withUnsafeMutableBufferPointer { biasShares in
                    // An empty array's base address need not be nil: go by the flags.
                    let (dx, dw, db) = (wantsInput ? input.baseAddress : nil, wantsWeight ? weightShares.baseAddress : nil,
                                        wantsBias ? biasShares.baseAddress : nil)
                    fill { group in
                        if let dx {
                            let images = images(ofGroup: group, batch: batch, imagesPerGroup: imagesPerGroup)
                            (dx + images.lowerBound * imageSize).initialize(repeating: 0, count: images.count * imageSize)
                        }
                        return Targets(input: dx, weightShares: dw.map { $0 + group * weightSize },
                                biasShares: db.map { $0 + group * biasSize })
                    }
                }
            }
        }
    }

    /// dX, dW (the summed shares passed through `weight`, e.g. out of a transformed domain) and
    /// dbias; nil for what was not asked.
    func results(weight finish: ([Float]) -> [Float] = { $0 }) -> (input: [Float]?, weight: [Float]?, bias: [Float]?) {
        (wantsInput ? input : nil,
         wantsWeight ? finish(Self.sumOfShares(weightShares, count: groups, size: weightSize)) : nil,
         wantsBias ? Self.sumOfShares(biasShares, count: groups, size: biasSize) : nil)
    }

    /// Σ over `count` consecutive blocks of `size` elements, added block after block (the same
    /// order for every element, whatever the thread count).
    private static func sumOfShares(_ shares: [Float], count: Int, size: Int) -> [Float] {
        guard count > 1 else { return count == 1 ? shares : [Float](repeating: 0, count: size) }
        return [Float](unsafeUninitializedCapacity: size) { total, initialized in
            shares.withUnsafeBufferPointer { shares in
                let total = total
                parallelChunks(size, costPerElement: count) { range in
                    for i in range { total[i] = shares[i] }
                    for block in 1..<count {
                        let share = shares.baseAddress! + block * size
                        for i in range { total[i] += share[i] }
                    }
                }
            }
            initialized = size
        }
    }
}
