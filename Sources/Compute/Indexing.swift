/// Indexing as in PyTorch: an integer per dimension removes it, a range keeps it narrowed, `.all`
/// keeps it whole (`x[i, j]`, `x[0..<10, 2]`, `x[.all, 1]`), and a boolean mask selects elements.
/// Both gather copies and are differentiable (the gradient is scattered back).

/// One dimension's part of a subscript.
public enum TensorIndex: Equatable, Sendable {
    /// One position (negative counts from the end); the dimension is removed.
    case at(Int)
    /// Positions `lower..<upper`; the dimension is kept.
    case range(Range<Int>)
    /// The whole dimension.
    case all
}

extension Tensor {
    /// The elements picked by `indices`, one per leading dimension (the remaining ones are kept whole).
    public func indexed(_ indices: [TensorIndex]) throws -> Tensor {
        guard indices.count <= rank else {
            throw TensorError("subscript", "\(indices.count) indices for a tensor of rank \(rank)", shapes: [shape])
        }
        if let first = indices.first, indices.dropFirst().allSatisfy({ $0 == .all }) {
            return try leadingRows(first)
        }
        var picks: [[Int]] = []
        var newShape: [Int] = []
        for (axis, size) in shape.enumerated() {
            switch axis < indices.count ? indices[axis] : .all {
            case .at(let position):
                let resolved = position < 0 ? position + size : position
                guard resolved >= 0, resolved < size else {
                    throw TensorError("subscript", "index \(position) is out of range for dim \(axis) of size \(size)", shapes: [shape])
                }
                picks.append([resolved])
            case .range(let range):
                guard range.lowerBound >= 0, range.upperBound <= size else {
                    throw TensorError("subscript", "range \(range) is out of bounds for dim \(axis) of size \(size)", shapes: [shape])
                }
                picks.append(Array(range))
                newShape.append(range.count)
            case .all:
                picks.append(Array(0..<size))
                newShape.append(size)
            }
        }
        let positions = flatPositions(picks)
        return gathered(positions, shape: newShape, operation: "subscript")
    }

    /// The elements where `mask` (same shape, 0/1 as comparisons give) is non-zero, as a 1-D
    /// tensor in row-major order (`x[x > 0]`).
    public func masked(by mask: Tensor) throws -> Tensor {
        guard mask.shape == shape else {
            throw TensorError("mask", "the mask must have the tensor's shape", shapes: [shape, mask.shape])
        }
        let positions = mask.storage.indices.filter { mask.storage[$0] != 0 }
        return gathered(positions, shape: [positions.count], operation: "mask")
    }

    /// `x[i]` or `x[a..<b]`: one contiguous run of rows along the first dimension.
    private func leadingRows(_ index: TensorIndex) throws -> Tensor {
        guard let size = shape.first else { throw TensorError("subscript", "a scalar tensor cannot be subscripted", shapes: [shape]) }
        switch index {
        case .all: return try reshaped(shape)
        case .range(let range):
            guard range.lowerBound >= 0, range.upperBound <= size else {
                throw TensorError("subscript", "range \(range) is out of bounds for dim 0 of size \(size)", shapes: [shape])
            }
            return try narrowed(dim: 0, start: range.lowerBound, length: range.count)
        case .at(let position):
            let resolved = position < 0 ? position + size : position
            guard resolved >= 0, resolved < size else {
                throw TensorError("subscript", "index \(position) is out of range for dim 0 of size \(size)", shapes: [shape])
            }
            return try narrowed(dim: 0, start: resolved, length: 1).reshaped(Array(shape.dropFirst()))
        }
    }

    /// Row-major element positions of the cartesian product of per-dimension picks.
    private func flatPositions(_ picks: [[Int]]) -> [Int] {
        var positions = [0]
        for (axis, pick) in picks.enumerated() {
            let stride = shape[(axis + 1)...].reduce(1, *)
            positions = positions.flatMap { base in pick.map { base + $0 * stride } }
        }
        return positions
    }

    private func gathered(_ positions: [Int], shape newShape: [Int], operation: String) -> Tensor {
        let input = storage, fullCount = count
        return recorded(Tensor(unchecked: newShape, positions.map { input[$0] }), operation, [self]) { g, _ in
            var gradient = [Float](repeating: 0, count: fullCount)
            for (slot, position) in positions.enumerated() { gradient[position] += g[slot] }
            return [gradient]
        }
    }
}
