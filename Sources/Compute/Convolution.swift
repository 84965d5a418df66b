import Foundation

/// 2-D convolution (cross-correlation, as in PyTorch and Keras) of `x` [N, C, H, W] with
/// `weight` [O, C, kH, kW] and optional `bias` [O], giving [N, O, H', W'] where
/// H' = (H + 2·padding − kH) / stride + 1 (floor), likewise W'.
///
/// Implementation: image by image, the input is unfolded (im2col) into a [C·kH·kW, H'·W'] scratch
/// matrix that stays in cache, and one GEMM W[O, C·kH·kW] · cols writes that image's [O, H'·W']
/// output in place — already NCHW, so no reorder follows, and the bias is added by starting the
/// GEMM from the bias rows (beta = 1). Backward repeats the unfold per image instead of keeping a
/// batch-sized matrix alive between the passes: dW accumulates dYₙ · colsₙᵀ over the images in
/// order, dcolsₙ = Wᵀ · dYₙ is folded back (col2im) straight into dXₙ, and dbias = Σ dY.
/// Images are visited in a fixed order and per-image loops split by thread count only, so results
/// are bit-identical run to run.
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
    /// The convolution of a batch [N, C, H, W] with weights [O, C·kH·kW], plus `bias` [O]: [N, O, H'·W'].
    func forward(_ images: [Float], _ weights: [Float], bias: [Float]?) -> [Float] {
        let (o, k, p) = (outputChannels, patchSize, pixels)
        var columns = [Float](repeating: 0, count: k * p)
        return [Float](unsafeUninitializedCapacity: batch * o * p) { out, initialized in
            images.withUnsafeBufferPointer { x in
                weights.withUnsafeBufferPointer { w in
                    columns.withUnsafeMutableBufferPointer { cols in
                        for image in 0..<batch {
                            unfold(x.baseAddress! + image * imageSize, into: cols.baseAddress!)
                            let target = out.baseAddress! + image * o * p
                            if let bias {
                                for r in 0..<o { (target + r * p).initialize(repeating: bias[r], count: p) }
                            }
                            sgemm(m: o, n: p, k: k, w.baseAddress!, cols.baseAddress!, beta: bias == nil ? 0 : 1, target)
                        }
                    }
                }
            }
            initialized = batch * o * p
        }
    }

    /// Gradients of the input [N, C, H, W] and of the weights [O, C·kH·kW] (each only when asked)
    /// from the output gradient [N, O, H'·W'].
    func backward(_ outputGradient: [Float], _ images: [Float], _ weights: [Float],
                  inputGradient: Bool, weightGradient: Bool) -> ([Float]?, [Float]?) {
        let (o, k, p) = (outputChannels, patchSize, pixels)
        var dx = inputGradient ? [Float](repeating: 0, count: batch * imageSize) : nil
        var dw = weightGradient ? [Float](repeating: 0, count: o * k) : nil
        var columns = [Float](repeating: 0, count: k * p)
        outputGradient.withUnsafeBufferPointer { g in
            images.withUnsafeBufferPointer { x in
                weights.withUnsafeBufferPointer { w in
                    columns.withUnsafeMutableBufferPointer { cols in
                        for image in 0..<batch {
                            let gImage = g.baseAddress! + image * o * p
                            if dw != nil {
                                unfold(x.baseAddress! + image * imageSize, into: cols.baseAddress!)
                                dw!.withUnsafeMutableBufferPointer { dwPointer in
                                    sgemm(transposeB: true, m: o, n: k, k: p, gImage, cols.baseAddress!,
                                          beta: image == 0 ? 0 : 1, dwPointer.baseAddress!)
                                }
                            }
                            if dx != nil {
                                sgemm(transposeA: true, m: k, n: p, k: o, w.baseAddress!, gImage, cols.baseAddress!)
                                dx!.withUnsafeMutableBufferPointer { dxPointer in
                                    fold(cols.baseAddress!, into: dxPointer.baseAddress! + image * imageSize)
                                }
                            }
                        }
                    }
                }
            }
        }
        return (dx, dw)
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
