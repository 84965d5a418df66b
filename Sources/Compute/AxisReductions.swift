/// Extremes, their indices, variance and standard deviation over all elements or one axis, as
/// PyTorch defines them (`torch.max(x, dim)`, `torch.var` with Bessel's correction by default).

extension Tensor {
    /// Largest values along `dim` (negative counts from the end); `keepDim` keeps it with size 1.
    /// The gradient goes to the first maximum of each line (the index `argmax` returns).
    public func max(dim: Int, keepDim: Bool = false) throws -> Tensor {
        try extreme(dim: dim, keepDim: keepDim, operation: "max", largest: true).values
    }

    /// Smallest values along `dim`; see `max(dim:keepDim:)`.
    public func min(dim: Int, keepDim: Bool = false) throws -> Tensor {
        try extreme(dim: dim, keepDim: keepDim, operation: "min", largest: false).values
    }

    /// Index of the largest element along `dim` as integral Floats (first one on ties), e.g.
    /// predicted classes from logits `[N, 10]` with `dim: 1`. No gradient.
    public func argmax(dim: Int, keepDim: Bool = false) throws -> Tensor {
        try extreme(dim: dim, keepDim: keepDim, operation: "argmax", largest: true).indices
    }

    /// Index of the smallest element along `dim` as integral Floats (first one on ties). No gradient.
    public func argmin(dim: Int, keepDim: Bool = false) throws -> Tensor {
        try extreme(dim: dim, keepDim: keepDim, operation: "argmin", largest: false).indices
    }

    /// Smallest element as a scalar tensor (no gradient); an error for an empty tensor.
    public func min() throws -> Tensor {
        guard let smallest = storage.min() else { throw TensorError("min", "empty tensor", shapes: [shape]) }
        return Tensor(smallest)
    }

    /// Variance of all elements; `unbiased` divides by n − 1 (PyTorch's default), else by n.
    /// Differentiable (composed of mean, subtraction and products).
    public func variance(unbiased: Bool = true) throws -> Tensor {
        try flattened().variance(dim: 0, unbiased: unbiased)
    }

    /// Variance along `dim`; `unbiased` divides by n − 1 (PyTorch's default), else by n.
    public func variance(dim: Int, keepDim: Bool = false, unbiased: Bool = true) throws -> Tensor {
        let axis = try normalizedAxis(dim, shape, operation: "variance")
        let length = shape.isEmpty ? 1 : shape[axis]
        let centered = try self - mean(dim: axis, keepDim: true)
        let divisor = Float(unbiased ? length - 1 : length)
        return try (centered * centered).sum(dim: axis, keepDim: keepDim) / divisor
    }

    /// Standard deviation of all elements (square root of `variance(unbiased:)`).
    public func std(unbiased: Bool = true) throws -> Tensor { sqrt(try variance(unbiased: unbiased)) }

    /// Standard deviation along `dim` (square root of `variance(dim:keepDim:unbiased:)`).
    public func std(dim: Int, keepDim: Bool = false, unbiased: Bool = true) throws -> Tensor {
        sqrt(try variance(dim: dim, keepDim: keepDim, unbiased: unbiased))
    }

    /// The extreme values along `dim` and their indices (first on ties); only the values record a
    /// gradient, which goes to those indices.
    private func extreme(dim: Int, keepDim: Bool, operation: String, largest: Bool) throws -> (values: Tensor, indices: Tensor) {
        let axis = try normalizedAxis(dim, shape, operation: operation)
        let (outer, length, inner) = splitAround(shape, axis: axis)
        guard length > 0 else { throw TensorError(operation, "cannot reduce an empty dimension", shapes: [shape]) }
        var values = [Float](repeating: 0, count: outer * inner)
        var positions = [Int](repeating: 0, count: outer * inner)
        let input = storage
        for o in 0..<outer {
            for i in 0..<inner {
                let start = o * length * inner + i
                var best = 0
                for k in 1..<length {
                    let candidate = input[start + k * inner], current = input[start + best * inner]
                    if largest ? candidate > current : candidate < current { best = k }
                }
                values[o * inner + i] = input[start + best * inner]
                positions[o * inner + i] = start + best * inner
            }
        }
        var reducedShape = shape
        if !shape.isEmpty {
            if keepDim { reducedShape[axis] = 1 } else { reducedShape.remove(at: axis) }
        }
        let count = self.count
        let indices = Tensor(unchecked: reducedShape, positions.map { Float(($0 / inner) % length) })
        let result = recorded(Tensor(unchecked: reducedShape, values), operation, [self]) { g, _ in
            var gradient = [Float](repeating: 0, count: count)
            for (slot, position) in positions.enumerated() { gradient[position] += g[slot] }
            return [gradient]
        }
        return (result, indices)
    }
}
