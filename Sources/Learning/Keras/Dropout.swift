import Compute

/// Keras's `Dropout(rate)`: while training, each element is zeroed with probability `rate` and the
/// rest are scaled by 1 / (1 − rate) (inverted dropout); at evaluation and prediction it passes
/// its input through. The mask is drawn from the generator given to `fit`.
public final class Dropout: Layer {
    public let rate: Float

    public init(_ rate: Float) {
        self.rate = rate
        super.init(declaredInputShape: nil)
    }

    override public var typeName: String { "Dropout" }
    override var baseName: String { "dropout" }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard rate >= 0, rate < 1 else { throw error("expected a rate in [0, 1), got \(rate)") }
        return inputShape
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        guard pass.training, rate > 0 else { return x }
        guard let generator = pass.generator else { throw error("dropout while training needs a random generator") }
        return try dropout(x, probability: rate, training: true, using: generator)
    }
}
