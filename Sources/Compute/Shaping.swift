/// Reshape, flatten, transpose, permute, layout conversions and row selection.

extension Tensor {
    /// The same elements with a new shape; one dimension may be −1 (inferred). O(1): storage is
    /// shared copy-on-write. Differentiable.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var resolved = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1, !newShape.contains(where: { $0 < -1 }) else {
            throw TensorError("reshaped", "at most one dimension may be -1 and none below it", shapes: [shape, newShape])
        }
        if let axis = inferred.first {
            let known = newShape.filter { $0 != -1 }.elementCount
            guard known > 0, count % known == 0 else {
                throw TensorError("reshaped", "cannot infer the -1 dimension", shapes: [shape, newShape])
            }
            resolved[axis] = count / known
        }
        let newCount = try checkedElementCount(resolved, operation: "reshaped")
        guard newCount == count else {
            throw TensorError("reshaped", "element counts differ (\(count) vs \(newCount))", shapes: [shape, newShape])
        }
        return recorded(Tensor(unchecked: resolved, storage), "reshape", [self]) { g, _ in [g] }
    }

    /// Flattens dimensions `startDim...` into one (like `torch.flatten(x, startDim)`); `[N, C, H, W]`
    /// with `startDim: 1` gives `[N, C·H·W]`.
    public func flattened(startDim: Int = 0) throws -> Tensor {
        if shape.isEmpty { return try reshaped([1]) }
        let axis = try normalizedAxis(startDim, shape, operation: "flattened")
        return try reshaped(Array(shape[..<axis]) + [Array(shape[axis...]).elementCount])
    }

    /// Dimensions reordered so that result dimension `i` is input dimension `order[i]`
    /// (like `torch.permute`). Copies. Differentiable.
    public func permuted(_ order: [Int]) throws -> Tensor {
        guard order.count == shape.count, Set(order) == Set(0..<shape.count) else {
            throw TensorError("permuted", "order \(order) is not a permutation of the dimensions", shapes: [shape])
        }
        let output = permute(storage, shape: shape, order: order)
        var inverse = [Int](repeating: 0, count: order.count)
        for (i, axis) in order.enumerated() { inverse[axis] = i }
        let permutedShape = order.map { shape[$0] }
        return recorded(Tensor(unchecked: permutedShape, output), "permute", [self]) { g, _ in
            [permute(g, shape: permutedShape, order: inverse)]
        }
    }

    /// The last two dimensions swapped (a matrix transpose for rank 2). Differentiable.
    public func transposed() throws -> Tensor {
        guard rank >= 2 else { throw TensorError("transposed", "needs at least 2 dimensions", shapes: [shape]) }
        var order = Array(0..<rank)
        order.swapAt(rank - 1, rank - 2)
        return try permuted(order)
    }

    /// `[N, H, W, C]` (Keras layout) to `[N, C, H, W]` (PyTorch layout).
    public func nhwcToNCHW() throws -> Tensor {
        guard rank == 4 else { throw TensorError("nhwcToNCHW", "needs a 4-D tensor", shapes: [shape]) }
        return try permuted([0, 3, 1, 2])
    }

    /// `[N, C, H, W]` (PyTorch layout) to `[N, H, W, C]` (Keras layout).
    public func nchwToNHWC() throws -> Tensor {
        guard rank == 4 else { throw TensorError("nchwToNHWC", "needs a 4-D tensor", shapes: [shape]) }
        return try permuted([0, 2, 3, 1])
    }

    /// The sub-tensors at `indices` along the first dimension, stacked in that order (batches from a
    /// shuffled permutation). No gradient.
    public func rows(_ indices: [Int]) throws -> Tensor {
        guard let first = shape.first else { throw TensorError("rows", "needs at least 1 dimension", shapes: [shape]) }
        let rowSize = count / Swift.max(first, 1)
        var output = [Float](repeating: 0, count: indices.count * rowSize)
        for (position, index) in indices.enumerated() {
            guard index >= 0, index < first else {
                throw TensorError("rows", "index \(index) is out of range 0..<\(first)", shapes: [shape])
            }
            output.withUnsafeMutableBufferPointer { out in
                storage.withUnsafeBufferPointer { input in
                    for j in 0..<rowSize { out[position * rowSize + j] = input[index * rowSize + j] }
                }
            }
        }
        return Tensor(unchecked: [indices.count] + shape.dropFirst(), output)
    }

    /// The contiguous rows `range` along the first dimension. No gradient.
    public func slice(_ range: Range<Int>) throws -> Tensor {
        guard let first = shape.first, range.lowerBound >= 0, range.upperBound <= first else {
            throw TensorError("slice", "range \(range) is out of bounds", shapes: [shape])
        }
        let rowSize = count / Swift.max(first, 1)
        return Tensor(unchecked: [range.count] + shape.dropFirst(),
                      Array(storage[(range.lowerBound * rowSize)..<(range.upperBound * rowSize)]))
    }
}

/// Copies `input` (of `shape`) into the layout where output dimension `i` is input dimension `order[i]`.
func permute(_ input: [Float], shape: [Int], order: [Int]) -> [Float] {
    let rank = shape.count
    var inputStrides = [Int](repeating: 1, count: rank)
    for axis in stride(from: rank - 2, through: 0, by: -1) { inputStrides[axis] = inputStrides[axis + 1] * shape[axis + 1] }
    let outputShape = order.map { shape[$0] }
    let strides = order.map { inputStrides[$0] }
    let count = input.count
    guard rank > 0, count > 0 else { return input }
    if let sizes = batchedTransposeSizes(shape: shape, order: order) {
        return batchedTranspose(input, batch: sizes.batch, rows: sizes.rows, columns: sizes.columns)
    }
    let inner = outputShape[rank - 1], innerStride = strides[rank - 1]
    let outer = count / inner
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
        input.withUnsafeBufferPointer { source in
            parallelChunks(outer, costPerElement: inner) { rows in
                for row in rows {
                    var rest = row, offset = 0
                    var axis = rank - 2
                    while axis >= 0 {
                        offset += (rest % outputShape[axis]) * strides[axis]
                        rest /= outputShape[axis]
                        axis -= 1
                    }
                    for j in 0..<inner { out[row * inner + j] = source[offset + j * innerStride] }
                }
            }
        }
        initialized = count
    }
}

/// When `order` keeps some leading axes and swaps the two runs of axes after them — [1, 0] on a
/// matrix, [0, 2, 3, 1] from NCHW to NHWC, [0, 3, 1, 2] back — the permutation is a batch of matrix
/// transposes: their count and the sizes of each matrix before transposing; nil otherwise.
private func batchedTransposeSizes(shape: [Int], order: [Int]) -> (batch: Int, rows: Int, columns: Int)? {
    let rank = shape.count
    var kept = 0
    while kept < rank, order[kept] == kept { kept += 1 }
    guard kept < rank else { return nil }
    let split = order[kept]
    guard split > kept, order == Array(0..<kept) + Array(split..<rank) + Array(kept..<split) else { return nil }
    return (shape[..<kept].reduce(1, *), shape[kept..<split].reduce(1, *), shape[split...].reduce(1, *))
}

/// Transposes each of `batch` consecutive row-major [rows, columns] matrices, 16 rows at a time:
/// a row-by-row gather would touch a new cache line for every element when the columns are long
/// (the 32 × 9216 activations of the article's Dense layer), while a block of 16 rows shares each
/// line it reads and writes runs of 16.
private func batchedTranspose(_ input: [Float], batch: Int, rows: Int, columns: Int) -> [Float] {
    let (count, block) = (input.count, 16)
    let rowBlocks = (rows + block - 1) / block
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
        input.withUnsafeBufferPointer { source in
            let (out, source) = (out.baseAddress!, source.baseAddress!)
            parallelChunks(batch * rowBlocks, costPerElement: block * columns) { range in
                for index in range {
                    let (matrix, rowBlock) = index.quotientAndRemainder(dividingBy: rowBlocks)
                    let (from, to) = (source + matrix * rows * columns, out + matrix * rows * columns)
                    let blockRows = rowBlock * block..<min(rows, rowBlock * block + block)
                    for column in 0..<columns {
                        for row in blockRows { to[column * rows + row] = from[row * columns + column] }
                    }
                }
            }
        }
        initialized = count
    }
}
