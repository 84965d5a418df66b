import Compute
import Language
import Learning
import Report

/// The Keras-style API of `Learning`, with Keras's names as globals:
///
///     let model = Sequential()
///     model.add(Conv2D(32, (3, 3), inputShape: (28, 28, 1), activation: .relu))
///     model.add(Dense(10, activation: .softmax))
///     let small = Sequential { Conv2D(16, (3, 3), inputShape: (28, 28, 1)); Flatten(); Dense(10) }
///     model.compile(optimizer: .sgd, loss: .categoricalCrossentropy, metrics: [.accuracy])
///     model.compile(optimizer: SGD(learningRate: 0.1, momentum: 0.9), loss: .sparseCategoricalCrossentropy)
///     let history = model.fit(xTrain, yTrain, validationSplit: 0.3, epochs: 5)
///     let (loss, accuracy) = model.evaluate(xTest, yTest)
///
/// Weights are drawn from the generator of the cell that builds the layer (at `add`, or at the
/// first `fit`/`predict` when no input shape was declared); `fit` shuffles and drops out with the
/// generator of the cell that calls it, and reports every batch to the cell's progress bar.
enum KerasBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.enumeration(Activation.self, "Activation", [
            "linear": .linear, "relu": .relu, "sigmoid": .sigmoid, "tanh": .tanh, "softmax": .softmax,
            "elu": .elu, "gelu": .gelu, "swish": .swish, "softplus": .softplus, "leakyRelu": .leakyRelu(alpha: 0.2),
        ])
        bindings.enumeration(Padding.self, "Padding", ["valid": .valid, "same": .same])
        bindings.enumeration(KerasLoss.self, "Loss", [
            "categoricalCrossentropy": .categoricalCrossentropy,
            "sparseCategoricalCrossentropy": .sparseCategoricalCrossentropy, "meanSquaredError": .meanSquaredError,
            "meanAbsoluteError": .meanAbsoluteError, "binaryCrossentropy": .binaryCrossentropy,
        ])
        bindings.enumeration(KerasMetric.self, "Metric", ["accuracy": .accuracy])
        bindings.enumeration(KerasOptimizer.self, "Optimizer", ["sgd": .sgd, "adam": .adam, "rmsprop": .rmsprop])
        installOptimizers(into: bindings)
        installLayers(into: bindings)
        installSequential(into: bindings, environment: environment)
        bindings.type(TimedHistory.self, "History") { t in
            t.snapshot(kind: "keras.history", version: 1, bytes: { $0.serialized() }, read: { try TimedHistory(serialized: $0) })
            t.property("history") { $0.history.history }
            t.property("loss") { $0.history.loss }
            t.property("accuracy") { $0.history.accuracy }
            t.property("valLoss") { $0.history.validationLoss }
            t.property("valAccuracy") { $0.history.validationAccuracy }
            t.property("epoch") { $0.history.epoch }
            t.property("epochSeconds") { $0.epochSeconds }
            t.property("batchLosses") { $0.history.batchLosses }
            t.property("keys") { $0.history.keys }
        }
        bindings.function("toCategorical", "_ labels: Tensor, numClasses: Int? = nil") { a in
            try toCategorical(try classLabels(a["labels"], name: "labels"), numClasses: try a.optional("numClasses", as: Int.self))
        }
    }

    /// `SGD(learningRate:momentum:nesterov:)`, `Adam(...)` and `RMSprop(...)`, Keras's
    /// `keras.optimizers` classes, and the same as factories (`.sgd(learningRate: 0.1)`), for the
    /// optimiser argument of `compile` (`.sgd`, `.adam` and `.rmsprop` give the defaults).
    private static func installOptimizers(into bindings: Bindings) {
        bindings.type(KerasOptimizer.self, "Optimizer") { t in
            t.property("learningRate") { Double($0.learningRate) }
            for factory in KerasLayerBindings.optimizerFactories {
                bindings.function(factory.className, factory.signature, factory.make)
                t.staticMethod(factory.member, factory.signature, factory.make)
            }
        }
    }

    private static func installLayers(into bindings: Bindings) {
        bindings.type(Layer.self, "Layer") { t in
            t.property("name") { $0.name }
            t.property("outputShape") { $0.outputShape.map { [Value.none] + $0.map(Value.int) } as Any? }
            t.method("countParams") { layer, _ in layer.parameterCount }
        }
        // Labelled arguments to library calls may come in any order (`inputShape:` before or after `activation:`).
        bindings.type(Conv2D.self, "Conv2D", inherits: Layer.self) { t in
            t.initializer("_ filters: Int, _ kernelSize: (Int, Int), strides: (Int, Int) = (1, 1), padding: Padding = .valid, activation: Activation = .linear, inputShape: (Int, Int, Int)? = nil") { a in
                Conv2D(try a.get("filters", as: Int.self), try pair(a, "kernelSize"), strides: try pair(a, "strides"),
                       padding: try KerasLayerBindings.identified(a["padding"], "padding", ["valid": .valid, "same": .same], a),
                       activation: try KerasLayerBindings.activation(a, "activation"),
                       inputShape: try triple(a, "inputShape"))
            }
        }
        bindings.type(MaxPooling2D.self, "MaxPooling2D", inherits: Layer.self) { t in
            t.initializer("_ poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, inputShape: (Int, Int, Int)? = nil") { a in
                MaxPooling2D(try pair(a, "poolSize"), strides: a.isPresent("strides") ? try pair(a, "strides") : nil,
                             inputShape: try triple(a, "inputShape"))
            }
        }
        bindings.type(Flatten.self, "Flatten", inherits: Layer.self) { t in
            t.initializer("inputShape: (Int, Int, Int)? = nil") { a in
                Flatten(inputShape: a.isPresent("inputShape") ? try a.shape("inputShape") : nil)
            }
        }
        bindings.type(Dense.self, "Dense", inherits: Layer.self) { t in
            // Keras takes the input's size as `input_dim=784` or `input_shape=(784,)`: `inputShape: [784]` here.
            t.initializer("_ units: Int, activation: Activation = .linear, inputDim: Int? = nil, inputShape: [Int]? = nil") { a in
                var inputDim = try a.optional("inputDim", as: Int.self)
                if a.isPresent("inputShape") {
                    let shape = try a.shape("inputShape")
                    guard shape.count == 1 else {
                        throw BindingError("Dense takes a flat input: inputShape must have one dimension, got \(shape); add Flatten() before it")
                    }
                    inputDim = shape[0]
                }
                return Dense(try a.int("units"), activation: try KerasLayerBindings.activation(a, "activation"), inputDim: inputDim)
            }
        }
        bindings.type(Dropout.self, "Dropout", inherits: Layer.self) { t in
            t.initializer("_ rate: Double") { a in
                let rate = try a.double("rate")
                guard rate >= 0, rate < 1 else { throw BindingError("Dropout rate must be in [0, 1), got \(rate)") }
                return Dropout(Float(rate))
            }
        }
    }

    private static func installSequential(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.type(Sequential.self, "Sequential") { t in
            t.fingerprint(version: \.version)
            t.snapshot(kind: "keras.sequential", version: 1, bytes: { $0.serialized() }, read: { try Sequential(serialized: $0) })
            t.initializer { _ in Sequential() }
            t.initializer("_ layers: [Layer]") { a in
                try model(of: try a.array("layers", of: Value.self), environment)
            }
            t.initializer("_ layers: @builder () -> [Layer]") { a in
                try model(of: try a.builder("layers"), environment)
            }
            t.method("add", "_ layer: Layer") { model, a in
                guard let layer = KerasLayerBindings.layer(a["layer"]) else {
                    throw BindingError("add expects a layer, got \(a["layer"].typeName)")
                }
                try model.add(layer, using: environment.cell.random)
            }
            t.method("compile", "optimizer: Optimizer = .sgd, loss: Loss, metrics: [Metric] = []") { model, a in
                let metrics = try a.array("metrics", of: Value.self).map {
                    try KerasLayerBindings.identified($0, "metric", KerasLayerBindings.metricIdentifiers, a)
                }
                try model.compile(optimizer: try KerasLayerBindings.identified(a["optimizer"], "optimizer", KerasLayerBindings.optimizerIdentifiers, a),
                                  loss: try KerasLayerBindings.identified(a["loss"], "loss", KerasLayerBindings.lossIdentifiers, a),
                                  metrics: metrics)
            }
            t.method("fit", "_ x: Tensor, _ y: Tensor, batchSize: Int = 32, epochs: Int = 1, validationSplit: Double = 0, validationData: (Tensor, Tensor)? = nil, shuffle: Bool = true, callbacks: [Callback] = [], verbose: Int = 1") { model, a in
                try fit(model, a, context: environment.cell)
            }
            t.method("evaluate", "(_ x: Tensor, _ y: Tensor, batchSize: Int = 32, verbose: Int = 1) -> (loss: Double, accuracy: Double)") { model, a in
                let verbosity = try KerasVerbosity(a)
                let (x, y) = (try a.get("x", as: Tensor.self), try classLabels(a["y"], name: "y"))
                let result = try model.evaluate(x, y, batchSize: try a.int("batchSize"))
                verbosity.finish(batches: try batches(x, a), details: ["loss: " + Table.format(result.loss), "accuracy: " + Table.format(result.accuracy)],
                                 in: environment.cell)
                return Value.tuple([.double(result.loss), .double(result.accuracy)], labels: ["loss", "accuracy"])
            }
            t.method("predict", "_ x: Tensor, batchSize: Int = 32, verbose: Int = 1") { model, a in
                let verbosity = try KerasVerbosity(a)
                let x = try a.get("x", as: Tensor.self)
                let predictions = try model.predict(x, batchSize: try a.int("batchSize"))
                verbosity.finish(batches: try batches(x, a), details: [], in: environment.cell)
                return predictions
            }
            t.method("summary") { model, _ in try model.summary().display(in: environment.cell, caption: nil) }
            t.method("countParams") { model, _ in model.countParams() }
            t.property("layers") { $0.layers }
            t.property("version") { $0.version }
        }
    }

    /// `model.fit(...)` with the cell's generator, its progress bar, and per-epoch timing.
    private static func fit(_ model: Sequential, _ a: Arguments, context: CellContext) throws -> TimedHistory {
        var validation: (Tensor, Tensor)?
        if a.isPresent("validationData") {
            let pair = try a.array("validationData", of: Value.self)
            guard pair.count == 2, let vx = pair[0].hostValue as? Tensor else {
                throw BindingError("validationData must be a tuple (x, y) of two tensors")
            }
            validation = (vx, try classLabels(pair[1], name: "validationData"))
        }
        let observer = EpochTimer(forwardingTo: try KerasVerbosity(a).observer(for: context))
        let history = try model.fit(try a.get("x", as: Tensor.self), try classLabels(a["y"], name: "y"),
                                    batchSize: try a.int("batchSize"), epochs: try a.int("epochs"),
                                    validationSplit: try a.double("validationSplit"), validationData: validation,
                                    shuffle: try a.bool("shuffle"), callbacks: try a.array("callbacks", of: KerasCallback.self),
                                    observer: observer, using: context.random)
        return TimedHistory(history: history, epochSeconds: observer.epochSeconds)
    }

    /// How many batches of `batchSize` cover the samples of `x`.
    private static func batches(_ x: Tensor, _ a: Arguments) throws -> Int {
        let size = max(try a.int("batchSize"), 1)
        return ((x.shape.first ?? 0) + size - 1) / size
    }

    /// Targets or labels from a Tensor, or from an array of class indices such as `[3, 1, 4]`.
    static func classLabels(_ value: Value, name: String) throws -> Tensor {
        if let tensor = value.hostValue as? Tensor { return tensor }
        if let numbers = [Float](scriptValue: value) { return Tensor(numbers) }
        throw BindingError("argument '\(name)' expects a Tensor or [Int], got \(value.typeName)")
    }

    /// `Sequential([Dense(…), …])` and `Sequential { Dense(…); … }`: a model of the layers in order.
    private static func model(of items: [Value], _ environment: NotebookEnvironment) throws -> Sequential {
        let model = Sequential()
        for item in items {
            guard let layer = KerasLayerBindings.layer(item) else {
                throw BindingError("a Sequential model holds layers, got \(item.typeName)")
            }
            try model.add(layer, using: environment.cell.random)
        }
        return model
    }

    private static func pair(_ a: Arguments, _ name: String) throws -> (Int, Int) {
        let values = try a.ints(name, count: 2)
        return (values[0], values[1])
    }

    private static func triple(_ a: Arguments, _ name: String) throws -> (Int, Int, Int)? {
        guard a.isPresent(name) else { return nil }
        let values = try a.ints(name, count: 3)
        return (values[0], values[1], values[2])
    }
}

/// Forwards `fit`'s events to the cell's progress bar (the runner's `ProgressObserver`) and keeps
/// each epoch's duration, which `History` does not record.
private final class EpochTimer: TrainingObserver {
    private let progress: TrainingObserver
    private(set) var epochSeconds: [Double] = []

    init(forwardingTo progress: TrainingObserver) {
        self.progress = progress
    }

    func trainingBegan(_ start: TrainingStart) throws { try progress.trainingBegan(start) }
    func batchEnded(_ batch: Learning.BatchProgress) throws { try progress.batchEnded(batch) }

    func epochEnded(_ summary: Learning.EpochSummary) throws {
        epochSeconds.append(summary.seconds)
        try progress.epochEnded(summary)
    }

    func trainingEnded() throws { try progress.trainingEnded() }
}
