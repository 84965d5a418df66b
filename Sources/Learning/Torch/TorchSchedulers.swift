import Foundation

extension optim.lrScheduler {
    /// A learning-rate schedule over epochs, as `torch.optim.lr_scheduler`'s closed forms: the
    /// optimiser's learning rate at construction is the base rate η₀; each `step()` (once per epoch,
    /// after the optimiser's steps) advances the epoch count t and sets the optimiser's rate to:
    /// - `StepLR(stepSize:gamma:)`: η₀ · γ^⌊t / stepSize⌋ (γ defaults to 0.1);
    /// - `ExponentialLR(gamma:)`: η₀ · γᵗ;
    /// - `CosineAnnealingLR(tMax:etaMin:)`: ηmin + (η₀ − ηmin)(1 + cos(π t / tMax)) / 2.
    public final class Schedule {
        public let optimizer: TorchOptimizer
        public let baseLearningRate: Float
        public private(set) var epoch = 0
        private let rate: (_ base: Float, _ epoch: Int) -> Float
        private let name: String

        init(_ optimizer: TorchOptimizer, _ name: String, _ rate: @escaping (Float, Int) -> Float) {
            self.optimizer = optimizer
            self.baseLearningRate = optimizer.lr
            self.name = name
            self.rate = rate
        }

        /// Moves to the next epoch and sets the optimiser's learning rate.
        public func step() {
            epoch += 1
            optimizer.lr = rate(baseLearningRate, epoch)
        }

        /// The rate `step()` last set (`get_last_lr()[0]`).
        public var lastLR: Float { optimizer.lr }

        public static func stepLR(_ optimizer: TorchOptimizer, stepSize: Int, gamma: Float = 0.1) throws -> Schedule {
            guard stepSize >= 1 else { throw TorchError("StepLR", "stepSize must be ≥ 1, got \(stepSize)") }
            return Schedule(optimizer, "StepLR") { base, epoch in base * Foundation.pow(gamma, Float(epoch / stepSize)) }
        }

        public static func exponentialLR(_ optimizer: TorchOptimizer, gamma: Float) -> Schedule {
            Schedule(optimizer, "ExponentialLR") { base, epoch in base * Foundation.pow(gamma, Float(epoch)) }
        }

        public static func cosineAnnealingLR(_ optimizer: TorchOptimizer, tMax: Int, etaMin: Float = 0) throws -> Schedule {
            guard tMax >= 1 else { throw TorchError("CosineAnnealingLR", "tMax must be ≥ 1, got \(tMax)") }
            return Schedule(optimizer, "CosineAnnealingLR") { base, epoch in
                etaMin + (base - etaMin) * (1 + Foundation.cos(Float.pi * Float(epoch) / Float(tMax))) / 2
            }
        }
    }
}
