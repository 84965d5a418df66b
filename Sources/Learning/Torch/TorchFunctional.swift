import Compute

/// `torch.nn.functional`: stateless operations on tensors, with PyTorch's names and defaults.
/// All are differentiable and throw `TensorError` on bad shapes or arguments.
public enum F {
    /// max(x, 0) element-wise.
    public static func relu(_ x: Tensor) -> Tensor { Compute.relu(x) }

    /// Max pooling over [N, C, H, W] with a square window; `stride` defaults to `kernelSize`
    /// (as `F.max_pool2d` does). `kernelSize: 1` returns the input unchanged.
    public static func maxPool2d(_ x: Tensor, _ kernelSize: Int, stride: Int? = nil) throws -> Tensor {
        try Compute.maxPool2d(x, kernelSize: kernelSize, stride: stride)
    }

    /// log(softmax(x)) along `dim`, computed stably.
    public static func logSoftmax(_ x: Tensor, dim: Int) throws -> Tensor { try Compute.logSoftmax(x, dim: dim) }

    /// softmax(x) along `dim`.
    public static func softmax(_ x: Tensor, dim: Int) throws -> Tensor { try Compute.softmax(x, dim: dim) }

    /// Inverted dropout: zeroes each element with probability `p` and scales survivors by 1/(1 − p)
    /// when `training` (PyTorch's default for the functional form is `training: true`); the mask
    /// comes from `generator`.
    public static func dropout(_ x: Tensor, p: Float = 0.5, training: Bool = true,
                               using generator: RandomGenerator) throws -> Tensor {
        try Compute.dropout(x, probability: p, training: training, using: generator)
    }

    /// `F.cross_entropy`: log-softmax over dim 1, then the negative log-likelihood of the `target`
    /// class indices [N] (Float-valued integers), reduced as `reduction` says (the mean by default).
    public static func crossEntropy(_ input: Tensor, _ target: Tensor, reduction: LossReduction = .mean) throws -> Tensor {
        try TorchLossCheck.validate(input, target, loss: "cross_entropy")
        if reduction == .mean { return try Compute.crossEntropy(input, labels: target) }
        return try reduction.negativeLogLikelihood(Compute.logSoftmax(input, dim: 1), target)
    }

    /// `F.nll_loss`: −input[i, target[i]] for log-probabilities [N, C], reduced as `reduction` says.
    public static func nllLoss(_ input: Tensor, _ target: Tensor, reduction: LossReduction = .mean) throws -> Tensor {
        try TorchLossCheck.validate(input, target, loss: "nll_loss")
        return try reduction.negativeLogLikelihood(input, target)
    }
}
