import Foundation

/// Element-wise losses between predictions and targets of the same shape, each the mean over all
/// elements (PyTorch's `reduction="mean"`; for Keras's per-sample mean over the last axis followed
/// by the batch mean the result is the same when every sample has as many elements).

/// mean((input − target)²) (`F.mse_loss`, Keras's `mean_squared_error`).
public func mseLoss(_ input: Tensor, _ target: Tensor) throws -> Tensor {
    try checkSameShape(input, target, "mseLoss")
    let difference = try input - target.detached()
    return try (difference * difference).mean()
}

/// mean(|input − target|) (`F.l1_loss`, Keras's `mean_absolute_error`).
public func l1Loss(_ input: Tensor, _ target: Tensor) throws -> Tensor {
    try checkSameShape(input, target, "l1Loss")
    return abs(try input - target.detached()).mean()
}

/// −mean(t · log p + (1 − t) · log(1 − p)) for probabilities `input`. `clipping` nil is PyTorch's
/// `F.binary_cross_entropy` (each log clamped at −100); Keras's `binary_crossentropy` clips p to
/// [ε, 1 − ε] with ε = 1e-7 first (pass `keras: true`).
public func binaryCrossEntropy(_ input: Tensor, _ target: Tensor, keras: Bool = false) throws -> Tensor {
    try checkSameShape(input, target, "binaryCrossEntropy")
    if let bad = input.scalars.first(where: { !($0 >= 0 && $0 <= 1) }) {
        throw TensorError("binaryCrossEntropy", "inputs must be probabilities in [0, 1], got \(bad)", shapes: [input.shape])
    }
    let t = target.detached()
    if keras {
        let p = try clamp(input, min: 1e-7, max: 1 - 1e-7)
        return -(try (t * log(p) + (1 - t) * log(1 - p)).mean())
    }
    let logP = try clamp(log(input), min: -100), logQ = try clamp(log(1 - input), min: -100)
    return -(try (t * logP + (1 - t) * logQ).mean())
}

/// Binary cross-entropy on logits x, computed stably as mean(max(x, 0) − x·t + log(1 + e^(−|x|)))
/// (`F.binary_cross_entropy_with_logits`, `nn.BCEWithLogitsLoss`).
public func binaryCrossEntropyWithLogits(_ input: Tensor, _ target: Tensor) throws -> Tensor {
    try checkSameShape(input, target, "binaryCrossEntropyWithLogits")
    return try (softplus(input) - input * target.detached()).mean()
}

private func checkSameShape(_ input: Tensor, _ target: Tensor, _ operation: String) throws {
    guard input.shape == target.shape else {
        throw TensorError(operation, "input and target must have the same shape", shapes: [input.shape, target.shape])
    }
}
