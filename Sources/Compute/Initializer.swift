/// How a parameter tensor is filled when a layer is built, as named values passed to layers
/// (`.glorotUniform` for Keras kernels, `.kaimingUniform(a: 5.squareRoot())` for PyTorch weights).
/// Fan-in and fan-out are given by the caller because they depend on the layer's weight layout:
/// Conv2D/Conv2d use in-channels·kH·kW and out-channels·kH·kW, Dense/Linear use in and out.
public enum Initializer: Equatable, Sendable {
    /// All zeros (Keras's bias default).
    case zeros
    /// U(−l, l) with l = √(6 / (fanIn + fanOut)) (Keras's kernel default, `GlorotUniform`).
    case glorotUniform
    /// U(−b, b) with b = gain · √(3 / fanIn), gain = √(2 / (1 + a²)) (PyTorch's
    /// `kaiming_uniform_`; Conv2d and Linear weights use a = √5, giving b = 1/√fanIn).
    case kaimingUniform(a: Float)
    /// U(−1/√fanIn, 1/√fanIn): PyTorch's Conv2d and Linear bias default.
    case uniformFanIn
    /// U(low, high).
    case uniform(low: Float, high: Float)

    /// PyTorch's default for Conv2d/Linear weights, `kaimingUniform(a: √5)`.
    public static let pytorchDefault = Initializer.kaimingUniform(a: Float(5).squareRoot())

    /// The half-width of the uniform range, or nil for `zeros`/`uniform`.
    func bound(fanIn: Int, fanOut: Int) -> Float? {
        switch self {
        case .zeros, .uniform: return nil
        case .glorotUniform: return (6 / Float(fanIn + fanOut)).squareRoot()
        case .kaimingUniform(let a):
            let gain = (2 / (1 + a * a)).squareRoot()
            return gain * (3 / Float(fanIn)).squareRoot()
        case .uniformFanIn: return 1 / Float(fanIn).squareRoot()
        }
    }

    /// A new tensor of `shape`, drawn element by element in row-major order from `generator`.
    public func makeTensor(_ shape: [Int], fanIn: Int, fanOut: Int, using generator: RandomGenerator) throws -> Tensor {
        let count = try checkedElementCount(shape, operation: "Initializer")
        guard fanIn >= 1, fanOut >= 1 || self != .glorotUniform else {
            throw TensorError("Initializer", "fanIn (\(fanIn)) and fanOut (\(fanOut)) must be ≥ 1", shapes: [shape])
        }
        var values = [Float](repeating: 0, count: count)
        switch self {
        case .zeros: break
        case .uniform(let low, let high):
            for i in 0..<count { values[i] = generator.uniform(low, high) }
        default:
            let limit = bound(fanIn: fanIn, fanOut: fanOut) ?? 0
            for i in 0..<count { values[i] = generator.uniform(-limit, limit) }
        }
        return Tensor(unchecked: shape, values)
    }
}

extension Tensor {
    /// A trainable leaf (`requiresGrad = true`) of `shape` filled by `initializer`.
    public static func parameter(_ shape: [Int], initializer: Initializer, fanIn: Int, fanOut: Int,
                                 using generator: RandomGenerator) throws -> Tensor {
        let tensor = try initializer.makeTensor(shape, fanIn: fanIn, fanOut: fanOut, using: generator)
        tensor.requiresGrad = true
        return tensor
    }
}
