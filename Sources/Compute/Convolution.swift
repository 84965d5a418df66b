import Foundation

/// 2-D convolution (cross-correlation, as in PyTorch and Keras) of `x` [N, C, H, W] with
/// `weight` [O, C, kH, kW] and optional `bias` [O], giving [N, O, H', W'] where
/// H' = (H + 2·padding − kH) / stride + 1 (floor), likewise W'.
///
/// Implementation: the batch is cut into groups of images (`imagesPerGroup`, enough for ~512
/// output pixels); the groups are spread over `ComputeThreads`, each thread with its own scratch.
/// A group's images are unfolded (im2col) side by side into one [C·kH·kW, group·H'·W'] matrix that
/// stays in cache, one GEMM W[O, C·kH·kW] · cols gives all their outputs, and each image's
/// [O, H'·W'] block is copied out in NCHW order with the bias added. Backward repeats the unfold
/// per group instead of keeping a batch-sized matrix alive between the passes: each group's share
/// of dW is dY_g · cols_gᵀ (the shares are summed in group order), dcols_g = Wᵀ · dY_g is folded
/// back (col2im) into dX, and dbias = Σ dY. Groups depend on the geometry only, so results are
/// bit-identical run to run and across thread counts.
public func conv2d(_ x: Tensor, weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
    let shapes = [x.shape, weight.shape] + (bias.map { [$0.shape] } ?? [])
    guard x.rank == 4, weight.rank == 4 else {
        throw TensorError("conv2d", "input must be [N, C, H, W] and weight [O, C, kH, kW]", shapes: shapes)
    }
    guard x.shape[1] == weight.shape[1] else {
        throw TensorError("conv2d", "input has \(x.shape[1]) channels but weight expects \(weight.shape[1])", shapes: shapes)
    }
    guard stride >= 1, padding >= 0 else {
        throw TensorError("conv2d", "stride must be ≥ 1 and padding ≥ 0 (got \(stride), \(padding))", shapes: shapes)
    }
    if let bias, bias.shape != [weight.shape[0]] {
        throw TensorError("conv2d", "bias must have shape [\(weight.shape[0])]", shapes: shapes)
    }
    let geometry = ConvolutionGeometry(batch: x.shape[0], channels: x.shape[1], height: x.shape[2], width: x.shape[3],
                                       outputChannels: weight.shape[0], kernelHeight: weight.shape[2],
                                       kernelWidth: weight.shape[3], stride: stride, padding: padding)
    guard geometry.outputHeight >= 1, geometry.outputWidth >= 1 else {
        throw TensorError("conv2d", "kernel is larger than the padded input", shapes: shapes)
    }
    _ = try checkedElementCount([geometry.patchSize, geometry.pixels], operation: "conv2d")
    _ = try checkedElementCount([geometry.batch, geometry.outputChannels, geometry.pixels], operation: "conv2d")

    let (images, weights, biasValues) = (x.storage, weight.storage, bias?.storage)
    let output = geometry.forward(images, weights, bias: biasValues)
    let inputs = [x, weight] + (bias.map { [$0] } ?? [])
    let result = Tensor(unchecked: [geometry.batch, geometry.outputChannels, geometry.outputHeight, geometry.outputWidth], output)
    return recorded(result, "conv2d", inputs) { g, needed in
        let (inputGradient, weightGradient) = geometry.backward(g, images, weights,
                                                                inputGradient: needed[0], weightGradient: needed[1])
        var gradients: [[Float]?] = [inputGradient, weightGradient]
        if inputs.count == 3 { gradients.append(needed[2] ? geometry.biasGradient(g) : nil) }
        return gradients
    }
}

extension ConvolutionGeometry {
    /// Images unfolded side by side into one matrix: enough that each GEMM has at least ~512
    /// columns (one 24×24 image; 32 images of 4×4 pixels), since narrow GEMMs waste the kernels.
    var imagesPerGroup: Int { min(batch, max(1, 512 / pixels)) }

    /// Runs `body(group, images)` for every group of `imagesPerGroup` consecutive images, the
    /// groups split into contiguous runs across `ComputeThreads`; each run gets its own
    /// `GroupScratch`. Groups are fixed by the geometry alone, so what a group computes never
    /// depends on the thread count.
    func forEachImageGroup(_ body: (_ group: Int, _ images: Range<Int>, _ scratch: GroupScratch) -> Void) {
        let size = imagesPerGroup
        let groups = (batch + size - 1) / size
        parallelChunks(groups, costPerElement: size * patchSize * pixels) { run in
            let scratch = GroupScratch(self)
            for group in run {
                body(group, group * size..<min(batch, (group + 1) * size), scratch)
            }
        }
    }

    /// The convolution of a batch [N, C, H, W] with weights [O, C·kH·kW], plus `bias` [O]: [N, O, H'·W'].
    /// Per group: unfold the images side by side, one GEMM W · cols, then copy each image's
    /// [O, H'·W'] block out in NCHW order, adding the bias on the way.
    func forward(_ images: [Float], _ weights: [Float], bias: [Float]?) -> [Float] {
        let (o, k, p) = (outputChannels, patchSize, pixels)
        return [Float](unsafeUninitializedCapacity: batch * o * p) { out, initialized in
            images.withUnsafeBufferPointer { x in
                weights.withUnsafeBufferPointer { w in
                    let (out, x, w) = (out.baseAddress!, x.baseAddress!, w.baseAddress!)
                    forEachImageGroup { _, group, scratch in
                        let n = group.count * p
                        for (slot, image) in group.enumerated() {
                            unfold(x + image * imageSize, into: scratch.columns + slot * p, rowStride: n)
                        }
                        sgemmOnThisThread(m: o, n: n, k: k, w, scratch.columns, scratch.product)
                        for (slot, image) in group.enumerated() {
                            for r in 0..<o {
                                let source = scratch.product + r * n + slot * p
                                let target = out + (image * o + r) * p
                                let shift = bias?[r] ?? 0
                                for j in 0..<p { target[j] = source[j] + shift }
                            }
                        }
                    }
                }
            }
            initialized = batch * o * p
        }
    }

    /// Gradients of the input [N, C, H, W] and of the weights [O, C·kH·kW] (each only when asked)
    /// from the output gradient [N, O, H'·W']. Per group: gather the group's output gradient into
    /// one [O, group·H'·W'] matrix; its product with the unfolded images' transpose is the group's
    /// share of dW (summed over groups afterwards, in group order); Wᵀ times it, folded back image
    /// by image, is dX.
    func backward(_ outputGradient: [Float], _ images: [Float], _ weights: [Float],
                  inputGradient: Bool, weightGradient: Bool) -> ([Float]?, [Float]?) {
        let (o, k, p) = (outputChannels, patchSize, pixels)
        let groups = (batch + imagesPerGroup - 1) / imagesPerGroup
        var dx = [Float](repeating: 0, count: inputGradient ? batch * imageSize : 0)
        var shares = [Float](unsafeUninitializedCapacity: weightGradient ? groups * o * k : 0) { $1 = $0.count }
        outputGradient.withUnsafeBufferPointer { g in
            images.withUnsafeBufferPointer { x in
                weights.withUnsafeBufferPointer { w in
                    dx.withUnsafeMutableBufferPointer { dx in
                        shares.withUnsafeMutableBufferPointer { shares in
                            let (g, x, w) = (g.baseAddress!, x.baseAddress!, w.baseAddress!)
                            let (dx, shares) = (inputGradient ? dx.baseAddress : nil, weightGradient ? shares.baseAddress : nil)
                            forEachImageGroup { index, group, scratch in
                                backward(group: group, index: index, g, x, w, inputGradient: dx, weightShares: shares, scratch)
                            }
                        }
                    }
                }
            }
        }
        return (inputGradient ? dx : nil, weightGradient ? sumOfShares(shares, count: groups, size: o * k) : nil)
    }

    /// One group's part of `backward`: its share of dW (at `weightShares` + index·O·C·kH·kW) and
    /// its images' dX, each when the pointer is given.
    private func backward(group: Range<Int>, index: Int, _ g: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
                          _ w: UnsafePointer<Float>, inputGradient dx: UnsafeMutablePointer<Float>?,
                          weightShares: UnsafeMutablePointer<Float>?, _ scratch: GroupScratch) {
        let (o, k, p) = (outputChannels, patchSize, pixels)
        let n = group.count * p
        for (slot, image) in group.enumerated() {
            for r in 0..<o {
                (scratch.product + r * n + slot * p).update(from: g + (image * o + r) * p, count: p)
            }
        }
        if let weightShares {
            for (slot, image) in group.enumerated() {
                unfold(x + image * imageSize, into: scratch.columns + slot * p, rowStride: n)
            }
            sgemmOnThisThread(transposeB: true, m: o, n: k, k: n, scratch.product, scratch.columns,
                              weightShares + index * o * k)
        }
        if let dx {
            sgemmOnThisThread(transposeA: true, m: k, n: n, k: o, w, scratch.product, scratch.columns)
            for (slot, image) in group.enumerated() {
                fold(scratch.columns + slot * p, rowStride: n, into: dx + image * imageSize)
            }
        }
    }

    /// Σ over `count` consecutive blocks of `size` elements, added in block order.
    private func sumOfShares(_ shares: [Float], count: Int, size: Int) -> [Float] {
        guard count > 1 else { return shares }
        return [Float](unsafeUninitializedCapacity: size) { total, initialized in
            shares.withUnsafeBufferPointer { shares in
                let total = total
                parallelChunks(size, costPerElement: count) { range in
                    for i in range {
                        var sum = shares[i]
                        for block in 1..<count { sum += shares[block * size + i] }
                        total[i] = sum
                    }
                }
            }
            initialized = size
        }
    }

    /// dbias[o] = Σ over images and pixels of the output gradient [N, O, H'·W'].
    func biasGradient(_ outputGradient: [Float]) -> [Float] {
        let (o, p) = (outputChannels, pixels)
        return [Float](unsafeUninitializedCapacity: o) { result, initialized in
            outputGradient.withUnsafeBufferPointer { g in
                let result = result
                parallelChunks(o, costPerElement: batch * p) { channels in
                    for r in channels {
                        var total: Float = 0
                        for image in 0..<batch {
                            let row = (image * o + r) * p
                            for j in 0..<p { total += g[row + j] }
                        }
                        result[r] = total
                    }
                }
            }
            initialized = o
        }
    }
}

/// The per-thread buffers of a convolution pass over image groups: the unfolded images
/// [C·kH·kW, group·H'·W'] (reused for their gradient) and the GEMM product or gathered output
/// gradient [O, group·H'·W']. Uninitialised; every pass writes before it reads.
final class GroupScratch {
    let columns: UnsafeMutablePointer<Float>
    let product: UnsafeMutablePointer<Float>

    init(_ geometry: ConvolutionGeometry) {
        let width = geometry.imagesPerGroup * geometry.pixels
        columns = .allocate(capacity: geometry.patchSize * width)
        product = .allocate(capacity: geometry.outputChannels * width)
    }

    deinit {
        columns.deallocate()
        product.deallocate()
    }
}
