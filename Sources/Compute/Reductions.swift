/// Sums and means over all elements or one axis (extremes and spreads: `AxisReductions.swift`).

extension Tensor {
    /// Sum of all elements as a scalar tensor (accumulated in Double, sequentially, so the result
    /// never depends on the thread count).
    public func sum() -> Tensor {
        var total: Double = 0
        for value in storage { total += Double(value) }
        let shape = self.shape
        return recorded(Tensor(Float(total)), "sum", [self]) { g, _ in
            [[Float](repeating: g[0], count: shape.elementCount)]
        }
    }

    /// Mean of all elements as a scalar tensor (nan for an empty tensor, as in PyTorch).
    public func mean() -> Tensor {
        var total: Double = 0
        for value in storage { total += Double(value) }
        let count = storage.count
        return recorded(Tensor(Float(total / Double(count))), "mean", [self]) { g, _ in
            [[Float](repeating: g[0] / Float(count), count: count)]
        }
    }

    /// Sum along `dim` (negative counts from the end); `keepDim` keeps it with size 1.
    public func sum(dim: Int, keepDim: Bool = false) throws -> Tensor {
        try reduce(dim: dim, keepDim: keepDim, operation: "sum", scale: 1)
    }

    /// Mean along `dim` (negative counts from the end); `keepDim` keeps it with size 1.
    public func mean(dim: Int, keepDim: Bool = false) throws -> Tensor {
        let axis = try normalizedAxis(dim, shape, operation: "mean")
        let length = shape.isEmpty ? 1 : shape[axis]
        return try reduce(dim: dim, keepDim: keepDim, operation: "mean", scale: 1 / Float(length))
    }

    private func reduce(dim: Int, keepDim: Bool, operation: String, scale: Float) throws -> Tensor {
        let axis = try normalizedAxis(dim, shape, operation: operation)
        let (outer, length, inner) = splitAround(shape, axis: axis)
        var output = [Float](repeating: 0, count: outer * inner)
        let input = storage
        for o in 0..<outer {
            for k in 0..<length {
                let base = (o * length + k) * inner
                for i in 0..<inner { output[o * inner + i] += input[base + i] }
            }
        }
        if scale != 1 { for i in output.indices { output[i] *= scale } }
        var reducedShape = shape
        if !shape.isEmpty {
            if keepDim { reducedShape[axis] = 1 } else { reducedShape.remove(at: axis) }
        }
        return recorded(Tensor(unchecked: reducedShape, output), operation, [self]) { g, _ in
            var result = [Float](repeating: 0, count: outer * length * inner)
            for o in 0..<outer {
                for k in 0..<length {
                    let base = (o * length + k) * inner
                    for i in 0..<inner { result[base + i] = g[o * inner + i] * scale }
                }
            }
            return [result]
        }
    }

    /// Largest element as a scalar tensor (no gradient); an error for an empty tensor.
    public func max() throws -> Tensor {
        guard let largest = storage.max() else { throw TensorError("max", "empty tensor", shapes: [shape]) }
        return Tensor(largest)
    }
}
