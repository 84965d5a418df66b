/// Adding and removing size-1 dimensions, narrowing, and joining or splitting tensors along a
/// dimension (`torch.unsqueeze`, `squeeze`, `narrow`, `cat`, `stack`, `split`, `chunk`). All
/// differentiable.

extension Tensor {
    /// A size-1 dimension inserted at `dim` (0...rank; negative counts from the end, −1 appends).
    public func unsqueezed(_ dim: Int) throws -> Tensor {
        let axis = dim < 0 ? dim + rank + 1 : dim
        guard axis >= 0, axis <= rank else { throw TensorError("unsqueeze", "dim \(dim) is out of range", shapes: [shape]) }
        var newShape = shape
        newShape.insert(1, at: axis)
        return try reshaped(newShape)
    }

    /// Dimension `dim` removed if its size is 1 (unchanged otherwise, as `torch.squeeze(x, dim)`).
    public func squeezed(_ dim: Int) throws -> Tensor {
        let axis = try normalizedAxis(dim, shape, operation: "squeeze")
        guard !shape.isEmpty, shape[axis] == 1 else { return try reshaped(shape) }
        var newShape = shape
        newShape.remove(at: axis)
        return try reshaped(newShape)
    }

    /// Every size-1 dimension removed.
    public func squeezed() throws -> Tensor { try reshaped(shape.filter { $0 != 1 }) }

    /// Elements `start..<start + length` along `dim` (`torch.narrow`, copied).
    public func narrowed(dim: Int, start: Int, length: Int) throws -> Tensor {
        let axis = try normalizedAxis(dim, shape, operation: "narrow")
        let size = shape.isEmpty ? 1 : shape[axis]
        guard start >= 0, length >= 0, start + length <= size else {
            throw TensorError("narrow", "\(start)..<\(start + length) is out of range 0..<\(size) along dim \(dim)", shapes: [shape])
        }
        let (outer, _, inner) = splitAround(shape, axis: axis)
        let input = storage
        var output: [Float] = []
        output.reserveCapacity(outer * length * inner)
        for o in 0..<outer {
            let base = (o * size + start) * inner
            output.append(contentsOf: input[base..<(base + length * inner)])
        }
        var newShape = shape
        if !newShape.isEmpty { newShape[axis] = length }
        let fullCount = count
        return recorded(Tensor(unchecked: newShape, output), "narrow", [self]) { g, _ in
            var gradient = [Float](repeating: 0, count: fullCount)
            for o in 0..<outer {
                let base = (o * size + start) * inner, from = o * length * inner
                for j in 0..<(length * inner) { gradient[base + j] = g[from + j] }
            }
            return [gradient]
        }
    }

    /// Consecutive pieces of `size` elements along `dim` (the last may be shorter), as `torch.split`.
    public func split(_ size: Int, dim: Int = 0) throws -> [Tensor] {
        let axis = try normalizedAxis(dim, shape, operation: "split")
        guard size > 0 else { throw TensorError("split", "the piece size must be positive, got \(size)", shapes: [shape]) }
        let length = shape.isEmpty ? 1 : shape[axis]
        return try stride(from: 0, to: length, by: size).map {
            try narrowed(dim: axis, start: $0, length: Swift.min(size, length - $0))
        }
    }

    /// `chunks` pieces along `dim` of ⌈size / chunks⌉ elements each (fewer if they run out), as `torch.chunk`.
    public func chunk(_ chunks: Int, dim: Int = 0) throws -> [Tensor] {
        let axis = try normalizedAxis(dim, shape, operation: "chunk")
        guard chunks > 0 else { throw TensorError("chunk", "the number of chunks must be positive, got \(chunks)", shapes: [shape]) }
        let length = shape.isEmpty ? 1 : shape[axis]
        return try split(Swift.max(1, (length + chunks - 1) / chunks), dim: axis)
    }
}

/// `tensors` joined along the existing dimension `dim` (`torch.cat`); all other dimensions must agree.
public func cat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first, first.rank > 0 else {
        throw TensorError("cat", "needs at least one tensor of rank ≥ 1", shapes: tensors.map(\.shape))
    }
    let axis = try normalizedAxis(dim, first.shape, operation: "cat")
    for tensor in tensors {
        var (expected, actual) = (first.shape, tensor.shape)
        guard actual.count == expected.count else {
            throw TensorError("cat", "all tensors need the same rank", shapes: tensors.map(\.shape))
        }
        expected[axis] = 0
        actual[axis] = 0
        guard expected == actual else {
            throw TensorError("cat", "sizes differ outside dim \(dim)", shapes: tensors.map(\.shape))
        }
    }
    let lengths = tensors.map { $0.shape[axis] }
    let (outer, _, inner) = splitAround(first.shape, axis: axis)
    var output: [Float] = []
    output.reserveCapacity(tensors.reduce(0) { $0 + $1.count })
    for o in 0..<outer {
        for (tensor, length) in zip(tensors, lengths) {
            let run = length * inner
            output.append(contentsOf: tensor.storage[(o * run)..<((o + 1) * run)])
        }
    }
    var shape = first.shape
    shape[axis] = lengths.reduce(0, +)
    let total = shape[axis]
    return recorded(Tensor(unchecked: shape, output), "cat", tensors) { g, needed in
        var offset = 0
        return zip(lengths, needed).map { length, wanted in
            defer { offset += length }
            guard wanted else { return nil }
            var gradient: [Float] = []
            gradient.reserveCapacity(outer * length * inner)
            for o in 0..<outer {
                let base = (o * total + offset) * inner
                gradient.append(contentsOf: g[base..<(base + length * inner)])
            }
            return gradient
        }
    }
}

/// `tensors` of one shape joined along a new dimension `dim` (`torch.stack`).
public func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError("stack", "needs at least one tensor") }
    guard tensors.allSatisfy({ $0.shape == first.shape }) else {
        throw TensorError("stack", "all tensors need the same shape", shapes: tensors.map(\.shape))
    }
    return try cat(tensors.map { try $0.unsqueezed(dim) }, dim: dim)
}
