import Compute

extension nn {
    /// `nn.BatchNorm1d(numFeatures)` on [N, C] or [N, C, L] and `nn.BatchNorm2d(numFeatures)` on
    /// [N, C, H, W], with PyTorch's defaults: eps 1e-5, momentum 0.1, affine γ (`weight`, ones) and
    /// β (`bias`, zeros). In training mode each batch is normalised with its own mean and biased
    /// variance, and the running statistics follow running = (1 − momentum) · running + momentum ·
    /// batch, the variance with Bessel's correction (n / (n − 1)); `numBatchesTracked` counts the
    /// batches. In evaluation mode the running statistics are used.
    public final class BatchNorm: Module {
        public let numFeatures: Int
        public let eps: Float
        public let momentum: Float
        /// 1 for BatchNorm1d, 2 for BatchNorm2d: which input ranks it accepts and how it prints.
        public let dimensions: Int
        public let weight: Tensor
        public let bias: Tensor
        public let runningMean: Tensor
        public let runningVar: Tensor
        public let numBatchesTracked: Tensor

        public init(_ numFeatures: Int, eps: Float = 1e-5, momentum: Float = 0.1, dimensions: Int) throws {
            let name = "BatchNorm\(dimensions)d(\(numFeatures))"
            guard numFeatures >= 1 else { throw TorchError(name, "numFeatures must be ≥ 1") }
            guard eps > 0, (0...1).contains(momentum) else { throw TorchError(name, "eps must be > 0 and momentum in [0, 1]") }
            (self.numFeatures, self.eps, self.momentum, self.dimensions) = (numFeatures, eps, momentum, dimensions)
            weight = try Tensor(shape: [numFeatures], scalars: [Float](repeating: 1, count: numFeatures), requiresGrad: true)
            bias = try Tensor(shape: [numFeatures], scalars: [Float](repeating: 0, count: numFeatures), requiresGrad: true)
            runningMean = try Tensor.zeros([numFeatures])
            runningVar = try Tensor.ones([numFeatures])
            numBatchesTracked = Tensor(0)
            super.init()
        }

        /// A BatchNorm over existing tensors (a restored model's), checked against `numFeatures`.
        init(_ numFeatures: Int, eps: Float, momentum: Float, dimensions: Int, weight: Tensor, bias: Tensor,
             runningMean: Tensor, runningVar: Tensor, numBatchesTracked: Tensor) throws {
            guard [weight, bias, runningMean, runningVar].allSatisfy({ $0.shape == [numFeatures] }), numBatchesTracked.count == 1 else {
                throw TorchError("BatchNorm\(dimensions)d(\(numFeatures))", "stored tensors do not match \(numFeatures) features")
            }
            (self.numFeatures, self.eps, self.momentum, self.dimensions) = (numFeatures, eps, momentum, dimensions)
            (self.weight, self.bias, self.runningMean, self.runningVar) = (weight, bias, runningMean, runningVar)
            self.numBatchesTracked = numBatchesTracked
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            let ranks = dimensions == 1 ? [2, 3] : [4]
            guard ranks.contains(x.rank), x.shape[1] == numFeatures else {
                let expected = dimensions == 1 ? "[N, \(numFeatures)] or [N, \(numFeatures), L]" : "[N, \(numFeatures), H, W]"
                throw TorchError(module: self, "expected input \(expected), got \(shapeText(x.shape))")
            }
            guard isTraining else {
                return try batchNorm(x, mean: runningMean, variance: runningVar, weight: weight, bias: bias, epsilon: eps)
            }
            let (output, batch) = try batchNorm(x, weight: weight, bias: bias, epsilon: eps)
            let count = Float(x.count / numFeatures)
            let m = momentum
            try runningMean.withMutableScalars { values in
                for i in values.indices { values[i] = (1 - m) * values[i] + m * batch.mean[i] }
            }
            try runningVar.withMutableScalars { values in
                for i in values.indices { values[i] = (1 - m) * values[i] + m * batch.variance[i] * count / (count - 1) }
            }
            try numBatchesTracked.withMutableScalars { $0[0] += 1 }
            return output
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [("weight", weight), ("bias", bias)] }
        public override func namedOwnBuffers() -> [(String, Tensor)] {
            [("running_mean", runningMean), ("running_var", runningVar), ("num_batches_tracked", numBatchesTracked)]
        }
        public override var headline: String { "BatchNorm\(dimensions)d(\(numFeatures))" }
    }

    /// `nn.AvgPool2d(kernelSize, stride)`; `stride` defaults to `kernelSize`, no padding. No parameters.
    public final class AvgPool2d: Module {
        public let kernelSize: Int
        public let stride: Int

        public init(_ kernelSize: Int, stride: Int? = nil) throws {
            guard kernelSize >= 1, (stride ?? 1) >= 1 else {
                throw TorchError("AvgPool2d(\(kernelSize))", "kernel size and stride must be ≥ 1")
            }
            self.kernelSize = kernelSize
            self.stride = stride ?? kernelSize
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            guard x.rank == 4 else { throw TorchError(module: self, "expected input [N, C, H, W], got \(shapeText(x.shape))") }
            return try Compute.avgPool2d(x, kernelSize: kernelSize, stride: stride)
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "AvgPool2d(\(kernelSize)\(stride == kernelSize ? "" : ", stride: \(stride)"))" }
    }

    /// `nn.AdaptiveAvgPool2d(outputSize)`: averages [N, C, H, W] down to [N, C, s, s] with
    /// PyTorch's windows (output row i covers input rows ⌊i·H / s⌋ ..< ⌈(i + 1)·H / s⌉, likewise
    /// columns), whatever H and W are.
    public final class AdaptiveAvgPool2d: Module {
        public let outputSize: Int

        public init(_ outputSize: Int) throws {
            guard outputSize >= 1 else { throw TorchError("AdaptiveAvgPool2d(\(outputSize))", "output size must be ≥ 1") }
            self.outputSize = outputSize
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            guard x.rank == 4 else { throw TorchError(module: self, "expected input [N, C, H, W], got \(shapeText(x.shape))") }
            if outputSize == 1 { return try globalAvgPool2d(x).reshaped([x.shape[0], x.shape[1], 1, 1]) }
            return try adaptiveAvgPool2d(x, outputSize: (outputSize, outputSize))
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "AdaptiveAvgPool2d(\(outputSize))" }
    }

    /// `nn.Dropout2d(p)`: zeroes whole channels of [N, C, H, W] with probability `p` in training
    /// mode (survivors scaled by 1/(1 − p)), identity in evaluation mode; masks from the generator
    /// given at construction.
    public final class Dropout2d: Module {
        public let p: Float
        let generator: RandomGenerator

        public init(_ p: Float = 0.5, using generator: RandomGenerator) throws {
            guard p >= 0, p <= 1 else { throw TorchError("Dropout2d(\(p))", "p must be in [0, 1], got \(p)") }
            self.p = p
            self.generator = generator
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            guard x.rank == 4 else { throw TorchError(module: self, "expected input [N, C, H, W], got \(shapeText(x.shape))") }
            return try Compute.dropout2d(x, probability: p, training: isTraining, using: generator)
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "Dropout2d(p: \(p))" }
    }

    /// A module without parameters that applies an element-wise function: `nn.Tanh()`,
    /// `nn.Sigmoid()`, `nn.LeakyReLU(negativeSlope:)`, `nn.GELU()`, `nn.Softmax(dim:)`,
    /// `nn.Identity()`, built by the static functions below.
    public final class Elementwise: Module {
        /// Which function, with its setting: what the module is rebuilt from.
        public enum Function: Equatable {
            case tanh, sigmoid, gelu, identity
            case leakyReLU(negativeSlope: Float)
            case softmax(dim: Int)
        }
        public let function: Function

        public init(_ function: Function) {
            self.function = function
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            switch function {
            case .tanh: return Compute.tanh(x)
            case .sigmoid: return Compute.sigmoid(x)
            case .gelu: return Compute.gelu(x)
            case .identity: return x
            case .leakyReLU(let slope): return Compute.leakyRelu(x, negativeSlope: slope)
            case .softmax(let dim): return try Compute.softmax(x, dim: dim)
            }
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String {
            switch function {
            case .tanh: return "Tanh()"
            case .sigmoid: return "Sigmoid()"
            case .gelu: return "GELU()"
            case .identity: return "Identity()"
            case .leakyReLU(let slope): return "LeakyReLU(negativeSlope: \(slope))"
            case .softmax(let dim): return "Softmax(dim: \(dim))"
            }
        }

        public static func tanh() -> Elementwise { Elementwise(.tanh) }
        public static func sigmoid() -> Elementwise { Elementwise(.sigmoid) }
        public static func gelu() -> Elementwise { Elementwise(.gelu) }
        public static func identity() -> Elementwise { Elementwise(.identity) }
        public static func leakyReLU(negativeSlope: Float = 0.01) -> Elementwise { Elementwise(.leakyReLU(negativeSlope: negativeSlope)) }
        public static func softmax(dim: Int) -> Elementwise { Elementwise(.softmax(dim: dim)) }
    }
}
