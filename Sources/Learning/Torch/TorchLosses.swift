import Compute

/// Shape checks shared by the PyTorch-style losses, so a wrong label shape is reported in the
/// loss's own terms (expected [N] class indices for input [N, C]).
enum TorchLossCheck {
    static func validate(_ input: Tensor, _ target: Tensor, loss: String) throws {
        guard input.rank == 2 else {
            throw TorchError(loss, "expected input [N, C], got \(shapeText(input.shape))")
        }
        guard target.shape == [input.shape[0]] else {
            throw TorchError(loss, "expected target [\(input.shape[0])] of class indices for input \(shapeText(input.shape)), got \(shapeText(target.shape))")
        }
        guard input.shape[0] > 0 else { throw TorchError(loss, "empty batch: input \(shapeText(input.shape))") }
        let classes = input.shape[1]
        if let bad = target.scalars.first(where: { !($0 >= 0 && $0 < Float(classes) && $0 == $0.rounded()) }) {
            throw TorchError(loss, "expected class indices in 0..<\(classes), got \(bad)")
        }
    }
}

/// How a classification loss combines its per-sample values: PyTorch's `reduction=`.
public enum LossReduction: String, CaseIterable, Sendable {
    case mean, sum, none

    /// −input[i, target[i]] for log-probabilities `input` [N, C], reduced: the mean takes the
    /// fused kernel, `sum` and `none` the per-sample values (which autodiff follows as well).
    func negativeLogLikelihood(_ logProbabilities: Tensor, _ target: Tensor) throws -> Tensor {
        if self == .mean { return try Compute.nllLoss(logProbabilities, labels: target) }
        let picked = try (logProbabilities * oneHot(target, classes: logProbabilities.shape[1])).sum(dim: 1)
        return self == .sum ? (-picked).sum() : -picked
    }
}

extension nn {
    /// `nn.CrossEntropyLoss()` (mean reduction unless told otherwise): log-softmax over dim 1 of
    /// whatever it is given (logits, or even log-probabilities as in the article), then the
    /// negative log-likelihood of the target classes. Call it as `criterion(output, labels)`.
    public struct CrossEntropyLoss {
        public let reduction: LossReduction
        public init(reduction: LossReduction = .mean) { self.reduction = reduction }
        /// `input` [N, C], `target` [N] class indices; a scalar tensor, or [N] for `.none`.
        public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
            try TorchLossCheck.validate(input, target, loss: "CrossEntropyLoss")
            if reduction == .mean { return try Compute.crossEntropy(input, labels: target) }
            return try reduction.negativeLogLikelihood(Compute.logSoftmax(input, dim: 1), target)
        }
    }

    /// `nn.NLLLoss()` (mean reduction unless told otherwise): −input[i, target[i]] on log-probabilities.
    public struct NLLLoss {
        public let reduction: LossReduction
        public init(reduction: LossReduction = .mean) { self.reduction = reduction }
        /// `input` [N, C] log-probabilities, `target` [N] class indices; a scalar tensor, or [N] for `.none`.
        public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
            try TorchLossCheck.validate(input, target, loss: "NLLLoss")
            return try reduction.negativeLogLikelihood(input, target)
        }
    }
}
