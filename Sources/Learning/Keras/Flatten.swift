import Compute

/// Flattens each sample to one vector (Keras's `Flatten`), in Keras's channels-last order
/// (height, then width, then channel), so a following `Dense` kernel means what it means in Keras.
public final class Flatten: Layer {
    /// `inputShape` is optional, e.g. `[28, 28]` when the model starts with `Flatten`.
    public init(inputShape: [Int]? = nil) {
        super.init(declaredInputShape: inputShape)
    }

    override public var typeName: String { "Flatten" }
    override var baseName: String { "flatten" }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard !inputShape.isEmpty else { throw error("expected input with at least one feature dimension, got (None,)") }
        return [inputShape.reduce(1, *)]
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        // 4-D feature maps arrive channels-first; Keras flattens channels-last.
        let channelsLast = x.rank == 4 && x.shape[1] > 1 ? try x.permuted([0, 2, 3, 1]) : x
        return try channelsLast.reshaped([x.shape[0], -1])
    }
}
