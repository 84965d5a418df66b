import Foundation

/// Class labels, one-hot encoding and the classification losses of both frameworks.

/// Validated integer class indices from a rank-1 tensor of integral values in 0..<classes.
func classIndices(_ labels: Tensor, classes: Int, operation: String, shapes: [[Int]]) throws -> [Int] {
    guard labels.rank == 1 else { throw TensorError(operation, "labels must be 1-D", shapes: shapes) }
    return try labels.storage.map { value in
        guard value >= 0, value < Float(classes), value == value.rounded() else {
            throw TensorError(operation, "label \(value) is not a class index in 0..<\(classes)", shapes: shapes)
        }
        return Int(value)
    }
}

/// One-hot rows [N, classes] from labels [N] (like `keras.utils.to_categorical`).
public func oneHot(_ labels: Tensor, classes: Int) throws -> Tensor {
    guard classes >= 1 else { throw TensorError("oneHot", "classes must be ≥ 1, got \(classes)", shapes: [labels.shape]) }
    let indices = try classIndices(labels, classes: classes, operation: "oneHot", shapes: [labels.shape])
    _ = try checkedElementCount([indices.count, classes], operation: "oneHot")
    var output = [Float](repeating: 0, count: indices.count * classes)
    for (row, index) in indices.enumerated() { output[row * classes + index] = 1 }
    return Tensor(unchecked: [indices.count, classes], output)
}

/// Negative log-likelihood, mean over the batch (PyTorch's `F.nll_loss`): −mean(input[i, labels[i]])
/// for log-probabilities `input` [N, C] and labels [N].
public func nllLoss(_ input: Tensor, labels: Tensor) throws -> Tensor {
    let shapes = [input.shape, labels.shape]
    guard input.rank == 2, labels.shape == [input.shape[0]] else {
        throw TensorError("nllLoss", "expects input [N, C] and labels [N]", shapes: shapes)
    }
    let (n, classes) = (input.shape[0], input.shape[1])
    guard n > 0 else { throw TensorError("nllLoss", "empty batch", shapes: shapes) }
    let indices = try classIndices(labels, classes: classes, operation: "nllLoss", shapes: shapes)
    var total: Float = 0
    for (row, index) in indices.enumerated() { total -= input.storage[row * classes + index] }
    let result = Tensor(total / Float(n))
    return recorded(result, "nllLoss", [input]) { g, _ in
        var gradient = [Float](repeating: 0, count: n * classes)
        for (row, index) in indices.enumerated() { gradient[row * classes + index] = -g[0] / Float(n) }
        return [gradient]
    }
}

/// PyTorch's `F.cross_entropy` / `nn.CrossEntropyLoss()`: `nllLoss(logSoftmax(logits, dim: 1))`,
/// the mean over the batch, applied to whatever it is given (even log-probabilities).
public func crossEntropy(_ logits: Tensor, labels: Tensor) throws -> Tensor {
    guard logits.rank == 2 else {
        throw TensorError("crossEntropy", "expects logits [N, C] and labels [N]", shapes: [logits.shape, labels.shape])
    }
    return try nllLoss(logSoftmax(logits, dim: 1), labels: labels)
}

/// Keras's `categorical_crossentropy` on probabilities [N, C] against one-hot (or soft) targets
/// [N, C], mean over the batch. As Keras does with `from_logits=False`, each row is first divided by
/// its sum, then clipped to [1e-7, 1 − 1e-7]; the loss is −Σ target · log(p) per row. The gradient
/// is zero where clipping was active (TensorFlow's clip semantics).
public func categoricalCrossentropy(_ probabilities: Tensor, _ targets: Tensor) throws -> Tensor {
    let shapes = [probabilities.shape, targets.shape]
    guard probabilities.rank == 2, probabilities.shape == targets.shape else {
        throw TensorError("categoricalCrossentropy", "expects probabilities and targets of the same [N, C] shape", shapes: shapes)
    }
    let (n, classes) = (probabilities.shape[0], probabilities.shape[1])
    guard n > 0 else { throw TensorError("categoricalCrossentropy", "empty batch", shapes: shapes) }
    let epsilon: Float = 1e-7
    let p = probabilities.storage, t = targets.storage
    var rowSums = [Float](repeating: 0, count: n)
    var clipped = [Float](repeating: 0, count: n * classes)
    var total: Float = 0
    for row in 0..<n {
        var sum: Float = 0
        for j in 0..<classes { sum += p[row * classes + j] }
        rowSums[row] = sum
        var rowLoss: Float = 0
        for j in 0..<classes {
            let index = row * classes + j
            let value = min(max(p[index] / sum, epsilon), 1 - epsilon)
            clipped[index] = value
            rowLoss -= t[index] * Foundation.log(value)
        }
        total += rowLoss
    }
    let result = Tensor(total / Float(n))
    return recorded(result, "categoricalCrossentropy", [probabilities, targets]) { g, needed in
        let scale = g[0] / Float(n)
        var dp: [Float]? = nil
        if needed[0] {
            var gradient = [Float](repeating: 0, count: n * classes)
            for row in 0..<n {
                // d/dq of the clipped, normalised value: −t/q where not clipped, else 0; then through q = p / Σp.
                var dq = [Float](repeating: 0, count: classes)
                var weighted: Float = 0
                for j in 0..<classes {
                    let index = row * classes + j
                    let q = p[index] / rowSums[row]
                    if q >= epsilon && q <= 1 - epsilon { dq[j] = -t[index] / clipped[index] * scale }
                    weighted += dq[j] * q
                }
                for j in 0..<classes { gradient[row * classes + j] = (dq[j] - weighted) / rowSums[row] }
            }
            dp = gradient
        }
        let dt: [Float]? = needed[1] ? clipped.map { -Foundation.log($0) * scale } : nil
        return [dp, dt]
    }
}
