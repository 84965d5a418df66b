import Foundation

/// Element-wise math beyond the activations: square root, absolute value, powers, clamping and
/// the element-wise maximum/minimum of two tensors, each with PyTorch's gradient conventions.

/// √x (nan below 0). Gradient g / (2√x).
public func sqrt(_ x: Tensor) -> Tensor {
    let output = x.storage.map { $0.squareRoot() }
    return recorded(Tensor(unchecked: x.shape, output), "sqrt", [x]) { g, _ in
        [zip(g, output).map { $0 * 0.5 / $1 }]
    }
}

/// |x|. Gradient g · sign(x), 0 at x = 0 (as `torch.abs`).
public func abs(_ x: Tensor) -> Tensor {
    let input = x.storage
    return recorded(Tensor(unchecked: x.shape, input.map { Swift.abs($0) }), "abs", [x]) { g, _ in
        [zip(g, input).map { gradient, value in value > 0 ? gradient : value < 0 ? -gradient : 0 }]
    }
}

/// x rounded to a whole number by `rule`: `torch.floor` (`.down`), `ceil` (`.up`), `round`
/// (`.toNearestOrEven`, as PyTorch rounds halves to even) and `trunc` (`.towardZero`). The
/// gradient is 0 everywhere, as PyTorch defines it.
public func rounded(_ x: Tensor, _ rule: FloatingPointRoundingRule) -> Tensor {
    recorded(Tensor(unchecked: x.shape, x.storage.map { $0.rounded(rule) }), "rounded", [x]) { g, _ in
        [[Float](repeating: 0, count: g.count)]
    }
}

/// xᵉ for a constant exponent e. Gradient g · e · xᵉ⁻¹ (0 for e = 0, as `torch.pow`).
public func pow(_ x: Tensor, _ exponent: Float) -> Tensor {
    let input = x.storage
    let output = input.map { Foundation.pow($0, exponent) }
    return recorded(Tensor(unchecked: x.shape, output), "pow", [x]) { g, _ in
        guard exponent != 0 else { return [[Float](repeating: 0, count: g.count)] }
        return [zip(g, input).map { $0 * exponent * Foundation.pow($1, exponent - 1) }]
    }
}

/// x limited to [min, max] (either bound may be nil; `torch.clamp`). The gradient passes where
/// min ≤ x ≤ max, bounds included, and is 0 where a bound was applied.
public func clamp(_ x: Tensor, min lower: Float? = nil, max upper: Float? = nil) throws -> Tensor {
    guard lower != nil || upper != nil else { throw TensorError("clamp", "needs at least one of min and max", shapes: [x.shape]) }
    let input = x.storage
    let (low, high) = (lower ?? -.infinity, upper ?? .infinity)
    let output = input.map { Swift.min(Swift.max($0, low), high) }
    return recorded(Tensor(unchecked: x.shape, output), "clamp", [x]) { g, _ in
        [zip(g, input).map { gradient, value in value >= low && value <= high ? gradient : 0 }]
    }
}

/// The larger of `a` and `b` element by element, with broadcasting (`torch.maximum`). On ties
/// each input gets half the gradient, as PyTorch does.
public func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try elementExtreme(a, b, "maximum", Maximum.self)
}

/// The smaller of `a` and `b` element by element, with broadcasting (`torch.minimum`); ties as in
/// `maximum`.
public func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try elementExtreme(a, b, "minimum", Minimum.self)
}

/// max(a, b).
enum Maximum: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { Swift.max(a, b) }
}

/// min(a, b).
enum Minimum: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { Swift.min(a, b) }
}

/// 1 where an input (`a`) equals the extreme chosen (`b`), else 0; where both inputs do, the
/// gradient is split between them.
enum ExtremeShare: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a == b ? 1 : 0 }
}

private func elementExtreme<F: BinaryElementFunction>(_ a: Tensor, _ b: Tensor, _ operation: String, _ function: F.Type) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape, operation: operation)
    let (aValues, bValues, aShape, bShape) = (a.storage, b.storage, a.shape, b.shape)
    let output = broadcastBinary(aValues, aShape, bValues, bShape, shape, function)
    return recorded(Tensor(unchecked: shape, output), operation, [a, b]) { g, needed in
        let aWins = broadcastBinary(aValues, aShape, output, shape, shape, ExtremeShare.self)
        let bWins = broadcastBinary(bValues, bShape, output, shape, shape, ExtremeShare.self)
        let shares = zip(aWins, bWins).map { $0 + $1 }
        func gradient(_ wins: [Float], _ inputShape: [Int]) -> [Float] {
            let local = (0..<g.count).map { wins[$0] == 0 ? 0 : g[$0] / shares[$0] }
            return reduceBroadcast(local, from: shape, to: inputShape)
        }
        return [needed[0] ? gradient(aWins, aShape) : nil, needed[1] ? gradient(bWins, bShape) : nil]
    }
}
