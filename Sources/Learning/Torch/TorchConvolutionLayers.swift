import Compute

extension nn {
    /// `nn.Conv2d(inChannels, outChannels, kernelSize, stride, padding)` over NCHW input with a
    /// square kernel. Weight [out, in, k, k] is drawn from Kaiming-uniform(a = √5), i.e.
    /// U(±1/√fanIn) with fanIn = in·k·k, then the bias [out] from U(±1/√fanIn) — PyTorch's
    /// `reset_parameters`, in the same order, from `generator` at construction.
    public final class Conv2d: Module {
        public let inChannels: Int
        public let outChannels: Int
        public let kernelSize: Int
        public let stride: Int
        public let padding: Int
        /// [outChannels, inChannels, kernelSize, kernelSize].
        public let weight: Tensor
        /// [outChannels], or nil when built with `bias: false`.
        public let bias: Tensor?

        public init(_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, _ stride: Int = 1, _ padding: Int = 0,
                    bias: Bool = true, using generator: RandomGenerator) throws {
            let text = "Conv2d(\(inChannels), \(outChannels), kernelSize: \(kernelSize), stride: \(stride), padding: \(padding))"
            guard inChannels >= 1, outChannels >= 1, kernelSize >= 1, stride >= 1, padding >= 0 else {
                throw TorchError(text, "channels, kernel size and stride must be ≥ 1 and padding ≥ 0")
            }
            self.inChannels = inChannels
            self.outChannels = outChannels
            self.kernelSize = kernelSize
            self.stride = stride
            self.padding = padding
            let fanIn = inChannels * kernelSize * kernelSize, fanOut = outChannels * kernelSize * kernelSize
            weight = try Tensor.parameter([outChannels, inChannels, kernelSize, kernelSize], initializer: .pytorchDefault,
                                          fanIn: fanIn, fanOut: fanOut, using: generator)
            self.bias = bias ? try Tensor.parameter([outChannels], initializer: .uniformFanIn, fanIn: fanIn,
                                                    fanOut: fanOut, using: generator) : nil
            super.init()
        }

        /// A Conv2d over existing tensors (a restored model's), checked against the shapes it needs.
        init(_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, _ stride: Int, _ padding: Int, weight: Tensor, bias: Tensor?) throws {
            guard weight.shape == [outChannels, inChannels, kernelSize, kernelSize], bias.map({ $0.shape == [outChannels] }) ?? true,
                  stride >= 1, padding >= 0 else {
                throw TorchError("Conv2d(\(inChannels), \(outChannels), kernelSize: \(kernelSize))", "stored tensors do not match its shape")
            }
            (self.inChannels, self.outChannels, self.kernelSize, self.stride, self.padding) = (inChannels, outChannels, kernelSize, stride, padding)
            self.weight = weight
            self.bias = bias
            super.init()
        }

        /// [N, in, H, W] → [N, out, (H + 2p − k) / s + 1, (W + 2p − k) / s + 1].
        public override func forward(_ x: Tensor) throws -> Tensor {
            guard x.rank == 4, x.shape[1] == inChannels else {
                throw TorchError(module: self, "expected input [N, \(inChannels), H, W], got \(shapeText(x.shape))")
            }
            let (h, w) = (x.shape[2] + 2 * padding, x.shape[3] + 2 * padding)
            guard h >= kernelSize, w >= kernelSize else {
                throw TorchError(module: self, "input \(x.shape[2])×\(x.shape[3]) (padded \(h)×\(w)) is smaller than the \(kernelSize)×\(kernelSize) kernel, got \(shapeText(x.shape))")
            }
            return try conv2d(x, weight: weight, bias: bias, stride: stride, padding: padding)
        }

        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] {
            [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
        }
        public override var headline: String {
            "Conv2d(\(inChannels), \(outChannels), kernelSize: \(kernelSize)\(stride == 1 ? "" : ", stride: \(stride)")\(padding == 0 ? "" : ", padding: \(padding)"))"
        }
    }

    /// `nn.Linear(inFeatures, outFeatures)`: y = x·Wᵀ + b with weight [out, in] (PyTorch's layout),
    /// initialised like `Conv2d` with fanIn = inFeatures.
    public final class Linear: Module {
        public let inFeatures: Int
        public let outFeatures: Int
        /// [outFeatures, inFeatures].
        public let weight: Tensor
        /// [outFeatures], or nil when built with `bias: false`.
        public let bias: Tensor?

        public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, using generator: RandomGenerator) throws {
            guard inFeatures >= 1, outFeatures >= 1 else {
                throw TorchError("Linear(\(inFeatures), \(outFeatures))", "feature counts must be ≥ 1")
            }
            self.inFeatures = inFeatures
            self.outFeatures = outFeatures
            weight = try Tensor.parameter([outFeatures, inFeatures], initializer: .pytorchDefault,
                                          fanIn: inFeatures, fanOut: outFeatures, using: generator)
            self.bias = bias ? try Tensor.parameter([outFeatures], initializer: .uniformFanIn, fanIn: inFeatures,
                                                    fanOut: outFeatures, using: generator) : nil
            super.init()
        }

        /// A Linear over existing tensors (a restored model's), checked against the shapes it needs.
        init(_ inFeatures: Int, _ outFeatures: Int, weight: Tensor, bias: Tensor?) throws {
            guard weight.shape == [outFeatures, inFeatures], bias.map({ $0.shape == [outFeatures] }) ?? true else {
                throw TorchError("Linear(\(inFeatures), \(outFeatures))", "stored tensors do not match its shape")
            }
            (self.inFeatures, self.outFeatures, self.weight, self.bias) = (inFeatures, outFeatures, weight, bias)
            super.init()
        }

        /// [N, in] → [N, out].
        public override func forward(_ x: Tensor) throws -> Tensor {
            guard x.rank == 2, x.shape[1] == inFeatures else {
                throw TorchError(module: self, "expected input [N, \(inFeatures)], got \(shapeText(x.shape))")
            }
            return try linear(x, outInWeight: weight, bias: bias)
        }

        public override func namedChildren() -> [(String, Module)] { [] }
        public override func namedOwnParameters() -> [(String, Tensor)] {
            [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
        }
        public override var headline: String { "Linear(\(inFeatures), \(outFeatures))" }
    }
}
