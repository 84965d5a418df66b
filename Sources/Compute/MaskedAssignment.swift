/// Writing through a boolean mask, PyTorch's `x[mask] = value` (`index_put_` with a mask): the
/// elements where `mask` is non-zero get `value` — one element for all of them, or one per
/// selected element in row-major order. The tensor keeps its identity and its `version` increases.
///
/// Gradients: while recording, a tensor that requires gradients is written only inside
/// `noGrad { }` (for a leaf PyTorch refuses too; an intermediate result PyTorch would rewrite in
/// its graph is refused here with that advice). When `value` requires gradients, the write becomes
/// part of the graph as in PyTorch: `value` gets the gradient of the positions it filled (summed,
/// for a single element). A tensor a recorded op already used cannot be written that way — the op's gradient
/// would reach the write — so write to a copy first.
extension Tensor {
    public func assign(where mask: Tensor, _ value: Tensor) throws {
        let operation = "x[mask] = value"
        guard mask.shape == shape else {
            throw TensorError(operation, "the mask must have the tensor's shape", shapes: [shape, mask.shape])
        }
        let positions = mask.storage.indices.filter { mask.storage[$0] != 0 }
        guard value.count == 1 || value.count == positions.count else {
            throw TensorError(operation, "the value must have one element or one per selected element (\(positions.count))",
                              shapes: [shape, value.shape])
        }
        guard !(requiresGrad && isGradientRecordingEnabled) else {
            throw TensorError(operation, "a tensor that requires gradients can be written through a mask only inside noGrad { }",
                              shapes: [shape])
        }
        let recording = isGradientRecordingEnabled && value.requiresGrad
        guard !(recording && hasRecordedUse) else {
            throw TensorError(operation, "this tensor was already used in a computation with gradients, which the write would change; write to a copy",
                              shapes: [shape])
        }
        let single = value.count == 1
        for (index, position) in positions.enumerated() { storage[position] = value.storage[single ? 0 : index] }
        bumpVersion()
        guard recording else { return }
        // The tensor's earlier elements did not require gradients, so only `value` receives any.
        requiresGrad = true
        gradientNode = GradientNode("maskedAssign", [value]) { g, _ in
            [single ? [positions.reduce(Float(0)) { $0 + g[$1] }] : positions.map { g[$0] }]
        }
    }
}
