import Foundation

extension optim.lrScheduler {
    /// A learning-rate schedule over epochs, as `torch.optim.lr_scheduler`'s closed forms: the
    /// optimiser's learning rate at construction is the base rate η₀; each `step()` (once per epoch,
    /// after the optimiser's steps) advances the epoch count t and sets the optimiser's rate to:
    /// - `StepLR(stepSize:gamma:)`: η₀ · γ^⌊t / stepSize⌋ (γ defaults to 0.1);
    /// - `ExponentialLR(gamma:)`: η₀ · γᵗ;
    /// - `CosineAnnealingLR(tMax:etaMin:)`: ηmin + (η₀ − ηmin)(1 + cos(π t / tMax)) / 2.
    public final class Schedule {
        /// Which schedule, with its settings.
        public enum Rule: Equatable {
            case step(size: Int, gamma: Float)
            case exponential(gamma: Float)
            case cosineAnnealing(tMax: Int, etaMin: Float)

            func rate(base: Float, epoch: Int) -> Float {
                switch self {
                case .step(let size, let gamma): return base * Foundation.pow(gamma, Float(epoch / size))
                case .exponential(let gamma): return base * Foundation.pow(gamma, Float(epoch))
                case .cosineAnnealing(let tMax, let etaMin):
                    return etaMin + (base - etaMin) * (1 + Foundation.cos(Float.pi * Float(epoch) / Float(tMax))) / 2
                }
            }
        }

        public let optimizer: TorchOptimizer
        public let rule: Rule
        public let baseLearningRate: Float
        public private(set) var epoch = 0

        init(_ optimizer: TorchOptimizer, _ rule: Rule) {
            self.optimizer = optimizer
            self.rule = rule
            self.baseLearningRate = optimizer.lr
        }

        /// Moves to the next epoch and sets the optimiser's learning rate.
        public func step() {
            epoch += 1
            optimizer.lr = rule.rate(base: baseLearningRate, epoch: epoch)
        }

        /// The rate `step()` last set (`get_last_lr()[0]`).
        public var lastLR: Float { optimizer.lr }

        public static func stepLR(_ optimizer: TorchOptimizer, stepSize: Int, gamma: Float = 0.1) throws -> Schedule {
            guard stepSize >= 1 else { throw TorchError("StepLR", "stepSize must be ≥ 1, got \(stepSize)") }
            return Schedule(optimizer, .step(size: stepSize, gamma: gamma))
        }

        public static func exponentialLR(_ optimizer: TorchOptimizer, gamma: Float) -> Schedule {
            Schedule(optimizer, .exponential(gamma: gamma))
        }

        public static func cosineAnnealingLR(_ optimizer: TorchOptimizer, tMax: Int, etaMin: Float = 0) throws -> Schedule {
            guard tMax >= 1 else { throw TorchError("CosineAnnealingLR", "tMax must be ≥ 1, got \(tMax)") }
            return Schedule(optimizer, .cosineAnnealing(tMax: tMax, etaMin: etaMin))
        }

        // MARK: Stored form

        /// The schedule's own state for the cell cache — its rule, base rate and epoch — without
        /// the optimiser, which the cache stores by reference. Layout: magic "TLR1", the rule's tag
        /// and settings, the base rate's bits, the epoch.
        public func serializedState() -> [UInt8] {
            var writer = BinaryWriter(magic: "TLR1")
            switch rule {
            case .step(let size, let gamma): writer.write("StepLR"); writer.write(size); writer.write(gamma)
            case .exponential(let gamma): writer.write("ExponentialLR"); writer.write(gamma)
            case .cosineAnnealing(let tMax, let etaMin): writer.write("CosineAnnealingLR"); writer.write(tMax); writer.write(etaMin)
            }
            writer.write(baseLearningRate)
            writer.write(epoch)
            return writer.bytes
        }

        /// A schedule over `optimizer` in the state `serializedState()` recorded; the optimiser's
        /// own learning rate is left as it was restored.
        public init(restoring bytes: [UInt8], optimizer: TorchOptimizer) throws {
            var reader = try BinaryReader(bytes, magic: "TLR1", context: "learning-rate schedule")
            let tag = try reader.readString()
            switch tag {
            case "StepLR": rule = .step(size: try reader.readInt(), gamma: try reader.readFloat())
            case "ExponentialLR": rule = .exponential(gamma: try reader.readFloat())
            case "CosineAnnealingLR": rule = .cosineAnnealing(tMax: try reader.readInt(), etaMin: try reader.readFloat())
            default: throw TorchError("lrScheduler", "a stored schedule of an unknown kind \(tag)")
            }
            baseLearningRate = try reader.readFloat()
            epoch = try reader.readInt()
            try reader.expectEnd()
            self.optimizer = optimizer
        }
    }
}
