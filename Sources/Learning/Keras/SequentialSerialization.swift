import Compute

/// The binary form of a `Sequential` for the cell cache: magic "KSQ1", then the architecture —
/// the layers (type tag, name, configuration, built input shape) and the compile settings —, the
/// weights (Compute's tensor list format) and the optimiser state. Decoding rebuilds the same model; serializing the decoded
/// model gives the same bytes again.
extension Sequential {
    private enum LayerTag: UInt8 {
        case conv2D = 1, maxPooling2D, flatten, dense, dropout, batchNormalization, averagePooling2D, globalPooling2D, activation
        /// Average pooling with its padding written after the strides.
        case paddedAveragePooling2D
    }

    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(magic: "KSQ1")
        writeArchitecture(into: &writer)
        writer.write(block: Tensor.serialize(allWeights))
        writer.write(optimizer != nil)
        if let optimizer { writer.write(block: Tensor.serialize(optimizer.stateTensors())) }
        return writer.bytes
    }

    /// The layers and compile settings without weights (magic "KSA1"), as `saveModel` stores them
    /// next to the weights; `init(architecture:)` rebuilds the model with zero weights.
    public func architecture() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(magic: "KSA1")
        writeArchitecture(into: &writer)
        return writer.bytes
    }

    /// Rebuilds a model from `architecture()` output, weights zero until loaded.
    public convenience init(architecture bytes: [UInt8]) throws {
        self.init()
        var reader = BinaryReader(bytes, context: "Sequential")
        try reader.expectMagic("KSA1")
        try readArchitecture(from: &reader)
        try reader.expectEnd()
        if let settings = compileSettings, isBuilt { optimizer = try settings.optimizer.make(trainableParameters) }
        structureVersion += 1
    }

    private func writeArchitecture(into writer: inout BinaryWriter) {
        writer.write(layers.count)
        for layer in layers { Self.encode(layer, into: &writer) }
        writer.write(compileSettings != nil)
        if let settings = compileSettings {
            let o = settings.optimizer
            writer.write(o.kind.rawValue)
            for value in [o.learningRate, o.momentum, o.beta1, o.beta2, o.epsilon] { writer.write(value) }
            writer.write(o.nesterov)
            writer.write(settings.loss.rawValue)
            writer.write(settings.metrics.count)
            for metric in settings.metrics { writer.write(metric.rawValue) }
        }
    }

    /// Decodes `serialized()` output; throws a `KerasError` on foreign or damaged bytes.
    public convenience init(serialized bytes: [UInt8]) throws {
        self.init()
        var reader = BinaryReader(bytes, context: "Sequential")
        try reader.expectMagic("KSQ1")
        try readArchitecture(from: &reader)
        let weights = try decodeTensors(try reader.readBlock())
        let parameters = trainableParameters
        guard weights.count == allWeights.count else { throw corrupt() }
        for (parameter, stored) in zip(allWeights, weights) {
            guard stored.shape == parameter.shape else { throw corrupt() }
            try parameter.assign(stored)
        }
        if try reader.readBool() {
            guard let settings = compileSettings else { throw corrupt() }
            let state = try settings.optimizer.make(parameters)
            do { try state.restoreState(try decodeTensors(try reader.readBlock())) } catch is TensorError { throw corrupt() }
            optimizer = state
        }
        try reader.expectEnd()
        structureVersion += 1
    }

    private func readArchitecture(from reader: inout BinaryReader) throws {
        for _ in 0..<(try reader.readCount(elementSize: 1)) { layers.append(try Self.decodeLayer(&reader)) }
        if try reader.readBool() {
            guard let kind = KerasOptimizer.Kind(rawValue: try reader.read(UInt8.self)) else { throw corrupt() }
            let values = try (0..<5).map { _ in try reader.readFloat() }
            let nesterov = try reader.readBool()
            let optimizer: KerasOptimizer
            switch kind {
            case .sgd: optimizer = .sgd(learningRate: values[0], momentum: values[1], nesterov: nesterov)
            case .adam: optimizer = .adam(learningRate: values[0], beta1: values[2], beta2: values[3], epsilon: values[4])
            case .rmsprop: optimizer = .rmsprop(learningRate: values[0], rho: values[2], momentum: values[1], epsilon: values[4])
            }
            guard let loss = KerasLoss(rawValue: try reader.read(UInt8.self)) else { throw corrupt() }
            let metrics = try (0..<(try reader.readCount(elementSize: 1))).map { _ in
                guard let metric = KerasMetric(rawValue: try reader.read(UInt8.self)) else { throw corrupt() }
                return metric
            }
            compileSettings = CompileSettings(optimizer: optimizer, loss: loss, metrics: metrics)
        }
    }

    private func corrupt() -> KerasError { KerasError("Sequential", "the serialized model is damaged") }

    private func decodeTensors(_ bytes: [UInt8]) throws -> [Tensor] {
        do { return try Tensor.deserializeList(bytes) } catch is TensorError { throw corrupt() }
    }

    private static func encode(_ layer: Layer, into writer: inout BinaryWriter) {
        switch layer {
        case let conv as Conv2D:
            writer.write(LayerTag.conv2D.rawValue)
            writer.write([conv.filters, conv.kernelSize.0, conv.kernelSize.1, conv.strides.0, conv.strides.1])
            writer.write(conv.padding.rawValue)
            writer.write(conv.activation.serialized)
        case let pool as Pooling2D:
            let tag: LayerTag = pool is MaxPooling2D ? .maxPooling2D : pool.padding == .valid ? .averagePooling2D : .paddedAveragePooling2D
            writer.write(tag.rawValue)
            writer.write([pool.poolSize.0, pool.poolSize.1])
            writer.write(optional: pool.strides.map { [$0.0, $0.1] })
            if tag == .paddedAveragePooling2D { writer.write(pool.padding.rawValue) }
        case is Flatten:
            writer.write(LayerTag.flatten.rawValue)
        case let dense as Dense:
            writer.write(LayerTag.dense.rawValue)
            writer.write(dense.units)
            writer.write(dense.activation.serialized)
        case let dropout as Dropout:
            writer.write(LayerTag.dropout.rawValue)
            writer.write(dropout.rate)
        case let normalization as BatchNormalization:
            writer.write(LayerTag.batchNormalization.rawValue)
            writer.write(normalization.momentum)
            writer.write(normalization.epsilon)
        case let pool as GlobalPooling2D:
            writer.write(LayerTag.globalPooling2D.rawValue)
            writer.write(pool.takesMaximum)
        case let activation as ActivationLayer:
            writer.write(LayerTag.activation.rawValue)
            writer.write(activation.activation.serialized)
        default:
            writer.write(UInt8(0))
        }
        writer.write(layer.name)
        writer.write(optional: layer.declaredInputShape)
        writer.write(optional: layer.inputShape)
    }

    private static func decodeLayer(_ reader: inout BinaryReader) throws -> Layer {
        let damaged = KerasError("Sequential", "the serialized model is damaged")
        guard let tag = LayerTag(rawValue: try reader.read(UInt8.self)) else { throw damaged }
        let make: ([Int]?) throws -> Layer
        switch tag {
        case .conv2D:
            let numbers = try reader.readInts()
            guard numbers.count == 5, let padding = Padding(rawValue: try reader.readString()),
                  let activation = Activation(serialized: try reader.readString()) else { throw damaged }
            make = { declared in
                let shape = try declared.map { d -> (Int, Int, Int) in
                    guard d.count == 3 else { throw damaged }
                    return (d[0], d[1], d[2])
                }
                return Conv2D(numbers[0], (numbers[1], numbers[2]), strides: (numbers[3], numbers[4]), padding: padding,
                              activation: activation, inputShape: shape)
            }
        case .maxPooling2D, .averagePooling2D, .paddedAveragePooling2D:
            let pool = try reader.readInts()
            let strides = try reader.readOptionalInts()
            guard pool.count == 2, strides == nil || strides!.count == 2 else { throw damaged }
            let padding = tag == .paddedAveragePooling2D ? Padding(rawValue: try reader.readString()) : .valid
            guard let padding else { throw damaged }
            make = { declared in
                guard declared == nil || declared!.count == 3 else { throw damaged }
                let (size, steps, shape) = ((pool[0], pool[1]), strides.map { ($0[0], $0[1]) }, declared.map { ($0[0], $0[1], $0[2]) })
                return tag == .maxPooling2D ? MaxPooling2D(size, strides: steps, inputShape: shape)
                                            : AveragePooling2D(size, strides: steps, padding: padding, inputShape: shape)
            }
        case .flatten:
            make = { Flatten(inputShape: $0) }
        case .dense:
            let units = try reader.readInt()
            guard let activation = Activation(serialized: try reader.readString()) else { throw damaged }
            make = { declared in
                guard declared == nil || declared!.count == 1 else { throw damaged }
                return Dense(units, activation: activation, inputDim: declared?[0])
            }
        case .dropout:
            let rate = try reader.readFloat()
            make = { _ in Dropout(rate) }
        case .batchNormalization:
            let (momentum, epsilon) = (try reader.readFloat(), try reader.readFloat())
            make = { BatchNormalization(momentum: momentum, epsilon: epsilon, inputShape: $0) }
        case .globalPooling2D:
            let takesMaximum = try reader.readBool()
            make = { declared in
                guard declared == nil || declared!.count == 3 else { throw damaged }
                return GlobalPooling2D(max: takesMaximum, inputShape: declared.map { ($0[0], $0[1], $0[2]) })
            }
        case .activation:
            guard let activation = Activation(serialized: try reader.readString()) else { throw damaged }
            make = { ActivationLayer(activation, inputShape: $0) }
        }
        let name = try reader.readString()
        let layer = try make(try reader.readOptionalInts())
        layer.name = name
        if let inputShape = try reader.readOptionalInts() { try layer.build(inputShape: inputShape, using: nil) }
        layer.isAttached = true
        return layer
    }
}
