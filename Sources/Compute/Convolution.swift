import Foundation

/// 2-D convolution (cross-correlation, as in PyTorch and Keras) of `x` [N, C, H, W] with
/// `weight` [O, C, kH, kW] and optional `bias` [O], giving [N, O, H', W'] where
/// H' = (H + 2·padding − kH) / stride + 1 (floor), likewise W'.
///
/// Implementation: 3×3 kernels at stride 1 with at least 16 channels in and out and outputs at
/// least 16 pixels wide run on Winograd F(2×2, 3×3) transforms (`WinogradConvolution`: 2.25×
/// fewer multiply-adds). Otherwise the batch is cut into groups of images (`imagesPerGroup`, enough for ~512
/// output pixels); the groups are spread over `ComputeThreads`, each thread with its own scratch.
/// A group's images are unfolded (im2col) side by side into one [C·kH·kW, group·H'·W'] matrix that
/// stays in cache, one GEMM W[O, C·kH·kW] · cols gives all their outputs, and each image's
/// [O, H'·W'] block is copied out in NCHW order with the bias added. Backward repeats the unfold
/// per group instead of keeping a batch-sized matrix alive between the passes: each group's share
/// of dW is dY_g · cols_gᵀ (the shares are summed in group order), dcols_g = Wᵀ · dY_g is folded
/// back (col2im) into dX, and dbias = Σ dY. Groups depend on the geometry only, so results are
/// bit-identical run to run and across thread counts.
public func conv2d(_ x: Tensor, weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
    try convolution(x, weight: weight, bias: bias, stride: stride, padding: padding, relu: false)
}

/// `relu(conv2d(x, weight:bias:stride:padding:))` in one pass: the ReLU is applied as each output
/// block is written, and its gradient mask as the output gradient is gathered, so the activation
/// costs no separate sweep over the (large) feature map. Used by Keras-style `Conv2D` layers with
/// `activation: .relu`. Same values and gradients as the two ops one after the other.
public func conv2dReLU(_ x: Tensor, weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
    try convolution(x, weight: weight, bias: bias, stride: stride, padding: padding, relu: true)
}

private func convolution(_ x: Tensor, weight: Tensor, bias: Tensor?, stride: Int, padding: Int, relu: Bool) throws -> Tensor {
    let operation = relu ? "conv2dReLU" : "conv2d"
    let shapes = [x.shape, weight.shape] + (bias.map { [$0.shape] } ?? [])
    guard x.rank == 4, weight.rank == 4 else {
        throw TensorError(operation, "input must be [N, C, H, W] and weight [O, C, kH, kW]", shapes: shapes)
    }
    guard x.shape[1] == weight.shape[1] else {
        throw TensorError(operation, "input has \(x.shape[1]) channels but weight expects \(weight.shape[1])", shapes: shapes)
    }
    guard stride >= 1, padding >= 0 else {
        throw TensorError(operation, "stride must be ≥ 1 and padding ≥ 0 (got \(stride), \(padding))", shapes: shapes)
    }
    if let bias, bias.shape != [weight.shape[0]] {
        throw TensorError(operation, "bias must have shape [\(weight.shape[0])]", shapes: shapes)
    }
    let geometry = ConvolutionGeometry(batch: x.shape[0], channels: x.shape[1], height: x.shape[2], width: x.shape[3],
                                       outputChannels: weight.shape[0], kernelHeight: weight.shape[2],
                                       kernelWidth: weight.shape[3], stride: stride, padding: padding)
    guard geometry.outputHeight >= 1, geometry.outputWidth >= 1 else {
        throw TensorError(operation, "kernel is larger than the padded input", shapes: shapes)
    }
    _ = try checkedElementCount([geometry.patchSize, geometry.pixels], operation: operation)
    _ = try checkedElementCount([geometry.batch, geometry.outputChannels, geometry.pixels], operation: operation)

    let (images, weights) = (x.storage, weight.storage)
    let winograd = WinogradConvolution(geometry).flatMap { $0.isWorthwhile ? $0 : nil }
    let transformedWeights = winograd?.transformWeights(weights) ?? []
    let output = winograd?.forward(images, transformedWeights: transformedWeights, bias: bias?.storage, relu: relu)
        ?? geometry.forward(images, weights, bias: bias?.storage, relu: relu)
    let inputs = [x, weight] + (bias.map { [$0] } ?? [])
    let result = Tensor(unchecked: [geometry.batch, geometry.outputChannels, geometry.outputHeight, geometry.outputWidth], output)
    return recorded(result, operation, inputs) { g, needed in
        let (reluOutput, biasGradient) = (relu ? output : nil, inputs.count == 3 && needed[2])
        let gradients = winograd?.backward(g, images, transformedWeights: transformedWeights, reluOutput: reluOutput,
                                           inputGradient: needed[0], weightGradient: needed[1], biasGradient: biasGradient)
            ?? geometry.backward(g, images, weights, reluOutput: reluOutput, inputGradient: needed[0],
                                 weightGradient: needed[1], biasGradient: biasGradient)
        return [gradients.input, gradients.weight] + (inputs.count == 3 ? [gradients.bias] : [])
    }
}
