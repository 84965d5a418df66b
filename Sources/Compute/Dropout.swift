/// Inverted dropout (PyTorch's and Keras's): in training each element is zeroed with probability
/// `probability` and the survivors are scaled by 1 / (1 − probability); in evaluation (`training:
/// false`) and for probability 0 the input passes through unchanged. The mask is drawn from `generator`.
public func dropout(_ x: Tensor, probability: Float, training: Bool, using generator: RandomGenerator) throws -> Tensor {
    guard probability >= 0, probability <= 1 else {
        throw TensorError("dropout", "probability must be in [0, 1], got \(probability)", shapes: [x.shape])
    }
    guard training, probability > 0 else { return x }
    let scale: Float = probability == 1 ? 0 : 1 / (1 - probability)
    var mask = [Float](repeating: 0, count: x.count)
    for i in mask.indices { mask[i] = generator.nextFloat() >= probability ? scale : 0 }
    let output = zipElements(x.storage, mask, Product.self)
    return recorded(Tensor(unchecked: x.shape, output), "dropout", [x]) { g, _ in [zipElements(g, mask, Product.self)] }
}

/// Channel dropout (PyTorch's `Dropout2d`): in training each whole channel of [N, C, H, W] is
/// zeroed with probability `probability` and the others are scaled by 1 / (1 − probability); one
/// draw per (sample, channel), in that order, from `generator`. Evaluation passes the input through.
public func dropout2d(_ x: Tensor, probability: Float, training: Bool, using generator: RandomGenerator) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("dropout2d", "input must be [N, C, H, W]", shapes: [x.shape]) }
    guard probability >= 0, probability <= 1 else {
        throw TensorError("dropout2d", "probability must be in [0, 1], got \(probability)", shapes: [x.shape])
    }
    guard training, probability > 0 else { return x }
    let scale: Float = probability == 1 ? 0 : 1 / (1 - probability)
    let channels = x.shape[0] * x.shape[1], plane = x.shape[2] * x.shape[3]
    let keep = (0..<channels).map { _ in generator.nextFloat() >= probability ? scale : 0 }
    let mask = keep.flatMap { [Float](repeating: $0, count: plane) }
    let output = zipElements(x.storage, mask, Product.self)
    return recorded(Tensor(unchecked: x.shape, output), "dropout2d", [x]) { g, _ in [zipElements(g, mask, Product.self)] }
}
