import Foundation

/// Element-wise functions and the softmax family, each with its gradient.

/// max(x, 0); the gradient at exactly 0 is 0, as in PyTorch.
public func relu(_ x: Tensor) -> Tensor {
    let output = mapElements(x.storage, ReLU.self)
    return recorded(Tensor(unchecked: x.shape, output), "relu", [x]) { g, _ in
        [zipElements(g, output, ReLUGradient.self)]
    }
}

/// 1 / (1 + e^(−x)).
public func sigmoid(_ x: Tensor) -> Tensor {
    let output = mapElements(x.storage, Sigmoid.self)
    return recorded(Tensor(unchecked: x.shape, output), "sigmoid", [x]) { g, _ in
        [zipElements(g, output, SigmoidGradient.self)]
    }
}

/// Hyperbolic tangent.
public func tanh(_ x: Tensor) -> Tensor {
    let output = mapElements(x.storage, HyperbolicTangent.self)
    return recorded(Tensor(unchecked: x.shape, output), "tanh", [x]) { g, _ in
        [zipElements(g, output, HyperbolicTangentGradient.self)]
    }
}

/// e^x.
public func exp(_ x: Tensor) -> Tensor {
    let output = mapElements(x.storage, Exponential.self)
    return recorded(Tensor(unchecked: x.shape, output), "exp", [x]) { g, _ in
        [zipElements(g, output, Product.self)]
    }
}

/// Natural logarithm (log 0 = −inf, log of a negative number = nan, as IEEE says).
public func log(_ x: Tensor) -> Tensor {
    let input = x.storage
    let output = mapElements(input, Logarithm.self)
    return recorded(Tensor(unchecked: x.shape, output), "log", [x]) { g, _ in
        [zipElements(g, input, Quotient.self)]
    }
}

/// The axis `dim` of `shape` (negative counts from the end), or an error naming `operation`.
func normalizedAxis(_ dim: Int, _ shape: [Int], operation: String) throws -> Int {
    let axis = dim < 0 ? dim + shape.count : dim
    guard axis >= 0, axis < max(shape.count, 1) else {
        throw TensorError(operation, "dim \(dim) is out of range", shapes: [shape])
    }
    return axis
}

/// Splits `shape` around `axis` into (outer, length, inner) element counts.
func splitAround(_ shape: [Int], axis: Int) -> (outer: Int, length: Int, inner: Int) {
    guard !shape.isEmpty else { return (1, 1, 1) }
    return (Array(shape[..<axis]).elementCount, shape[axis], Array(shape[(axis + 1)...]).elementCount)
}

/// log(softmax(x)) along `dim`, computed stably as x − max − log Σ e^(x − max).
/// The gradient is g − softmax · Σ g.
public func logSoftmax(_ x: Tensor, dim: Int) throws -> Tensor {
    let axis = try normalizedAxis(dim, x.shape, operation: "logSoftmax")
    let (outer, length, inner) = splitAround(x.shape, axis: axis)
    let output = softmaxKernel(x.storage, outer: outer, length: length, inner: inner, logarithm: true)
    return recorded(Tensor(unchecked: x.shape, output), "logSoftmax", [x]) { g, _ in
        var result = g
        forEachLine(outer: outer, length: length, inner: inner) { start, stride in
            var total: Float = 0
            for k in 0..<length { total += g[start + k * stride] }
            for k in 0..<length {
                let index = start + k * stride
                result[index] = g[index] - Foundation.exp(output[index]) * total
            }
        }
        return [result]
    }
}

/// e^x / Σ e^x along `dim` (stable: the maximum is subtracted first).
/// The gradient is s · (g − Σ g·s).
public func softmax(_ x: Tensor, dim: Int) throws -> Tensor {
    let axis = try normalizedAxis(dim, x.shape, operation: "softmax")
    let (outer, length, inner) = splitAround(x.shape, axis: axis)
    let output = softmaxKernel(x.storage, outer: outer, length: length, inner: inner, logarithm: false)
    return recorded(Tensor(unchecked: x.shape, output), "softmax", [x]) { g, _ in
        var result = g
        forEachLine(outer: outer, length: length, inner: inner) { start, stride in
            var dot: Float = 0
            for k in 0..<length { dot += g[start + k * stride] * output[start + k * stride] }
            for k in 0..<length {
                let index = start + k * stride
                result[index] = output[index] * (g[index] - dot)
            }
        }
        return [result]
    }
}

/// Calls `body(start, stride)` for every line along the middle axis of an (outer, length, inner) view.
@inline(__always)
func forEachLine(outer: Int, length: Int, inner: Int, _ body: (_ start: Int, _ stride: Int) -> Void) {
    for o in 0..<outer {
        for i in 0..<inner { body(o * length * inner + i, inner) }
    }
}

func softmaxKernel(_ x: [Float], outer: Int, length: Int, inner: Int, logarithm: Bool) -> [Float] {
    var result = x
    forEachLine(outer: outer, length: length, inner: inner) { start, stride in
        var largest = -Float.infinity
        for k in 0..<length { largest = max(largest, x[start + k * stride]) }
        if largest == -.infinity { largest = 0 }
        var total: Float = 0
        for k in 0..<length { total += Foundation.exp(x[start + k * stride] - largest) }
        let logTotal = Foundation.log(total)
        for k in 0..<length {
            let index = start + k * stride
            result[index] = logarithm ? x[index] - largest - logTotal : Foundation.exp(x[index] - largest) / total
        }
    }
    return result
}
