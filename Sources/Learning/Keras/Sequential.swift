import Compute

/// A Keras-style model: a stack of layers, each fed the previous one's output.
///
/// ```swift
/// let model = Sequential()
/// try model.add(Conv2D(32, (3, 3), activation: .relu, inputShape: (28, 28, 1)), using: rng)
/// try model.add(Flatten(), using: rng)
/// try model.add(Dense(10, activation: .softmax), using: rng)
/// try model.compile(optimizer: .sgd, loss: .categoricalCrossentropy, metrics: [.accuracy])
/// let history = try model.fit(xTrain, yTrain, epochs: 5, validationSplit: 0.3, using: rng)
/// ```
/// Data is channels-last as in Keras: images [N, height, width, channels] (Float), one-hot targets
/// [N, classes] or class indices [N]. Layers are built (their weights drawn from the generator) as
/// soon as their input shape is known: when added, if the first layer declares `inputShape`,
/// otherwise at the first `fit`, from the data.
public final class Sequential {
    /// The layers in order.
    public internal(set) var layers: [Layer] = []
    /// Keras's default model name.
    public let name = "sequential"
    /// What `compile` recorded; nil before.
    public internal(set) var compileSettings: CompileSettings?
    /// The optimiser with its state (momentum, moments), created by `compile` once the model is built.
    var optimizer: Optimizer?
    /// Bumped by structural changes (add, compile, building); the weights' own versions do the rest.
    var structureVersion = 0

    /// An empty model; add layers with `add(_:using:)`.
    public init() {}

    /// A model of the layers in the block, built as they are added (Keras's `Sequential([...])`).
    public convenience init(using generator: RandomGenerator, @LayerBuilder _ layers: () -> [Layer]) throws {
        self.init()
        for layer in layers() { try add(layer, using: generator) }
    }

    /// Changes whenever the weights, the optimiser state or the structure change (the cell cache
    /// compares it to see mutation).
    public var version: Int {
        trainableParameters.reduce(structureVersion) { $0 + $1.version }
    }

    /// Every trainable weight tensor, layer by layer (kernel before bias).
    public var trainableParameters: [Tensor] { layers.flatMap(\.parameters) }
    /// Every layer's trainable weights, then every layer's non-trainable ones (moving statistics):
    /// what `saveWeights` and the cache store.
    public var allWeights: [Tensor] { trainableParameters + layers.flatMap(\.nonTrainableWeights) }

    /// Total number of trainable scalars (Keras's `count_params()`).
    public func countParams() -> Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// Whether every layer is built (the model's input shape is known).
    public var isBuilt: Bool { !layers.isEmpty && layers.allSatisfy(\.isBuilt) }

    /// The model's input shape without the batch dimension, once known.
    public var inputShape: [Int]? { layers.first?.inputShape ?? layers.first?.declaredInputShape }

    /// The model's output shape without the batch dimension, once built.
    public var outputShape: [Int]? { isBuilt ? layers.last?.outputShape : nil }

    /// Appends `layer`, naming it (`dense`, `dense_1`, …) and building it at once when the shape of
    /// its input is known; its weights are drawn from `generator`. A layer that does not fit (a
    /// `Dense` after a 4-D output) is not added and the error names it.
    public func add(_ layer: Layer, using generator: RandomGenerator) throws {
        guard !layer.isAttached else {
            throw KerasError(layer.name, "this layer already belongs to a model; create a new layer instead")
        }
        layer.name = uniqueName(for: layer)
        if let declared = layer.declaredInputShape, !layers.isEmpty, let previous = layers.last?.outputShape,
           declared != previous {
            throw layer.error("expected input \(kerasShape(declared)) as declared, got \(kerasShape(previous)) from \(layers.last!.name)")
        }
        let inputShape = layers.isEmpty ? layer.declaredInputShape : (isBuilt ? layers.last?.outputShape : nil)
        if let inputShape { try layer.build(inputShape: inputShape, using: generator) }
        layer.isAttached = true
        layers.append(layer)
        structureVersion += 1
        if optimizer != nil, let settings = compileSettings { optimizer = try settings.optimizer.make(trainableParameters) }
    }

    /// Builds the layers not built yet, starting from `inputShape` (the data's shape without the batch).
    func buildIfNeeded(inputShape: [Int], using generator: RandomGenerator?) throws {
        var shape = inputShape
        for layer in layers {
            if !layer.isBuilt { try layer.build(inputShape: shape, using: generator) }
            shape = layer.outputShape ?? shape
        }
        structureVersion += 1
    }

    private func uniqueName(for layer: Layer) -> String {
        let taken = Set(layers.map(\.name))
        if !taken.contains(layer.baseName) { return layer.baseName }
        var index = 1
        while taken.contains("\(layer.baseName)_\(index)") { index += 1 }
        return "\(layer.baseName)_\(index)"
    }

    /// Records the optimiser, loss and metrics for `fit` and `evaluate` (Keras's `compile`). A new
    /// compile starts the optimiser afresh; weights are kept.
    public func compile(optimizer: KerasOptimizer = .sgd, loss: KerasLoss, metrics: [KerasMetric] = []) throws {
        _ = try optimizer.make([])   // validates the settings now rather than at fit
        guard loss.isClassification || !metrics.contains(.accuracy) else {
            throw KerasError("compile", "the accuracy metric needs a classification loss, not \(loss)")
        }
        compileSettings = CompileSettings(optimizer: optimizer, loss: loss, metrics: metrics)
        self.optimizer = isBuilt ? try optimizer.make(trainableParameters) : nil
        structureVersion += 1
    }

    /// The model's output for `x` [N, …] (Keras's `predict`): evaluated in batches of `batchSize`
    /// (run several at a time, see `inferenceRows`) without dropout and without recording
    /// gradients; [N, classes] for a classifier.
    public func predict(_ x: Tensor, batchSize: Int = 32) throws -> Tensor {
        try checkInput(x, call: "predict")
        guard batchSize >= 1 else { throw KerasError("predict", expected: "batchSize ≥ 1", got: "\(batchSize)") }
        let count = x.shape[0]
        var outputs: [Float] = []
        var rowShape: [Int] = outputShape ?? []
        let chunk = Sequential.inferenceRows(batchSize: batchSize)
        try noGrad {
            for start in stride(from: 0, to: count, by: chunk) {
                let batch = try x.slice(start..<min(start + chunk, count))
                let y = try forward(batch, .inference)
                rowShape = Array(y.shape.dropFirst())
                outputs += y.scalars
            }
        }
        return try Tensor(shape: [count] + rowShape, scalars: outputs)
    }

    /// Runs the layers on one batch in Keras's channels-last layout: converts 4-D input to the
    /// internal channels-first layout and a 4-D output back. Compute errors are reported with the
    /// name of the layer that raised them.
    func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        var h = x
        if x.rank == 4 {
            h = x.shape[3] == 1 ? try x.reshaped([x.shape[0], 1, x.shape[1], x.shape[2]]) : try x.nhwcToNCHW()
        }
        for layer in layers {
            do {
                h = try layer.forward(h, pass)
            } catch let error as TensorError {
                throw layer.error(error.description)
            }
        }
        return h.rank == 4 ? try h.nchwToNHWC() : h
    }

    /// Checks that `x` is a non-empty batch of samples of the model's input shape.
    func checkInput(_ x: Tensor, call: String) throws {
        guard !layers.isEmpty else { throw KerasError(call, "the model has no layers; add some first") }
        guard x.rank >= 1, x.shape[0] >= 1 else {
            throw KerasError(call, expected: "a non-empty dataset", got: "a tensor of shape \(x.shape)")
        }
        guard let first = layers.first, let expected = inputShape else {
            throw KerasError(call, "the model is not built: give the first layer an inputShape or call fit first")
        }
        guard Array(x.shape.dropFirst()) == expected else {
            throw KerasError(first.name, expected: "input of shape \(kerasShape(expected))", got: kerasDataShape(x.shape))
        }
    }
}
