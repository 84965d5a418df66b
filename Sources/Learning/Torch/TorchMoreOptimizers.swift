import Compute

extension optim {
    /// `optim.RMSprop(params, lr: 0.01, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0)` and
    /// `optim.AdamW(params, lr: 1e-3, betas: (0.9, 0.999), eps: 1e-8, weightDecay: 0.01)`:
    /// `torch.optim`'s updates and defaults over Compute's `RMSprop` and `AdamW`.
    public final class General: TorchOptimizer {
        public let optimizer: Compute.Optimizer
        public let kind: String
        private let hyperparameters: [Float]
        public private(set) var version = 0

        init(_ kind: String, hyperparameters: [Float], _ make: () throws -> Compute.Optimizer) throws {
            do { optimizer = try make() } catch let error as TensorError { throw TorchError("optim.\(kind)", error.reason) }
            self.kind = kind
            self.hyperparameters = hyperparameters + [Float(optimizer.parameters.count)]
        }

        public static func rmsprop(_ parameters: [Tensor], lr: Float = 0.01, alpha: Float = 0.99, eps: Float = 1e-8,
                                   weightDecay: Float = 0, momentum: Float = 0) throws -> General {
            try General("RMSprop", hyperparameters: [alpha, eps, weightDecay, momentum]) {
                try RMSprop(parameters, learningRate: lr, alpha: alpha, epsilon: eps, momentum: momentum, weightDecay: weightDecay)
            }
        }

        public static func adamW(_ parameters: [Tensor], lr: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999),
                                 eps: Float = 1e-8, weightDecay: Float = 0.01) throws -> General {
            try General("AdamW", hyperparameters: [betas.0, betas.1, eps, weightDecay]) {
                try AdamW(parameters, learningRate: lr, beta1: betas.0, beta2: betas.1, epsilon: eps, weightDecay: weightDecay)
            }
        }

        /// Updates every parameter that has a gradient.
        public func step() throws {
            try optimizer.step()
            version += 1
        }

        public func serializedState() -> [UInt8] {
            OptimizerStateCodec.encode(kind: kind, hyperparameters: hyperparameters, optimizer: optimizer)
        }

        public func loadSerializedState(_ bytes: [UInt8]) throws {
            try OptimizerStateCodec.decode(bytes, kind: kind, hyperparameters: hyperparameters, into: optimizer)
            version += 1
        }
    }
}
