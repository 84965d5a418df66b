import Compute

extension nn {
    /// `nn.MaxPool2d(kernelSize, stride)`; `stride` defaults to `kernelSize`. No parameters.
    public final class MaxPool2d: Module {
        public let kernelSize: Int
        public let stride: Int

        public init(_ kernelSize: Int, stride: Int? = nil) throws {
            guard kernelSize >= 1, (stride ?? 1) >= 1 else {
                throw TorchError("MaxPool2d(\(kernelSize))", "kernel size and stride must be ≥ 1")
            }
            self.kernelSize = kernelSize
            self.stride = stride ?? kernelSize
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            guard x.rank == 4 else { throw TorchError(module: self, "expected input [N, C, H, W], got \(shapeText(x.shape))") }
            return try Compute.maxPool2d(x, kernelSize: kernelSize, stride: stride)
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "MaxPool2d(\(kernelSize)\(stride == kernelSize ? "" : ", stride: \(stride)"))" }
    }

    /// `nn.ReLU()`: max(x, 0).
    public final class ReLU: Module {
        public override init() { super.init() }
        public override func forward(_ x: Tensor) throws -> Tensor { Compute.relu(x) }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "ReLU()" }
    }

    /// `nn.Flatten(startDim: 1)`: [N, …] → [N, product of the rest] by default.
    public final class Flatten: Module {
        public let startDim: Int
        public init(startDim: Int = 1) { self.startDim = startDim; super.init() }
        public override func forward(_ x: Tensor) throws -> Tensor { try x.flattened(startDim: startDim) }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "Flatten(startDim: \(startDim))" }
    }

    /// `nn.LogSoftmax(dim:)`.
    public final class LogSoftmax: Module {
        public let dim: Int
        public init(dim: Int) { self.dim = dim; super.init() }
        public override func forward(_ x: Tensor) throws -> Tensor { try Compute.logSoftmax(x, dim: dim) }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "LogSoftmax(dim: \(dim))" }
    }

    /// `nn.Dropout(p)`: inverted dropout in training mode, identity in evaluation mode. The masks
    /// are drawn from the generator given at construction.
    public final class Dropout: Module {
        public let p: Float
        let generator: RandomGenerator

        public init(_ p: Float = 0.5, using generator: RandomGenerator) throws {
            guard p >= 0, p <= 1 else { throw TorchError("Dropout(\(p))", "p must be in [0, 1], got \(p)") }
            self.p = p
            self.generator = generator
            super.init()
        }

        public override func forward(_ x: Tensor) throws -> Tensor {
            try Compute.dropout(x, probability: p, training: isTraining, using: generator)
        }
        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "Dropout(p: \(p))" }
    }

    /// `nn.Sequential(a, b, c)`: applies its modules in order; they are named "0", "1", … in
    /// `namedParameters()` and `stateDict()`, as in PyTorch.
    public final class Sequential: Module {
        public let modules: [Module]

        public init(_ modules: Module...) { self.modules = modules; super.init() }
        public init(_ modules: [Module]) { self.modules = modules; super.init() }

        public override func forward(_ x: Tensor) throws -> Tensor {
            var output = x
            for module in modules { output = try module(output) }
            return output
        }
        public override func namedChildren() -> [(String, Module)] {
            modules.enumerated().map { (String($0.offset), $0.element) }
        }
        public override func namedOwnParameters() -> [(String, Tensor)] { [] }
        public override var headline: String { "Sequential" }
    }
}
