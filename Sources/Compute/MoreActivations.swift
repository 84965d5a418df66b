import Foundation

/// Activations beyond ReLU, sigmoid and tanh, with their gradients, as PyTorch and Keras define
/// them (Keras's defaults in brackets where it has its own).

/// x for x > 0, else α·x (PyTorch's `negative_slope` 0.01; Keras's `leaky_relu` [0.2]).
public func leakyRelu(_ x: Tensor, negativeSlope: Float = 0.01) -> Tensor {
    elementActivation(x, "leakyRelu", { $0 > 0 ? $0 : negativeSlope * $0 }, { x, _ in x > 0 ? 1 : negativeSlope })
}

/// x for x > 0, else α·(eˣ − 1), α = 1 by default.
public func elu(_ x: Tensor, alpha: Float = 1) -> Tensor {
    elementActivation(x, "elu", { $0 > 0 ? $0 : alpha * (Foundation.exp($0) - 1) }, { x, y in x > 0 ? 1 : y + alpha })
}

/// x · Φ(x) with the exact normal CDF Φ(x) = ½(1 + erf(x / √2)) (PyTorch's default, Keras's
/// `approximate=False`).
public func gelu(_ x: Tensor) -> Tensor {
    elementActivation(x, "gelu", { $0 * normalCDF($0) }, { x, _ in normalCDF(x) + x * Foundation.exp(-x * x / 2) / (2 * Float.pi).squareRoot() })
}

/// x · sigmoid(x) (Keras's `swish`, PyTorch's `SiLU`).
public func swish(_ x: Tensor) -> Tensor {
    elementActivation(x, "swish", { $0 * Sigmoid.apply($0) }, { x, y in
        let s = Sigmoid.apply(x)
        return s + y * (1 - s)
    })
}

/// ln(1 + eˣ), computed without overflow for large x. Gradient sigmoid(x).
public func softplus(_ x: Tensor) -> Tensor {
    elementActivation(x, "softplus", { Swift.max($0, 0) + Foundation.log1p(Foundation.exp(-Swift.abs($0))) }, { x, _ in Sigmoid.apply(x) })
}

private func normalCDF(_ x: Float) -> Float { 0.5 * (1 + Foundation.erf(x / Float(2).squareRoot())) }

/// `function` on every element, with the local derivative `derivative(x, y)` for the gradient.
private func elementActivation(_ x: Tensor, _ operation: String, _ function: (Float) -> Float,
                               _ derivative: @escaping (Float, Float) -> Float) -> Tensor {
    let input = x.storage
    let output = input.map(function)
    return recorded(Tensor(unchecked: x.shape, output), operation, [x]) { g, _ in
        [(0..<g.count).map { g[$0] * derivative(input[$0], output[$0]) }]
    }
}
