import Compute

/// The optimiser named in `compile(optimizer:)`, with Keras's defaults.
///
/// - `.sgd` is Keras's `SGD()`: learning rate 0.01, no momentum. With momentum μ it updates
///   v ← μv − ηg, p ← p + v (equal to Compute's PyTorch-form SGD at a constant rate).
/// - `.adam` is Keras's `Adam()`: learning rate 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7. The update runs on
///   Compute's Adam, which adds ε to the bias-corrected √v̂ (PyTorch's form) where Keras adds it to
///   the uncorrected √v; the two differ only while ε is comparable to √v.
public struct KerasOptimizer: Equatable, Sendable {
    public enum Kind: UInt8, Equatable, Sendable { case sgd, adam, rmsprop }
    public let kind: Kind
    public let learningRate: Float
    /// SGD and RMSprop momentum (0 for Adam).
    public let momentum: Float
    /// SGD Nesterov flag.
    public let nesterov: Bool
    /// Adam β₁ (RMSprop's ρ), β₂ and ε (unused by SGD).
    public let beta1: Float
    public let beta2: Float
    public let epsilon: Float

    /// Keras's `SGD()` defaults: learning rate 0.01, no momentum.
    public static let sgd = KerasOptimizer.sgd()
    /// Keras's `Adam()` defaults: learning rate 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7.
    public static let adam = KerasOptimizer.adam()

    public static func sgd(learningRate: Float = 0.01, momentum: Float = 0, nesterov: Bool = false) -> KerasOptimizer {
        KerasOptimizer(kind: .sgd, learningRate: learningRate, momentum: momentum, nesterov: nesterov,
                       beta1: 0, beta2: 0, epsilon: 0)
    }

    public static func adam(learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999,
                             epsilon: Float = 1e-7) -> KerasOptimizer {
        KerasOptimizer(kind: .adam, learningRate: learningRate, momentum: 0, nesterov: false,
                       beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// Keras's `RMSprop()`: learning rate 0.001, ρ 0.9, no momentum, ε 1e-7 added inside the
    /// square root, as Keras does.
    public static func rmsprop(learningRate: Float = 0.001, rho: Float = 0.9, momentum: Float = 0,
                               epsilon: Float = 1e-7) -> KerasOptimizer {
        KerasOptimizer(kind: .rmsprop, learningRate: learningRate, momentum: momentum, nesterov: false,
                       beta1: rho, beta2: 0, epsilon: epsilon)
    }

    /// Keras's `RMSprop()` defaults.
    public static let rmsprop = KerasOptimizer.rmsprop()

    /// A Compute optimiser over `parameters` with these settings.
    func make(_ parameters: [Tensor]) throws -> Optimizer {
        do {
            switch kind {
            case .sgd:
                return try SGD(parameters, learningRate: learningRate, momentum: momentum, nesterov: nesterov)
            case .adam:
                return try Adam(parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
            case .rmsprop:
                return try RMSprop(parameters, learningRate: learningRate, alpha: beta1, epsilon: epsilon, momentum: momentum,
                                   epsilonInsideRoot: true)
            }
        } catch let error as TensorError {
            throw KerasError("compile", "invalid optimizer settings: \(error.reason)")
        }
    }
}

/// The loss named in `compile(loss:)`. Both take the model's output as probabilities (a softmax
/// last layer), as Keras does with `from_logits=False`: each row is divided by its sum and clipped
/// to [1e-7, 1 − 1e-7] before the logarithm; the loss is the mean over the batch.
public enum KerasLoss: UInt8, Equatable, Sendable {
    /// Targets are one-hot rows [N, classes] (see `toCategorical`).
    case categoricalCrossentropy
    /// Targets are class indices [N] stored as integral Floats.
    case sparseCategoricalCrossentropy
    /// Regression: mean of (prediction − target)²; targets have the output's shape.
    case meanSquaredError
    /// Regression: mean of |prediction − target|; targets have the output's shape.
    case meanAbsoluteError
    /// Probabilities against 0/1 targets of the output's shape, clipped to [1e-7, 1 − 1e-7] as Keras does.
    case binaryCrossentropy

    /// Whether the loss compares classes, so that `accuracy` means something.
    var isClassification: Bool { self != .meanSquaredError && self != .meanAbsoluteError }
}

/// Metrics tracked by `fit` and `evaluate` besides the loss.
public enum KerasMetric: UInt8, Equatable, Sendable {
    /// The fraction of samples whose arg-max prediction is the true class (Keras picks categorical
    /// or sparse accuracy from the loss; so does this).
    case accuracy
}

/// What `compile` recorded.
public struct CompileSettings: Equatable, Sendable {
    public let optimizer: KerasOptimizer
    public let loss: KerasLoss
    public let metrics: [KerasMetric]
}
