import Foundation

/// 2-D convolution (cross-correlation, as in PyTorch and Keras) of `x` [N, C, H, W] with
/// `weight` [O, C, kH, kW] and optional `bias` [O], giving [N, O, H', W'] where
/// H' = (H + 2·padding − kH) / stride + 1 (floor), likewise W'.
///
/// Implementation: the whole batch is unfolded once (im2col) into a [C·kH·kW, N·H'·W'] matrix so the
/// convolution is a single large GEMM, W[O, C·kH·kW] · cols, followed by a reorder to NCHW: a
/// large GEMM keeps both OpenBLAS threads busy where per-image GEMMs of the article's shapes are small.
/// Backward: dW = dY · colsᵀ, dcols = Wᵀ · dY (then folded back, col2im), dbias = Σ dY.
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
    _ = try checkedElementCount([geometry.patchSize, geometry.columns], operation: "conv2d")
    _ = try checkedElementCount([geometry.batch, geometry.outputChannels, geometry.columns], operation: "conv2d")

    let columns = geometry.unfold(x.storage)
    let weights = weight.storage
    let (o, k, l) = (geometry.outputChannels, geometry.patchSize, geometry.columns)
    var product = sgemm(m: o, n: l, k: k, weights, columns)
    if let bias { addRowBias(&product, bias.storage, rowLength: l) }
    let output = geometry.channelMajorToBatchMajor(product)
    let inputs = [x, weight] + (bias.map { [$0] } ?? [])
    let result = Tensor(unchecked: [geometry.batch, o, geometry.outputHeight, geometry.outputWidth], output)
    return recorded(result, "conv2d", inputs) { g, needed in
        let gradientRows = geometry.batchMajorToChannelMajor(g)   // [O, N·H'·W']
        var gradients: [[Float]?] = [nil, nil]
        if needed[0] {
            gradients[0] = geometry.fold(sgemm(transposeA: true, m: k, n: l, k: o, weights, gradientRows))
        }
        if needed[1] {
            gradients[1] = sgemm(transposeB: true, m: o, n: k, k: l, gradientRows, columns)
        }
        if inputs.count == 3 { gradients.append(needed[2] ? sumRows(gradientRows, rows: o, rowLength: l) : nil) }
        return gradients
    }
}

/// `matrix[r, j] += bias[r]` for a row-major matrix with rows of `rowLength`.
func addRowBias(_ matrix: inout [Float], _ bias: [Float], rowLength: Int) {
    matrix.withUnsafeMutableBufferPointer { m in
        let m = m
        parallelChunks(bias.count, costPerElement: rowLength) { rows in
            for r in rows {
                let value = bias[r]
                for j in 0..<rowLength { m[r * rowLength + j] += value }
            }
        }
    }
}

/// Sum of each row of a row-major [rows, rowLength] matrix.
func sumRows(_ matrix: [Float], rows: Int, rowLength: Int) -> [Float] {
    var result = [Float](repeating: 0, count: rows)
    matrix.withUnsafeBufferPointer { m in
        for r in 0..<rows {
            var total: Float = 0
            for j in 0..<rowLength { total += m[r * rowLength + j] }
            result[r] = total
        }
    }
    return result
}

/// Sizes of one convolution and the unfold/fold/reorder kernels that depend only on them.
struct ConvolutionGeometry {
    let batch, channels, height, width, outputChannels, kernelHeight, kernelWidth, stride, padding: Int
    var outputHeight: Int { (height + 2 * padding - kernelHeight) / stride + 1 }
    var outputWidth: Int { (width + 2 * padding - kernelWidth) / stride + 1 }
    /// Rows of the unfolded matrix: one per (channel, kernel row, kernel column).
    var patchSize: Int { channels * kernelHeight * kernelWidth }
    /// Output pixels of one image.
    var pixels: Int { outputHeight * outputWidth }
    /// Columns of the unfolded matrix: one per (image, output pixel).
    var columns: Int { batch * pixels }

    /// im2col: [N, C, H, W] → [C·kH·kW, N·H'·W'], zeros where the window hangs over the padding.
    /// Rows are independent, so they are split across threads.
    func unfold(_ input: [Float]) -> [Float] {
        let (oh, ow, columns, pixels) = (outputHeight, outputWidth, self.columns, self.pixels)
        return [Float](unsafeUninitializedCapacity: patchSize * columns) { out, initialized in
            input.withUnsafeBufferPointer { x in
                parallelChunks(patchSize, costPerElement: columns) { rows in
                    for row in rows {
                        let c = row / (kernelHeight * kernelWidth)
                        let ki = (row / kernelWidth) % kernelHeight
                        let kj = row % kernelWidth
                        for n in 0..<batch {
                            let plane = (n * channels + c) * height * width
                            let base = row * columns + n * pixels
                            for oy in 0..<oh {
                                let iy = oy * stride + ki - padding
                                let target = base + oy * ow
                                if iy < 0 || iy >= height {
                                    for ox in 0..<ow { out[target + ox] = 0 }
                                    continue
                                }
                                let line = plane + iy * width
                                for ox in 0..<ow {
                                    let ix = ox * stride + kj - padding
                                    out[target + ox] = (ix >= 0 && ix < width) ? x[line + ix] : 0
                                }
                            }
                        }
                    }
                }
            }
            initialized = patchSize * columns
        }
    }

    /// col2im, the adjoint of `unfold`: sums each column entry back into the input pixel it was
    /// read from. Split by (image, channel) plane so no two threads write the same element.
    func fold(_ columnsGradient: [Float]) -> [Float] {
        let (oh, ow, columns, pixels) = (outputHeight, outputWidth, self.columns, self.pixels)
        var result = [Float](repeating: 0, count: batch * channels * height * width)
        result.withUnsafeMutableBufferPointer { dx in
            let dx = dx
            columnsGradient.withUnsafeBufferPointer { cols in
                parallelChunks(batch * channels, costPerElement: kernelHeight * kernelWidth * pixels) { planes in
                    for planeIndex in planes {
                        let n = planeIndex / channels, c = planeIndex % channels
                        let plane = planeIndex * height * width
                        for ki in 0..<kernelHeight {
                            for kj in 0..<kernelWidth {
                                let row = (c * kernelHeight + ki) * kernelWidth + kj
                                let base = row * columns + n * pixels
                                for oy in 0..<oh {
                                    let iy = oy * stride + ki - padding
                                    if iy < 0 || iy >= height { continue }
                                    for ox in 0..<ow {
                                        let ix = ox * stride + kj - padding
                                        if ix >= 0 && ix < width { dx[plane + iy * width + ix] += cols[base + oy * ow + ox] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// [O, N·P] (GEMM output) → [N, O, P] (NCHW).
    func channelMajorToBatchMajor(_ values: [Float]) -> [Float] {
        permute(values, shape: [outputChannels, batch, pixels], order: [1, 0, 2])
    }

    /// [N, O, P] (NCHW gradient) → [O, N·P] (GEMM layout).
    func batchMajorToChannelMajor(_ values: [Float]) -> [Float] {
        permute(values, shape: [batch, outputChannels, pixels], order: [1, 0, 2])
    }
}
