import Compute

/// A fully connected layer (Keras's `Dense`): output = activation(x · kernel + bias) with kernel
/// [inputFeatures, units] drawn Glorot-uniform (limit √(6 / (in + units))) and bias [units] zeros.
///
/// Unlike Keras, which applies Dense to the last axis of higher-rank input, this layer expects flat
/// input (None, features) and says so; put `Flatten()` before it.
public final class Dense: Layer {
    public let units: Int
    public let activation: Activation
    /// [inputFeatures, units]; nil until built.
    public private(set) var kernel: Tensor?
    /// [units]; nil until built.
    public private(set) var bias: Tensor?

    /// `inputDim` gives the number of input features when this is the model's first layer.
    public init(_ units: Int, activation: Activation = .linear, inputDim: Int? = nil) {
        self.units = units
        self.activation = activation
        super.init(declaredInputShape: inputDim.map { [$0] })
    }

    override public var typeName: String { "Dense" }
    override var baseName: String { "dense" }
    override public var parameters: [Tensor] { [kernel, bias].compactMap { $0 } }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard units >= 1 else { throw error("units must be ≥ 1, got \(units)") }
        guard inputShape.count == 1, inputShape[0] >= 1 else {
            throw error("expected flat input (None, features), got \(kerasShape(inputShape)); add Flatten() before this layer")
        }
        kernel = try weight([inputShape[0], units], .glorotUniform, fanIn: inputShape[0], fanOut: units, using: generator)
        bias = try weight([units], .zeros, fanIn: 1, fanOut: 1, using: generator)
        return [units]
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        guard let kernel, let bias else { throw error("the layer is not built") }
        guard x.rank == 2, x.shape[1] == kernel.shape[0] else {
            throw error("expected input with \(kernel.shape[0]) features, got \(kerasDataShape(x.shape))")
        }
        return try activation.apply(linear(x, weight: kernel, bias: bias, fusedUpdate: pass.fusedUpdate))
    }
}
