import Compute
import Language
import Learning

/// Keras layers and activations beyond the article's, and Keras's string identifiers:
///
///     Sequential {
///         Dense(64, inputDim: 784); BatchNormalization(); Activation("relu")   // a layer in a model
///         Dense(10, activation: "softmax")
///     }
///     Conv2D(16, (3, 3), activation: .leakyRelu(alpha: 0.1)); AveragePooling2D(); GlobalAveragePooling2D()
enum KerasLayerBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.type(Activation.self, "Activation") { t in
            t.fingerprint { $0.serialized }
            t.snapshot(kind: "keras.activation", version: 1, bytes: { Array($0.serialized.utf8) }, read: { bytes in
                guard let activation = Activation(serialized: String(decoding: bytes, as: UTF8.self)) else {
                    throw BindingError("unknown stored activation")
                }
                return activation
            })
            t.initializer("_ identifier: String") { a in try Activation(identifier: try a.string("identifier")) }
            t.staticMethod("leakyRelu", "alpha: Double = 0.2") { a in Activation.leakyRelu(alpha: try a.get("alpha", as: Float.self)) }
        }
        bindings.type(ActivationLayer.self, "ActivationLayer", inherits: Layer.self)
        bindings.type(BatchNormalization.self, "BatchNormalization", inherits: Layer.self) { t in
            t.initializer("momentum: Double = 0.99, epsilon: Double = 0.001") { a in
                BatchNormalization(momentum: try a.get("momentum", as: Float.self), epsilon: try a.get("epsilon", as: Float.self))
            }
            t.property("movingMean") { $0.movingMean as Any? }
            t.property("movingVariance") { $0.movingVariance as Any? }
        }
        bindings.type(AveragePooling2D.self, "AveragePooling2D", inherits: Layer.self) { t in
            t.initializer("_ poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid, inputShape: (Int, Int, Int)? = nil") { a in
                let pool = try a.ints("poolSize", count: 2)
                let strides = a.isPresent("strides") ? try a.ints("strides", count: 2) : nil
                let shape = a.isPresent("inputShape") ? try a.ints("inputShape", count: 3) : nil
                return AveragePooling2D((pool[0], pool[1]), strides: strides.map { ($0[0], $0[1]) },
                                        padding: try identified(a["padding"], "padding", ["valid": .valid, "same": .same], a),
                                        inputShape: shape.map { ($0[0], $0[1], $0[2]) })
            }
        }
        bindings.type(GlobalPooling2D.self, "GlobalPooling2D", inherits: Layer.self)
        installCallbacks(into: bindings)
        bindings.function("GlobalAveragePooling2D") { _ in GlobalPooling2D(max: false) }
        bindings.function("GlobalMaxPooling2D") { _ in GlobalPooling2D(max: true) }
    }

    private static func installCallbacks(into bindings: Bindings) {
        bindings.type(EarlyStopping.self, "EarlyStopping") { t in
            t.fingerprint { "\(ObjectIdentifier($0).hashValue):\($0.stoppedEpoch ?? -1)" }
            t.snapshot(kind: "keras.early-stopping", version: 1, bytes: { $0.serialized() }, read: { try EarlyStopping(serialized: $0) })
            t.initializer("monitor: String = \"val_loss\", minDelta: Double = 0, patience: Int = 0, restoreBestWeights: Bool = false") { a in
                EarlyStopping(monitor: try a.string("monitor"), minDelta: try a.double("minDelta"), patience: try a.int("patience"),
                              restoreBestWeights: try a.bool("restoreBestWeights"))
            }
            t.property("stoppedEpoch") { $0.stoppedEpoch }
        }
        bindings.type(LearningRateScheduler.self, "LearningRateScheduler") { t in
            t.fingerprint { "\(ObjectIdentifier($0).hashValue)" }
            t.initializer("_ schedule: (Int, Double) -> Double") { a in
                let schedule = try a.function("schedule")
                return LearningRateScheduler { epoch, rate in
                    let result = try schedule([.int(epoch), .double(rate)])
                    guard let value = Double(scriptValue: result) else {
                        throw BindingError("the schedule must return a learning rate (Double), got \(result.typeName)")
                    }
                    return value
                }
            }
        }
        bindings.type(ReduceLROnPlateau.self, "ReduceLROnPlateau") { t in
            t.fingerprint { "\(ObjectIdentifier($0).hashValue)" }
            t.snapshot(kind: "keras.reduce-lr-on-plateau", version: 1, bytes: { $0.serialized() }, read: { try ReduceLROnPlateau(serialized: $0) })
            t.initializer("monitor: String = \"val_loss\", factor: Double = 0.1, patience: Int = 10, minDelta: Double = 0.0001, cooldown: Int = 0, minLr: Double = 0") { a in
                try ReduceLROnPlateau(monitor: try a.string("monitor"), factor: try a.double("factor"), patience: try a.int("patience"),
                                      minDelta: try a.double("minDelta"), cooldown: try a.int("cooldown"), minLR: try a.double("minLr"))
            }
        }
    }

    /// An activation given as `.relu`, `Activation.leakyRelu(alpha: 0.1)` or a Keras identifier
    /// such as `"relu"` (an unknown identifier is an error listing the valid ones).
    static func activation(_ a: Arguments, _ name: String) throws -> Activation {
        if case .string(let identifier) = a[name] { return try Activation(identifier: identifier) }
        return try a.get(name, as: Activation.self)
    }

    /// Keras's optimiser classes (`SGD(…)`) and their factory spellings (`.sgd(…)`), with Keras's defaults.
    static let optimizerFactories: [(className: String, member: String, signature: String, make: (Arguments) throws -> KerasOptimizer)] = [
        ("SGD", "sgd", "learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false", { a in
            KerasOptimizer.sgd(learningRate: try a.get("learningRate", as: Float.self), momentum: try a.get("momentum", as: Float.self),
                               nesterov: try a.bool("nesterov"))
        }),
        ("Adam", "adam", "learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7", { a in
            KerasOptimizer.adam(learningRate: try a.get("learningRate", as: Float.self), beta1: try a.get("beta1", as: Float.self),
                                beta2: try a.get("beta2", as: Float.self), epsilon: try a.get("epsilon", as: Float.self))
        }),
        ("RMSprop", "rmsprop", "learningRate: Double = 0.001, rho: Double = 0.9, momentum: Double = 0, epsilon: Double = 1e-7", { a in
            KerasOptimizer.rmsprop(learningRate: try a.get("learningRate", as: Float.self), rho: try a.get("rho", as: Float.self),
                                   momentum: try a.get("momentum", as: Float.self), epsilon: try a.get("epsilon", as: Float.self))
        }),
    ]

    /// Keras's string identifiers for `compile`, by argument.
    static let optimizerIdentifiers: KeyValuePairs<String, KerasOptimizer> = ["sgd": .sgd, "adam": .adam, "rmsprop": .rmsprop]
    static let lossIdentifiers: KeyValuePairs<String, KerasLoss> = [
        "categorical_crossentropy": .categoricalCrossentropy, "sparse_categorical_crossentropy": .sparseCategoricalCrossentropy,
        "mean_squared_error": .meanSquaredError, "mse": .meanSquaredError, "mean_absolute_error": .meanAbsoluteError,
        "mae": .meanAbsoluteError, "binary_crossentropy": .binaryCrossentropy,
    ]
    static let metricIdentifiers: KeyValuePairs<String, KerasMetric> = ["accuracy": .accuracy, "acc": .accuracy]

    /// Argument `name` as a `T`, or a Keras identifier string looked up in `identifiers`; an
    /// unknown identifier is an error listing the valid ones.
    static func identified<T>(_ value: Value, _ name: String, _ identifiers: KeyValuePairs<String, T>, _ a: Arguments) throws -> T {
        guard case .string(let identifier) = value else { return try a.convert(value, name: name, to: T.self) }
        if let found = identifiers.first(where: { $0.key == identifier }) { return found.value }
        let names = identifiers.map { "\"\($0.key)\"" }.joined(separator: ", ")
        throw BindingError("unknown \(name) \"\(identifier)\"; expected one of \(names)")
    }

    /// A layer for `Sequential`: a `Layer`, or an activation (`Activation("relu")`, `.relu`) as Keras's `Activation` layer.
    static func layer(_ value: Value) -> Layer? {
        if let activation = value.hostValue as? Activation { return ActivationLayer(activation) }
        return value.hostValue as? Layer
    }
}
