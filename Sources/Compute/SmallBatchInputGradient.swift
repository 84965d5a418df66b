import CProcessorHints

/// dY · Wᵀ, a Dense layer's input gradient at a small batch (see `SmallBatch`): alone, or in the
/// backward sweep that also applies a plain SGD update to the kernel.
extension SmallBatch {
    /// C = A · Bᵀ for A [rows, n] (rows ≤ 64) and B [m, n], giving [rows, m]: 4 × 4 dot products at
    /// a time, each accumulated in 16 lanes over n in order and then added across the lanes.
    static func productTransposed(_ a: [Float], _ b: [Float], rows: Int, n: Int, m: Int) -> [Float] {
        result(rows * m, a, b) { a, b, c in
            parallelChunks((m + 3) / 4, costPerElement: 4 * n * rows) { blocks in
                for block in blocks {
                    let upcoming = b + min(block + 1, blocks.upperBound - 1) * 4 * n
                    dotProductBlock(a, b, c, rows: rows, n: n, m: m, outputs: block * 4..<min(m, block * 4 + 4),
                                    upcoming: upcoming)
                }
            }
        }
    }

    /// A Dense layer's whole backward pass with its plain SGD update, in one sweep over the kernel:
    /// returns dX = dY · Wᵀ [rows, k] and applies W −= rate · Xᵀ · dY to `weight` [k, n] in place,
    /// four rows of W at a time — each block's dot products read the rows, then their update
    /// rewrites them while they are still in cache. The 37.7 MB kernel of the article streams
    /// through memory once instead of twice; dX still sees W as it was, and every element gets the
    /// same value as `productTransposed` followed by `subtractTransposedProduct`.
    static func productTransposedThenSubtract(_ g: [Float], _ x: [Float], scaledBy rate: Float, from weight: inout [Float],
                                              rows: Int, k: Int, n: Int) -> [Float] {
        let xt = permute(x, shape: [rows, k], order: [1, 0])
        return [Float](unsafeUninitializedCapacity: rows * k) { dx, initialized in
            g.withUnsafeBufferPointer { g in
                xt.withUnsafeBufferPointer { xt in
                    weight.withUnsafeMutableBufferPointer { w in
                        let (g, xt, w, dx) = (g.baseAddress!, xt.baseAddress!, w.baseAddress!, dx.baseAddress!)
                        parallelChunks((k + 3) / 4, costPerElement: 8 * n * rows) { blocks in
                            // Last rows first: the forward pass just read W in row order, so the
                            // rows it read last are the ones still in the last-level cache.
                            for block in blocks.reversed() {
                                let outputs = block * 4..<min(k, block * 4 + 4)
                                let upcoming = w + max(block - 1, blocks.lowerBound) * 4 * n
                                dotProductBlock(g, w, dx, rows: rows, n: n, m: k, outputs: outputs, upcoming: upcoming)
                                outerProductBlock(outputs, xt, g, w, batch: rows, n: n, update: rate)
                            }
                        }
                    }
                }
            }
            initialized = rows * k
        }
    }

    /// C[:, outputs] for up to 4 rows of B, asking memory for the 4 rows of B at `upcoming` (the
    /// next block's) meanwhile: each group of 4 rows of A prefetches one of them, a line per step.
    /// The rows of B are 4 KiB apart in the article's kernel, so the hardware prefetchers, which
    /// stop at page ends, would otherwise leave every block to start with a wait for memory.
    @inline(__always)
    private static func dotProductBlock(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                                        rows: Int, n: Int, m: Int, outputs: Range<Int>, upcoming: UnsafePointer<Float>) {
        let vectorEnd = n / 16 * 16
        var row = 0
        if outputs.count == 4 {
            let (b0, b1, b2, b3) = (b + outputs.lowerBound * n, b + (outputs.lowerBound + 1) * n,
                                    b + (outputs.lowerBound + 2) * n, b + (outputs.lowerBound + 3) * n)
            while row + 4 <= rows {
                // Row r of this 4 × 4 block of dot products: one vector of lane sums per output.
                let zero: Block = (Vector(), Vector(), Vector(), Vector())
                var r0 = zero, r1 = zero, r2 = zero, r3 = zero
                let (a0, a1, a2, a3) = (a + row * n, a + (row + 1) * n, a + (row + 2) * n, a + (row + 3) * n)
                let prefetched = upcoming + row / 4 % 4 * n
                var j = 0
                while j < vectorEnd {
                    prefetch_for_reading(prefetched + j)
                    let w: Block = (loadVector(b0 + j), loadVector(b1 + j), loadVector(b2 + j), loadVector(b3 + j))
                    multiplyAdd(&r0, loadVector(a0 + j), w)
                    multiplyAdd(&r1, loadVector(a1 + j), w)
                    multiplyAdd(&r2, loadVector(a2 + j), w)
                    multiplyAdd(&r3, loadVector(a3 + j), w)
                    j += 16
                }
                /// Adds one output's lanes, then the elements past the last whole vector.
                func finish(_ lanes: Vector, _ r: Int, _ o: Int) {
                    let (x, w) = (a + (row + r) * n, b + (outputs.lowerBound + o) * n)
                    var sum = lanes.sum()
                    for tail in vectorEnd..<n { sum = sum.addingProduct(x[tail], w[tail]) }
                    c[(row + r) * m + outputs.lowerBound + o] = sum
                }
                func finish(_ sums: Block, _ r: Int) {
                    finish(sums.0, r, 0)
                    finish(sums.1, r, 1)
                    finish(sums.2, r, 2)
                    finish(sums.3, r, 3)
                }
                finish(r0, 0)
                finish(r1, 1)
                finish(r2, 2)
                finish(r3, 3)
                row += 4
            }
        }
        for row in row..<rows {
            for output in outputs {
                let (x, w) = (a + row * n, b + output * n)
                var lanes = Vector()
                var j = 0
                while j < vectorEnd { lanes = lanes.addingProduct(loadVector(x + j), loadVector(w + j)); j += 16 }
                var sum = lanes.sum()
                for tail in vectorEnd..<n { sum = sum.addingProduct(x[tail], w[tail]) }
                c[row * m + output] = sum
            }
        }
    }
}
