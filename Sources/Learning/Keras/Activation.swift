import Compute

/// The activation functions a Keras layer can apply to its output (`activation: .relu`).
/// `linear` (the default) is the identity. `softmax` normalises along the last (channel) axis,
/// as Keras does. `leakyRelu`'s slope defaults to Keras's 0.2; `gelu` is the exact form.
public enum Activation: Equatable, Sendable {
    case linear, relu, sigmoid, tanh, softmax, elu, gelu, swish, softplus
    case leakyRelu(alpha: Float)

    /// Every activation by its Keras identifier (`"relu"`, `"leaky_relu"` with the default slope).
    public static let byIdentifier: KeyValuePairs<String, Activation> = [
        "linear": .linear, "relu": .relu, "sigmoid": .sigmoid, "tanh": .tanh, "softmax": .softmax, "elu": .elu,
        "gelu": .gelu, "swish": .swish, "softplus": .softplus, "leaky_relu": .leakyRelu(alpha: 0.2),
    ]

    /// The activation named by a Keras identifier, or an error listing the valid ones.
    public init(identifier: String) throws {
        guard let found = Activation.byIdentifier.first(where: { $0.key == identifier })?.value else {
            let names = Activation.byIdentifier.map { "\"\($0.key)\"" }.joined(separator: ", ")
            throw KerasError("activation", "unknown activation \"\(identifier)\"; expected one of \(names)")
        }
        self = found
    }

    /// The Keras identifier, with a non-default slope as `leaky_relu(alpha)`; `init(serialized:)`
    /// reads it back.
    public var serialized: String {
        switch self {
        case .leakyRelu(let alpha) where alpha != 0.2: return "leaky_relu(\(alpha))"
        default: return Activation.byIdentifier.first { $0.value == self }?.key ?? "linear"
        }
    }

    /// Reads what `serialized` wrote; nil for anything else.
    public init?(serialized text: String) {
        if text.hasPrefix("leaky_relu("), text.hasSuffix(")"), let alpha = Float(text.dropFirst(11).dropLast()) {
            self = .leakyRelu(alpha: alpha)
        } else if let found = try? Activation(identifier: text) {
            self = found
        } else {
            return nil
        }
    }

    /// Applies the function to `x`. Feature maps inside a model travel channels-first
    /// ([N, C, H, W]), so on rank-4 input softmax runs along axis 1, Keras's channel axis.
    func apply(_ x: Tensor) throws -> Tensor {
        switch self {
        case .linear: return x
        case .relu: return Compute.relu(x)
        case .sigmoid: return Compute.sigmoid(x)
        case .tanh: return Compute.tanh(x)
        case .softmax: return try Compute.softmax(x, dim: x.rank == 4 ? 1 : -1)
        case .elu: return Compute.elu(x)
        case .gelu: return Compute.gelu(x)
        case .swish: return Compute.swish(x)
        case .softplus: return Compute.softplus(x)
        case .leakyRelu(let alpha): return Compute.leakyRelu(x, negativeSlope: alpha)
        }
    }
}

/// Keras's `Activation` layer: applies an activation to its input and has no weights.
public final class ActivationLayer: Layer {
    public let activation: Activation

    public init(_ activation: Activation, inputShape: [Int]? = nil) {
        self.activation = activation
        super.init(declaredInputShape: inputShape)
    }

    override public var typeName: String { "Activation" }
    override var baseName: String { "activation" }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor { try activation.apply(x) }
}
