import Compute

/// Keras's `BatchNormalization` over the last (channel) axis: while training (`fit`), each batch
/// is normalised with its own mean and biased variance and the moving statistics follow
/// moving = moving · momentum + batch · (1 − momentum); at inference (`predict`, `evaluate`) the
/// moving statistics are used. Output = γ · (x − μ) / √(σ² + ε) + β with γ (`gamma`) starting at
/// ones, β (`beta`) at zeros, the moving mean at zeros and the moving variance at ones.
/// Keras's defaults: momentum 0.99, epsilon 1e-3.
public final class BatchNormalization: Layer {
    public let momentum: Float
    public let epsilon: Float
    public private(set) var gamma: Tensor?
    public private(set) var beta: Tensor?
    public private(set) var movingMean: Tensor?
    public private(set) var movingVariance: Tensor?

    public init(momentum: Float = 0.99, epsilon: Float = 1e-3, inputShape: [Int]? = nil) {
        self.momentum = momentum
        self.epsilon = epsilon
        super.init(declaredInputShape: inputShape)
    }

    override public var typeName: String { "BatchNormalization" }
    override var baseName: String { "batch_normalization" }
    override public var parameters: [Tensor] { [gamma, beta].compactMap { $0 } }
    override public var nonTrainableWeights: [Tensor] { [movingMean, movingVariance].compactMap { $0 } }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard let channels = inputShape.last, channels >= 1 else {
            throw error("expected input with a channel axis, got \(kerasShape(inputShape))")
        }
        guard (0...1).contains(momentum), epsilon > 0 else {
            throw error("expected momentum in [0, 1] and epsilon > 0, got \(momentum) and \(epsilon)")
        }
        gamma = try Tensor.ones([channels])
        beta = try Tensor.zeros([channels])
        gamma?.requiresGrad = true
        beta?.requiresGrad = true
        movingMean = try Tensor.zeros([channels])
        movingVariance = try Tensor.ones([channels])
        return inputShape
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        guard let gamma, let beta, let movingMean, let movingVariance else { throw error("the layer is not built") }
        guard pass.training else {
            return try batchNorm(x, mean: movingMean, variance: movingVariance, weight: gamma, bias: beta, epsilon: epsilon)
        }
        let (output, batch) = try batchNorm(x, weight: gamma, bias: beta, epsilon: epsilon)
        try follow(movingMean, batch.mean)
        try follow(movingVariance, batch.variance)
        return output
    }

    /// moving ← moving · momentum + batch · (1 − momentum), in place.
    private func follow(_ moving: Tensor, _ batch: [Float]) throws {
        let keep = momentum
        try moving.withMutableScalars { values in
            for i in values.indices { values[i] = values[i] * keep + batch[i] * (1 - keep) }
        }
    }
}
