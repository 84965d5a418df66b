/// Tensors made from a rule rather than data: ranges, evenly spaced points, identity matrices,
/// random draws from an explicit generator, and tensors shaped like another one.

extension Tensor {
    /// `start, start + step, …` up to but excluding `end` (`torch.arange`); an error for step 0.
    public static func arange(_ start: Float = 0, _ end: Float, step: Float = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError("arange", "needs a finite non-zero step and finite bounds, got \(start)..<\(end) step \(step)")
        }
        let count = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        _ = try checkedElementCount([count], operation: "arange")
        return Tensor((0..<count).map { start + Float($0) * step })
    }

    /// `count` evenly spaced values from `start` to `end`, both included (`torch.linspace`).
    public static func linspace(_ start: Float, _ end: Float, count: Int) throws -> Tensor {
        guard count >= 0 else { throw TensorError("linspace", "needs a count ≥ 0, got \(count)") }
        guard count > 1 else { return Tensor(Array([start].prefix(count))) }
        let step = (end - start) / Float(count - 1)
        return Tensor((0..<count).map { $0 == count - 1 ? end : start + Float($0) * step })
    }

    /// The n×m identity matrix (m defaults to n; `torch.eye`).
    public static func eye(_ n: Int, _ m: Int? = nil) throws -> Tensor {
        let columns = m ?? n
        let identity = try zeros([n, columns])
        for i in 0..<Swift.min(n, columns) { identity.storage[i * columns + i] = 1 }
        return identity
    }

    /// Uniform draws in [low, high) from `generator`, in row-major order (`torch.rand` for 0, 1).
    public static func uniform(_ shape: [Int], low: Float = 0, high: Float = 1, using generator: RandomGenerator) throws -> Tensor {
        let count = try checkedElementCount(shape, operation: "rand")
        return Tensor(unchecked: shape, (0..<count).map { _ in generator.uniform(low, high) })
    }

    /// Normal draws with `mean` and `std` from `generator`, in row-major order (`torch.randn` for 0, 1).
    public static func normal(_ shape: [Int], mean: Float = 0, std: Float = 1, using generator: RandomGenerator) throws -> Tensor {
        let count = try checkedElementCount(shape, operation: "randn")
        return Tensor(unchecked: shape, (0..<count).map { _ in generator.normal(mean: mean, standardDeviation: std) })
    }

    /// A tensor of this one's shape filled with `value` (`torch.full_like`).
    public func filledLike(_ value: Float) -> Tensor {
        Tensor(unchecked: shape, [Float](repeating: value, count: count))
    }
}
