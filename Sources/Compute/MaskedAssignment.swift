/// Writing through a boolean mask, PyTorch's `x[mask] = value` (`index_put_` with a mask): the
/// elements where `mask` is non-zero get `value` — one element for all of them, or one per
/// selected element in row-major order. The tensor keeps its identity and its `version` increases.
///
/// Gradients follow PyTorch's in-place rules while recording:
/// - a leaf that requires gradients cannot be written (PyTorch: "a leaf Variable that requires
///   grad is being used in an in-place operation"); inside `noGrad { }` it can, and stays a leaf;
/// - any other tensor becomes the result of the write in the graph: the gradient reaching it flows
///   on to what it was before the write at the positions the write kept (zero where it wrote), and
///   to `value` at the positions it filled (summed, for a single element);
/// - a tensor that a recorded op still in a graph used is not written while gradients flow through
///   the write: that op's gradient would reach the write instead of the tensor it used (PyTorch
///   refuses this at `backward()` when the op saved the tensor), so write to a copy.
///
/// Every op keeps the values its gradient needs, so writing into the result of one that PyTorch
/// saves for its backward (`tanh`, `exp`) gives the exact gradient here where PyTorch's `backward()`
/// reports the tensor as modified by an in-place operation.
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
        let recording = isGradientRecordingEnabled && (requiresGrad || value.requiresGrad)
        guard !(recording && requiresGrad && gradientNode == nil) else {
            throw TensorError(operation, graphReleased
                ? "the graph that computed this tensor was already released by backward(); write to a copy"
                : "a leaf tensor that requires gradients cannot be written in place while gradients are recorded; " +
                  "write inside noGrad { } or to a copy", shapes: [shape])
        }
        guard !(recording && recordedUses > 0) else {
            throw TensorError(operation, "this tensor was already used in a computation with gradients, which the write would change; write to a copy",
                              shapes: [shape])
        }
        // What the tensor was before the write, as an input of the write's node.
        let before = recording ? Tensor(unchecked: shape, storage, requiresGrad: requiresGrad) : nil
        before?.gradientNode = gradientNode
        let single = value.count == 1
        for (index, position) in positions.enumerated() { storage[position] = value.storage[single ? 0 : index] }
        bumpVersion()
        guard let before else { return }
        requiresGrad = true
        gradientNode = GradientNode("maskedAssign", [before, value]) { g, needed in
            var kept: [Float]? = nil
            if needed[0] {
                kept = g
                for position in positions { kept![position] = 0 }
            }
            let filled = needed[1] ? (single ? [positions.reduce(Float(0)) { $0 + g[$1] }] : positions.map { g[$0] }) : nil
            return [kept, filled]
        }
    }
}
