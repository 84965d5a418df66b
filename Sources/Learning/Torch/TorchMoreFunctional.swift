import Compute

extension F {
    /// tanh element-wise.
    public static func tanh(_ x: Tensor) -> Tensor { Compute.tanh(x) }

    /// 1 / (1 + e^(−x)) element-wise.
    public static func sigmoid(_ x: Tensor) -> Tensor { Compute.sigmoid(x) }

    /// x for x > 0, else `negativeSlope` · x (PyTorch's default slope 0.01).
    public static func leakyRelu(_ x: Tensor, negativeSlope: Float = 0.01) -> Tensor { Compute.leakyRelu(x, negativeSlope: negativeSlope) }

    /// Average pooling over [N, C, H, W]; `stride` defaults to `kernelSize`, no padding.
    public static func avgPool2d(_ x: Tensor, _ kernelSize: Int, stride: Int? = nil) throws -> Tensor {
        try Compute.avgPool2d(x, kernelSize: kernelSize, stride: stride)
    }

    /// `F.mse_loss`: the mean of (input − target)².
    public static func mseLoss(_ input: Tensor, _ target: Tensor) throws -> Tensor { try Compute.mseLoss(input, target) }

    /// `F.l1_loss`: the mean of |input − target|.
    public static func l1Loss(_ input: Tensor, _ target: Tensor) throws -> Tensor { try Compute.l1Loss(input, target) }
}

extension nn {
    /// The element-wise criteria `nn.MSELoss()`, `nn.L1Loss()`, `nn.BCELoss()` and
    /// `nn.BCEWithLogitsLoss()` (mean reduction): `criterion(output, target)` with both of one shape.
    public final class ElementwiseLoss: CustomStringConvertible {
        public let description: String
        private let loss: (Tensor, Tensor) throws -> Tensor

        init(_ name: String, _ loss: @escaping (Tensor, Tensor) throws -> Tensor) {
            description = name
            self.loss = loss
        }

        public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> Tensor {
            do { return try loss(input, target) } catch let error as TensorError { throw TorchError(description, error.description) }
        }

        public static func mse() -> ElementwiseLoss { ElementwiseLoss("MSELoss()", Compute.mseLoss) }
        public static func l1() -> ElementwiseLoss { ElementwiseLoss("L1Loss()", Compute.l1Loss) }
        public static func bce() -> ElementwiseLoss { ElementwiseLoss("BCELoss()") { try Compute.binaryCrossEntropy($0, $1) } }
        public static func bceWithLogits() -> ElementwiseLoss { ElementwiseLoss("BCEWithLogitsLoss()", Compute.binaryCrossEntropyWithLogits) }

        /// The loss whose `description` is `name`, or nil (for the cell cache).
        public static func named(_ name: String) -> ElementwiseLoss? {
            [mse(), l1(), bce(), bceWithLogits()].first { $0.description == name }
        }
    }
}
