import Compute

/// The stored form of a tree of PyTorch-style modules, for the cell cache: for each module its
/// type and settings, its own training flag, its own tensors (parameters, then buffers) as
/// identifiers the caller gives, and its children. The tensors' elements are not part of it: the
/// caller stores each tensor once under its identifier, so a tensor that an optimiser holds as
/// well comes back as one object, the model's and the optimiser's.
///
/// Layout: magic "TMA1", then per module its tag (string), training flag, tag-specific settings,
/// tensor identifiers (count, then each string; "" for an absent bias) and, for `Sequential`, its
/// children (count, then each module). A module whose structure is not known here (a script
/// subclass inside a `Sequential`) is archived by the caller's `foreign` closure under the tag
/// "Foreign", its bytes as its settings.
public enum ModuleArchive {
    /// The archive of `module`, with `tensorID` naming each tensor it holds and `foreign` storing
    /// each module of a type not known here.
    public static func encode(_ module: Module, tensorID: (Tensor) throws -> String,
                              foreign: (Module) throws -> [UInt8]) throws -> [UInt8] {
        var writer = BinaryWriter(magic: "TMA1")
        try write(module, to: &writer, tensorID: tensorID, foreign: foreign)
        return writer.bytes
    }

    /// Rebuilds the module tree `encode` archived, taking each tensor from `tensor` and each
    /// module of a type not known here from `foreign`.
    public static func decode(_ bytes: [UInt8], tensor: (String) throws -> Tensor,
                              foreign: ([UInt8]) throws -> Module) throws -> Module {
        var reader = try BinaryReader(bytes, magic: "TMA1", context: "module archive")
        return try read(from: &reader, tensor: tensor, foreign: foreign)
    }

    private static func write(_ module: Module, to writer: inout BinaryWriter, tensorID: (Tensor) throws -> String,
                              foreign: (Module) throws -> [UInt8]) throws {
        func ids(_ tensors: [Tensor?]) throws -> [String] { try tensors.map { try $0.map(tensorID) ?? "" } }
        var tensors: [String] = []
        var children: [Module] = []
        var settings = BinaryWriter()
        let tag: String
        switch module {
        case let conv as nn.Conv2d:
            tag = "Conv2d"
            settings.write([conv.inChannels, conv.outChannels, conv.kernelSize, conv.stride, conv.padding])
            tensors = try ids([conv.weight, conv.bias])
        case let linear as nn.Linear:
            tag = "Linear"
            settings.write([linear.inFeatures, linear.outFeatures])
            tensors = try ids([linear.weight, linear.bias])
        case let norm as nn.BatchNorm:
            tag = "BatchNorm"
            settings.write([norm.numFeatures, norm.dimensions])
            settings.write(norm.eps)
            settings.write(norm.momentum)
            tensors = try ids([norm.weight, norm.bias, norm.runningMean, norm.runningVar, norm.numBatchesTracked])
        case let pool as nn.MaxPool2d:
            tag = "MaxPool2d"
            settings.write([pool.kernelSize, pool.stride])
        case let pool as nn.AvgPool2d:
            tag = "AvgPool2d"
            settings.write([pool.kernelSize, pool.stride])
        case let pool as nn.AdaptiveAvgPool2d:
            tag = "AdaptiveAvgPool2d"
            settings.write([pool.outputSize])
        case is nn.ReLU:
            tag = "ReLU"
        case let flatten as nn.Flatten:
            tag = "Flatten"
            settings.write([flatten.startDim])
        case let softmax as nn.LogSoftmax:
            tag = "LogSoftmax"
            settings.write([softmax.dim])
        case let dropout as nn.Dropout:
            tag = "Dropout"
            writeDropout(dropout.p, dropout.generator, to: &settings)
        case let dropout as nn.Dropout2d:
            tag = "Dropout2d"
            writeDropout(dropout.p, dropout.generator, to: &settings)
        case let elementwise as nn.Elementwise:
            tag = "Elementwise"
            switch elementwise.function {
            case .tanh: settings.write("tanh")
            case .sigmoid: settings.write("sigmoid")
            case .gelu: settings.write("gelu")
            case .identity: settings.write("identity")
            case .leakyReLU(let slope): settings.write("leakyReLU"); settings.write(slope)
            case .softmax(let dim): settings.write("softmax"); settings.write(dim)
            }
        case let sequential as nn.Sequential:
            tag = "Sequential"
            children = sequential.modules
        default:
            tag = "Foreign"
            settings.write(rest: try foreign(module))
        }
        writer.write(tag)
        writer.write(module.isTraining)
        writer.write(block: settings.bytes)
        writer.write(tensors.count)
        for id in tensors { writer.write(id) }
        writer.write(children.count)
        for child in children { try write(child, to: &writer, tensorID: tensorID, foreign: foreign) }
    }

    private static func writeDropout(_ p: Float, _ generator: RandomGenerator, to settings: inout BinaryWriter) {
        settings.write(p)
        settings.write(generator.state)
        settings.write(generator.increment)
    }

    private static func read(from reader: inout BinaryReader, tensor: (String) throws -> Tensor,
                             foreign: ([UInt8]) throws -> Module) throws -> Module {
        let tag = try reader.readString()
        let training = try reader.readBool()
        var settings = BinaryReader(try reader.readBlock(), context: "\(tag) settings")
        let tensorCount = try reader.readCount(elementSize: 8)
        var tensors: [Tensor?] = []
        for _ in 0..<tensorCount {
            let id = try reader.readString()
            tensors.append(id.isEmpty ? nil : try tensor(id))
        }
        let childCount = try reader.readCount(elementSize: 8)
        var children: [Module] = []
        for _ in 0..<childCount { children.append(try read(from: &reader, tensor: tensor, foreign: foreign)) }
        let required = { (index: Int) throws -> Tensor in
            guard index < tensors.count, let tensor = tensors[index] else { throw TorchError(tag, "the stored module lacks tensor \(index)") }
            return tensor
        }
        let optional = { (index: Int) in index < tensors.count ? tensors[index] : nil }
        let module: Module
        switch tag {
        case "Conv2d":
            let s = try settings.readInts()
            guard s.count == 5 else { throw TorchError(tag, "corrupt settings") }
            module = try nn.Conv2d(s[0], s[1], s[2], s[3], s[4], weight: try required(0), bias: optional(1))
        case "Linear":
            let s = try settings.readInts()
            guard s.count == 2 else { throw TorchError(tag, "corrupt settings") }
            module = try nn.Linear(s[0], s[1], weight: try required(0), bias: optional(1))
        case "BatchNorm":
            let s = try settings.readInts()
            guard s.count == 2 else { throw TorchError(tag, "corrupt settings") }
            module = try nn.BatchNorm(s[0], eps: try settings.readFloat(), momentum: try settings.readFloat(), dimensions: s[1],
                                      weight: try required(0), bias: try required(1), runningMean: try required(2),
                                      runningVar: try required(3), numBatchesTracked: try required(4))
        case "MaxPool2d", "AvgPool2d":
            let s = try settings.readInts()
            guard s.count == 2 else { throw TorchError(tag, "corrupt settings") }
            module = tag == "MaxPool2d" ? try nn.MaxPool2d(s[0], stride: s[1]) : try nn.AvgPool2d(s[0], stride: s[1])
        case "AdaptiveAvgPool2d":
            module = try nn.AdaptiveAvgPool2d(try single(&settings, tag))
        case "ReLU": module = nn.ReLU()
        case "Flatten": module = nn.Flatten(startDim: try single(&settings, tag))
        case "LogSoftmax": module = nn.LogSoftmax(dim: try single(&settings, tag))
        case "Dropout", "Dropout2d":
            let p = try settings.readFloat()
            let generator = RandomGenerator(state: try settings.read(UInt64.self), increment: try settings.read(UInt64.self))
            module = tag == "Dropout" ? try nn.Dropout(p, using: generator) : try nn.Dropout2d(p, using: generator)
        case "Elementwise":
            switch try settings.readString() {
            case "tanh": module = nn.Elementwise(.tanh)
            case "sigmoid": module = nn.Elementwise(.sigmoid)
            case "gelu": module = nn.Elementwise(.gelu)
            case "identity": module = nn.Elementwise(.identity)
            case "leakyReLU": module = nn.Elementwise(.leakyReLU(negativeSlope: try settings.readFloat()))
            case "softmax": module = nn.Elementwise(.softmax(dim: try settings.readInt()))
            case let other: throw TorchError(tag, "unknown function \(other)")
            }
        case "Sequential": module = nn.Sequential(children)
        case "Foreign": module = try foreign(settings.readRest())
        default: throw TorchError(tag, "a stored module of an unknown type")
        }
        module.restoreMode(training: training)
        return module
    }

    private static func single(_ settings: inout BinaryReader, _ tag: String) throws -> Int {
        let values = try settings.readInts()
        guard values.count == 1 else { throw TorchError(tag, "corrupt settings") }
        return values[0]
    }
}
