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

extension nn {
    /// `nn.CrossEntropyLoss()` with mean reduction: log-softmax over dim 1 of whatever it is given
    /// (logits, or even log-probabilities as in the article), then the mean negative log-likelihood
    /// of the target classes. Call it as `criterion(output, labels)`.
    public struct CrossEntropyLoss {
        public init() {}
        /// `input` [N, C], `target` [N] class indices; returns a scalar tensor.
        public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
            try TorchLossCheck.validate(input, target, loss: "CrossEntropyLoss")
            return try Compute.crossEntropy(input, labels: target)
        }
    }

    /// `nn.NLLLoss()` with mean reduction: −mean(input[i, target[i]]) on log-probabilities.
    public struct NLLLoss {
        public init() {}
        /// `input` [N, C] log-probabilities, `target` [N] class indices; returns a scalar tensor.
        public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
            try TorchLossCheck.validate(input, target, loss: "NLLLoss")
            return try Compute.nllLoss(input, labels: target)
        }
    }
}
