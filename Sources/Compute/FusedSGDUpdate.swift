/// A training step's request that ops apply plain SGD (p −= η·g) to some parameters while they
/// form the gradient, instead of returning the gradient for `step()` to apply.
///
/// `SGD.trainingStep` makes one when neither momentum nor weight decay needs the gradient and
/// hands it to the forward pass; a layer passes it on explicitly to the op that supports it
/// (`matmul(_:_:fusedUpdate:)`, `linear(_:weight:bias:fusedUpdate:)`). For a Dense kernel at a
/// small batch this saves writing the whole weight gradient and reading it back (the kernel
/// update happens block by block, in cache). Parameters the ops do not update keep their
/// gradients and are updated by `step()` as usual; the result is bit-identical to the unfused step.
public struct FusedSGDUpdate {
    /// The learning rate η.
    public let learningRate: Float
    private let parameters: Set<ObjectIdentifier>

    init(learningRate: Float, parameters: [Tensor]) {
        self.learningRate = learningRate
        self.parameters = Set(parameters.map(ObjectIdentifier.init))
    }

    /// Whether `tensor` is one of the optimiser's parameters, so an op may update it in backward.
    public func covers(_ tensor: Tensor) -> Bool { parameters.contains(ObjectIdentifier(tensor)) }
}
