/// The batched im2col + GEMM kernels behind `conv2d` and `conv2dReLU` (see `conv2d` for the plan).
extension ConvolutionGeometry {
    /// Images unfolded side by side into one matrix: enough that each GEMM has at least ~512
    /// columns (one 24×24 image; 32 images of 4×4 pixels), since narrow GEMMs waste the kernels.
    var imagesPerGroup: Int { max(1, min(batch, 512 / pixels)) }

    /// `forEachImageGroup` over this batch's groups, each run of groups with its own `GroupScratch`.
    func forEachImageGroup(_ body: (_ group: Int, _ images: Range<Int>, _ scratch: GroupScratch) -> Void) {
        Compute.forEachImageGroup(batch: batch, imagesPerGroup: imagesPerGroup, costPerGroup: imagesPerGroup * patchSize * pixels,
                                  scratch: { GroupScratch(self) }, body)
    }

    /// The convolution of a batch [N, C, H, W] with weights [O, C·kH·kW], plus `bias` [O], then
    /// max(·, 0) when `relu`: [N, O, H'·W']. Per group: unfold the images side by side, one GEMM
    /// W · cols, then copy each image's [O, H'·W'] block out in NCHW order, adding the bias (and
    /// clamping) on the way.
    func forward(_ images: [Float], _ weights: [Float], bias: [Float]?, relu: Bool) -> [Float] {
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
                                if relu {
                                    for j in 0..<p { target[j] = max(source[j] + shift, 0) }
                                } else {
                                    for j in 0..<p { target[j] = source[j] + shift }
                                }
                            }
                        }
                    }
                }
            }
            initialized = batch * o * p
        }
    }

    /// Gradients of the input [N, C, H, W], the weights [O, C·kH·kW] and the bias [O] (each only
    /// when asked) from the output gradient [N, O, H'·W']. With `reluOutput` (the forward result
    /// of `conv2dReLU`) the gradient is first zeroed where the output was clamped.
    ///
    /// Per group: gather the group's output gradient into one [O, group·H'·W'] matrix, summing
    /// each row on the way (the group's share of dbias); its product with the unfolded images'
    /// transpose is the group's share of dW; Wᵀ times it, folded back image by image, is dX.
    /// Shares are summed in group order.
    func backward(_ outputGradient: [Float], _ images: [Float], _ weights: [Float], reluOutput: [Float]?,
                  inputGradient: Bool, weightGradient: Bool, biasGradient: Bool)
        -> (input: [Float]?, weight: [Float]?, bias: [Float]?) {
        let (o, k) = (outputChannels, patchSize)
        var gradients = ConvolutionGradients(batch: batch, imageSize: imageSize, imagesPerGroup: imagesPerGroup, weightSize: o * k,
                                             biasSize: o, input: inputGradient, weight: weightGradient, bias: biasGradient)
        outputGradient.withUnsafeBufferPointer { g in
            images.withUnsafeBufferPointer { x in
                weights.withUnsafeBufferPointer { w in
                    (reluOutput ?? []).withUnsafeBufferPointer { y in
                        let mask = reluOutput == nil ? nil : y.baseAddress
                        gradients.fill { targets in
                            forEachImageGroup { index, group, scratch in
                                backward(group: group, g.baseAddress!, mask, x.baseAddress!, w.baseAddress!, targets(index), scratch)
                            }
                        }
                    }
                }
            }
        }
        return gradients.results()
    }

    /// One group's part of `backward`.
    private func backward(group: Range<Int>, _ g: UnsafePointer<Float>, _ reluOutput: UnsafePointer<Float>?,
                          _ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>,
                          _ targets: ConvolutionGradients.Targets, _ scratch: GroupScratch) {
        let (o, k, p) = (outputChannels, patchSize, pixels)
        let n = group.count * p
        for (slot, image) in group.enumerated() {
            for r in 0..<o {
                let source = g + (image * o + r) * p
                let target = scratch.product + r * n + slot * p
                if let reluOutput {
                    let y = reluOutput + (image * o + r) * p
                    for j in 0..<p { target[j] = y[j] > 0 ? source[j] : 0 }
                } else {
                    for j in 0..<p { target[j] = source[j] }
                }
                if let biasShares = targets.biasShares {
                    var total: Float = 0
                    for j in 0..<p { total += target[j] }
                    biasShares[r] += total
                }
            }
        }
        if let weightShares = targets.weightShares {
            for (slot, image) in group.enumerated() {
                unfold(x + image * imageSize, into: scratch.columns + slot * p, rowStride: n)
            }
            sgemmOnThisThread(transposeB: true, m: o, n: k, k: n, scratch.product, scratch.columns, weightShares)
        }
        if let dx = targets.input {
            sgemmOnThisThread(transposeA: true, m: k, n: n, k: o, w, scratch.product, scratch.columns)
            for (slot, image) in group.enumerated() {
                fold(scratch.columns + slot * p, rowStride: n, into: dx + image * imageSize)
            }
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
