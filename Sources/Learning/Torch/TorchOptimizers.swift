import Compute

/// What the PyTorch-style optimisers share: `zeroGrad()`, `step()`, a `version` for the cell
/// cache and a compact binary state that restores bit for bit. The arithmetic is Compute's
/// `SGD`/`Adam` (exactly `torch.optim`'s update rules); these wrappers add PyTorch's spelling.
public protocol TorchOptimizer: AnyObject {
    /// The Compute optimiser doing the updates.
    var optimizer: Compute.Optimizer { get }
    /// Changes with every `step()` and every state restore.
    var version: Int { get }
    /// Updates every parameter that has a gradient.
    func step() throws
    /// Learning rate, hyper-parameters and internal buffers (momentum, moments, step counts).
    func serializedState() -> [UInt8]
    /// Restores `serializedState()` output into an optimiser over parameters of the same shapes.
    func loadSerializedState(_ bytes: [UInt8]) throws
}

extension TorchOptimizer {
    /// Clears every parameter's gradient (PyTorch ≥ 2.0: sets them to none).
    public func zeroGrad() { optimizer.zeroGrad() }
    /// The learning rate (`param_groups[0]["lr"]`).
    public var lr: Float {
        get { optimizer.learningRate }
        set { optimizer.learningRate = newValue }
    }
}

/// Shared bookkeeping: the state layout is magic, a kind tag, the learning rate (Float bits), the
/// hyper-parameters (Float bits), then Compute's state tensors in its list format.
enum OptimizerStateCodec {
    static func encode(kind: String, hyperparameters: [Float], optimizer: Compute.Optimizer) -> [UInt8] {
        var writer = BinaryWriter(magic: "TOP1")
        writer.write(kind)
        writer.write(optimizer.learningRate)
        writer.write(UInt32(hyperparameters.count))
        for value in hyperparameters { writer.write(value) }
        writer.write(rest: Tensor.serialize(optimizer.stateTensors()))
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8], kind: String, hyperparameters: [Float], into optimizer: Compute.Optimizer) throws {
        var reader = try BinaryReader(bytes, magic: "TOP1", context: "optimizer state")
        let (storedKind, rate, stored) = try readHeader(&reader)
        guard storedKind == kind else { throw TorchError("optim.\(kind)", "state belongs to optim.\(storedKind)") }
        guard stored.map(\.bitPattern) == hyperparameters.map(\.bitPattern) else {
            throw TorchError("optim.\(kind)", "state has hyper-parameters \(stored), this optimizer has \(hyperparameters)")
        }
        try optimizer.restoreState(Tensor.deserializeList(reader.readRest()))
        optimizer.learningRate = rate
    }

    /// The kind and hyper-parameters a state was encoded with.
    static func kindAndHyperparameters(_ bytes: [UInt8]) throws -> (String, [Float]) {
        var reader = try BinaryReader(bytes, magic: "TOP1", context: "optimizer state")
        let (kind, _, hyperparameters) = try readHeader(&reader)
        return (kind, hyperparameters)
    }

    private static func readHeader(_ reader: inout BinaryReader) throws -> (kind: String, rate: Float, hyperparameters: [Float]) {
        let kind = try reader.readString()
        let rate = try reader.readFloat()
        let count = Int(try reader.read(UInt32.self))
        var stored: [Float] = []
        for _ in 0..<min(count, 16) { stored.append(try reader.readFloat()) }
        return (kind, rate, stored)
    }
}

extension optim {
    /// `optim.SGD(model.parameters(), lr: 0.01, momentum: 0, dampening: 0, weightDecay: 0,
    /// nesterov: false)`: `torch.optim.SGD`'s update. PyTorch requires `lr`; 0.01 is the
    /// article's value and the default here.
    public final class SGD: TorchOptimizer {
        public let optimizer: Compute.Optimizer
        private let sgd: Compute.SGD
        public private(set) var version = 0

        public init(_ parameters: [Tensor], lr: Float = 0.01, momentum: Float = 0, dampening: Float = 0,
                    weightDecay: Float = 0, nesterov: Bool = false) throws {
            do {
                sgd = try Compute.SGD(parameters, learningRate: lr, momentum: momentum, dampening: dampening,
                                      nesterov: nesterov, weightDecay: weightDecay)
            } catch let error as TensorError {
                throw TorchError("optim.SGD", error.reason)
            }
            optimizer = sgd
        }

        /// Updates every parameter that has a gradient.
        public func step() throws {
            try sgd.step()
            version += 1
        }

        private var hyperparameters: [Float] {
            [sgd.momentum, sgd.dampening, sgd.weightDecay, sgd.nesterov ? 1 : 0, Float(sgd.parameters.count)]
        }

        public func serializedState() -> [UInt8] {
            OptimizerStateCodec.encode(kind: "SGD", hyperparameters: hyperparameters, optimizer: sgd)
        }

        public func loadSerializedState(_ bytes: [UInt8]) throws {
            try OptimizerStateCodec.decode(bytes, kind: "SGD", hyperparameters: hyperparameters, into: sgd)
            version += 1
        }
    }

    /// `optim.Adam(model.parameters(), lr: 1e-3, betas: (0.9, 0.999), eps: 1e-8, weightDecay: 0)`:
    /// `torch.optim.Adam`'s update and defaults.
    public final class Adam: TorchOptimizer {
        public let optimizer: Compute.Optimizer
        private let adam: Compute.Adam
        public private(set) var version = 0

        public init(_ parameters: [Tensor], lr: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999),
                    eps: Float = 1e-8, weightDecay: Float = 0) throws {
            do {
                adam = try Compute.Adam(parameters, learningRate: lr, beta1: betas.0, beta2: betas.1,
                                        epsilon: eps, weightDecay: weightDecay)
            } catch let error as TensorError {
                throw TorchError("optim.Adam", error.reason)
            }
            optimizer = adam
        }

        /// Updates every parameter that has a gradient.
        public func step() throws {
            try adam.step()
            version += 1
        }

        private var hyperparameters: [Float] {
            [adam.beta1, adam.beta2, adam.epsilon, adam.weightDecay, Float(adam.parameters.count)]
        }

        public func serializedState() -> [UInt8] {
            OptimizerStateCodec.encode(kind: "Adam", hyperparameters: hyperparameters, optimizer: adam)
        }

        public func loadSerializedState(_ bytes: [UInt8]) throws {
            try OptimizerStateCodec.decode(bytes, kind: "Adam", hyperparameters: hyperparameters, into: adam)
            version += 1
        }
    }
}

extension optim {
    /// An optimiser rebuilt over `parameters` from the `serializedState()` of one that held
    /// parameters of the same shapes: its kind and hyper-parameters come from the state, then the
    /// learning rate and buffers. The cell cache restores optimisers this way, over the restored
    /// model's own parameter tensors.
    public static func restored(_ parameters: [Tensor], state: [UInt8]) throws -> TorchOptimizer {
        let (kind, h) = try OptimizerStateCodec.kindAndHyperparameters(state)
        guard h.count == 5, Int(h[4]) == parameters.count else {
            throw TorchError("optim.\(kind)", "state is for \(h.last.map { Int($0) } ?? 0) parameters, got \(parameters.count)")
        }
        let optimizer: TorchOptimizer
        switch kind {
        case "SGD": optimizer = try SGD(parameters, momentum: h[0], dampening: h[1], weightDecay: h[2], nesterov: h[3] != 0)
        case "Adam": optimizer = try Adam(parameters, betas: (h[0], h[1]), eps: h[2], weightDecay: h[3])
        case "RMSprop": optimizer = try General.rmsprop(parameters, alpha: h[0], eps: h[1], weightDecay: h[2], momentum: h[3])
        case "AdamW": optimizer = try General.adamW(parameters, betas: (h[0], h[1]), eps: h[2], weightDecay: h[3])
        default: throw TorchError("optim.\(kind)", "no optimiser of this kind can be restored")
        }
        try optimizer.loadSerializedState(state)
        return optimizer
    }
}
