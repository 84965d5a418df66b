/// NumPy/PyTorch broadcasting on flat row-major buffers: shapes are aligned at their last
/// dimension, and a dimension of size 1 (or a missing one) stretches to match the other.

/// The broadcast result shape of `a` and `b`, or an error naming `operation` and both shapes.
func broadcastShape(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for axis in 0..<rank {
        let da = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
        let db = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
        guard da == db || da == 1 || db == 1 else {
            throw TensorError(operation, "shapes cannot be broadcast together", shapes: [a, b])
        }
        result[axis] = da == 1 ? db : da
    }
    return result
}

/// Element strides of `shape` read as if it had `outputShape` (0 along stretched dimensions).
func broadcastStrides(_ shape: [Int], to outputShape: [Int]) -> [Int] {
    let offset = outputShape.count - shape.count
    var strides = [Int](repeating: 0, count: outputShape.count)
    var stride = 1
    for axis in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis + offset] = shape[axis] == 1 ? 0 : stride
        stride *= shape[axis]
    }
    return strides
}

/// `F(a[i], b[i])` over the broadcast of `a` (shape `aShape`) and `b` (shape `bShape`) to
/// `outputShape`, which must be their broadcast shape. `F` is a type, so the loops inline it.
func broadcastBinary<F: BinaryElementFunction>(_ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int],
                                               _ outputShape: [Int], _: F.Type) -> [Float] {
    let count = outputShape.elementCount
    if count == 0 { return [] }
    // Every branch below writes every element, so the result is not zero-filled first.
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let out = out, pa = pa, pb = pb
                if a.count == count && b.count == count {
                    parallelChunks(count) { range in
                        for i in range { out[i] = F.apply(pa[i], pb[i]) }
                    }
                } else if b.count == 1 && a.count == count {
                    let scalar = pb[0]
                    parallelChunks(count) { range in
                        for i in range { out[i] = F.apply(pa[i], scalar) }
                    }
                } else if a.count == 1 && b.count == count {
                    let scalar = pa[0]
                    parallelChunks(count) { range in
                        for i in range { out[i] = F.apply(scalar, pb[i]) }
                    }
                } else {
                    let sa = broadcastStrides(aShape, to: outputShape)
                    let sb = broadcastStrides(bShape, to: outputShape)
                    let inner = outputShape.last ?? 1
                    let innerA = sa.last ?? 0, innerB = sb.last ?? 0
                    let outer = count / inner
                    let dims = outputShape
                    parallelChunks(outer, costPerElement: inner) { rows in
                        for row in rows {
                            var rest = row, offsetA = 0, offsetB = 0
                            var axis = dims.count - 2
                            while axis >= 0 {
                                let index = rest % dims[axis]
                                rest /= dims[axis]
                                offsetA += index * sa[axis]
                                offsetB += index * sb[axis]
                                axis -= 1
                            }
                            let base = row * inner
                            for j in 0..<inner {
                                out[base + j] = F.apply(pa[offsetA + j * innerA], pb[offsetB + j * innerB])
                            }
                        }
                    }
                }
            }
        }
        initialized = count
    }
}

/// Sums `gradient` (of `outputShape`) over the dimensions that broadcasting stretched, giving a
/// gradient of `shape`. Sequential so the summation order never changes.
func reduceBroadcast(_ gradient: [Float], from outputShape: [Int], to shape: [Int]) -> [Float] {
    if outputShape == shape { return gradient }
    let count = shape.elementCount
    if count == 1 {
        var total: Double = 0
        for value in gradient { total += Double(value) }
        return [Float(total)]
    }
    var result = [Float](repeating: 0, count: count)
    let strides = broadcastStrides(shape, to: outputShape)
    let inner = outputShape.last ?? 1
    let innerStride = strides.last ?? 0
    let outer = gradient.count / max(inner, 1)
    result.withUnsafeMutableBufferPointer { out in
        gradient.withUnsafeBufferPointer { g in
            for row in 0..<outer {
                var rest = row, offset = 0
                var axis = outputShape.count - 2
                while axis >= 0 {
                    offset += (rest % outputShape[axis]) * strides[axis]
                    rest /= outputShape[axis]
                    axis -= 1
                }
                let base = row * inner
                for j in 0..<inner { out[offset + j * innerStride] += g[base + j] }
            }
        }
    }
    return result
}
