import Compute

/// A Keras-style layer: a configuration given at construction, weights drawn when the layer is
/// built (once the shape of its input is known, usually when it is added to a `Sequential`), and a
/// forward computation.
///
/// Shapes in the API (`inputShape`, `outputShape`) follow Keras: without the batch dimension and
/// channels-last, e.g. `[26, 26, 32]`. Inside a model, 4-D feature maps travel channels-first
/// ([N, C, H, W]) because Compute's convolution and pooling are NCHW; `Sequential` converts at the
/// model's edges and `Flatten` flattens in Keras's (H, W, C) order, so the weights have exactly
/// Keras's layout and meaning.
///
/// Constructing a layer never fails; a configuration that cannot work (zero filters, a pooling
/// window larger than the input) is reported as a `KerasError` naming the layer when it is built.
public class Layer {
    /// Unique within its model, assigned when added in Keras's style: `conv2d`, `conv2d_1`, `dense`.
    public internal(set) var name: String = ""
    /// The input shape given at construction (`inputShape:`), without the batch dimension.
    public let declaredInputShape: [Int]?
    /// The input shape the layer was built for, without the batch dimension; nil until built.
    public private(set) var inputShape: [Int]?
    /// The output shape, without the batch dimension; nil until built.
    public private(set) var outputShape: [Int]?
    /// Whether the layer belongs to a model already.
    var isAttached = false

    init(declaredInputShape: [Int]?) {
        self.declaredInputShape = declaredInputShape
    }

    /// The class name Keras shows in summaries (`Conv2D`).
    public var typeName: String { "Layer" }
    /// The stem of automatic names (`conv2d`).
    var baseName: String { "layer" }
    /// The trainable weights, in Keras's order (kernel, then bias). Empty until built.
    public var parameters: [Tensor] { [] }
    /// Weights the layer updates itself rather than the optimiser (BatchNormalization's moving
    /// mean and variance), in Keras's order after the trainable ones. Empty until built.
    public var nonTrainableWeights: [Tensor] { [] }
    /// Number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
    public var isBuilt: Bool { outputShape != nil }

    /// Validates the configuration against `inputShape`, creates the weights (drawn from
    /// `generator`, or zeros when it is nil because stored weights will be loaded) and records the shapes.
    func build(inputShape: [Int], using generator: RandomGenerator?) throws {
        outputShape = try makeWeights(inputShape: inputShape, using: generator)
        self.inputShape = inputShape
    }

    /// Subclasses check `inputShape`, create their weights and return the output shape.
    func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] { inputShape }

    /// The layer's computation on a batch in the model's internal layout (see the type's doc).
    func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor { x }

    /// An error about this layer, named as the user knows it.
    func error(_ reason: String) -> KerasError { KerasError(name.isEmpty ? baseName : name, reason) }

    /// Draws a weight tensor, or zeros when no generator is given.
    func weight(_ shape: [Int], _ initializer: Initializer, fanIn: Int, fanOut: Int,
                using generator: RandomGenerator?) throws -> Tensor {
        let chosen = generator == nil ? Initializer.zeros : initializer
        return try Tensor.parameter(shape, initializer: chosen, fanIn: max(fanIn, 1), fanOut: max(fanOut, 1),
                                    using: generator ?? RandomGenerator(seed: 0))
    }
}

/// Collects the layers written in a `Sequential { ... }` block, in order.
@resultBuilder
public enum LayerBuilder {
    public static func buildExpression(_ layer: Layer) -> [Layer] { [layer] }
    public static func buildBlock(_ parts: [Layer]...) -> [Layer] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Layer]?) -> [Layer] { part ?? [] }
    public static func buildEither(first part: [Layer]) -> [Layer] { part }
    public static func buildEither(second part: [Layer]) -> [Layer] { part }
    public static func buildArray(_ parts: [[Layer]]) -> [Layer] { parts.flatMap { $0 } }
}

/// What one forward pass through a model's layers is for: training (dropout active) or
/// inference; the generator dropout masks come from; and, inside a fused training step, the
/// optimiser's `FusedSGDUpdate`, which Dense layers hand to their product so it updates the
/// kernel during backward.
struct ForwardPass {
    let training: Bool
    let generator: RandomGenerator?
    let fusedUpdate: FusedSGDUpdate?

    static let inference = ForwardPass(training: false, generator: nil, fusedUpdate: nil)
}
