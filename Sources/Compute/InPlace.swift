/// In-place arithmetic (`w -= lr * w.grad!`, PyTorch's `sub_`): the tensor keeps its identity,
/// `requiresGrad` and gradient, so a leaf stays a leaf, and its `version` increases. As in PyTorch,
/// a tensor that requires gradients may be changed in place only with recording off (`noGrad`),
/// since the graph would otherwise not see the change.

extension Tensor {
    /// `self += other` in place (`other` broadcasts to this shape).
    public func addInPlace(_ other: Tensor) throws { try update(with: other, "+=", Sum.self) }
    /// `self -= other` in place.
    public func subtractInPlace(_ other: Tensor) throws { try update(with: other, "-=", Difference.self) }
    /// `self *= other` in place.
    public func multiplyInPlace(_ other: Tensor) throws { try update(with: other, "*=", Product.self) }
    /// `self /= other` in place.
    public func divideInPlace(_ other: Tensor) throws { try update(with: other, "/=", Quotient.self) }

    /// Sets the gradient to nil (`tensor.grad = nil`; what `optimizer.zeroGrad()` does per parameter).
    public func zeroGrad() { grad = nil }

    private func update<F: BinaryElementFunction>(with other: Tensor, _ operation: String, _ function: F.Type) throws {
        guard !(requiresGrad && isGradientRecordingEnabled) else {
            throw TensorError(operation, "a tensor that requires gradients can be changed in place only inside noGrad { }", shapes: [shape])
        }
        let target = try broadcastShape(shape, other.shape, operation: operation)
        guard target == shape else {
            throw TensorError(operation, "the right-hand side must broadcast to the left-hand side's shape", shapes: [shape, other.shape])
        }
        storage = broadcastBinary(storage, shape, other.storage, other.shape, shape, function)
        bumpVersion()
    }
}
