import CProcessorHints

/// Matrix products with one short side — a Dense layer at a small batch (the article's Keras model
/// trains 9216 → 1024 at batch 32) — written as register-blocked loops over 16-wide vectors.
///
/// BLAS packs both operands into its own layout before multiplying; with only 32 rows on one side
/// the packing of the 37.7 MB kernel (and, for Xᵀ · dY, zeroing the result first) costs as much as
/// the arithmetic. These loops read the operands where they lie: 4 rows × 64 columns of the
/// result (or 4 × 4 dot products) live in 16 vector registers while the long dimension streams
/// through, in blocks that stay in cache. In a plain SGD step the backward pass is one sweep over
/// the kernel that forms dX and applies the update (`productTransposedThenSubtract`), so the
/// kernel leaves memory twice per step (forward, backward) and its gradient is never stored.
/// `make bench` compares these loops with BLAS plus a separate update; `COMPUTE_BENCH_ONLY=dense`
/// times the parts.
///
/// Every element is summed in one fixed order with fused multiply-adds, and threads split the
/// result, never a sum, so results do not depend on the thread count.
enum SmallBatch {
    /// The largest short side these loops handle; longer ones go to BLAS.
    static let maximumRows = 64

    /// Whether a product with short side `rows` and the other two sizes is worth the loops: the
    /// long sides must fill whole 64-column blocks.
    static func applies(rows: Int, _ other: Int, _ columns: Int) -> Bool {
        rows >= 1 && rows <= maximumRows && columns >= 64 && other >= 64 && other * columns >= 1 << 16
    }

    typealias Vector = SIMD16<Float>
    typealias Block = (Vector, Vector, Vector, Vector)
}

// MARK: - Xᵀ · dY: a Dense layer's weight gradient

extension SmallBatch {
    /// C[i, j] = Σ_b A[b, i] · B[b, j] for A [batch, m] and B [batch, n], summed in batch order.
    static func transposedProduct(_ a: [Float], _ b: [Float], batch: Int, m: Int, n: Int) -> [Float] {
        result(m * n, permute(a, shape: [batch, m], order: [1, 0]), b) { at, b, c in
            transposedProduct(at, b, c, batch: batch, m: m, n: n, update: nil)
        }
    }

    /// target[i, j] −= rate · Σ_b A[b, i] · B[b, j], in place: a plain SGD step on a Dense kernel
    /// [m, n] fused into its gradient Xᵀ · dY, which is never stored. Each element gets exactly
    /// what `transposedProduct` followed by `p −= rate · g` would give it.
    static func subtractTransposedProduct(_ a: [Float], _ b: [Float], scaledBy rate: Float, from target: inout [Float],
                                          batch: Int, m: Int, n: Int) {
        let at = permute(a, shape: [batch, m], order: [1, 0])
        at.withUnsafeBufferPointer { at in
            b.withUnsafeBufferPointer { b in
                target.withUnsafeMutableBufferPointer { c in
                    transposedProduct(at.baseAddress!, b.baseAddress!, c.baseAddress!, batch: batch, m: m, n: n, update: rate)
                }
            }
        }
    }

    /// Aᵀ · B into C from Aᵀ [m, batch], four rows of C at a time: stored, or with `update` the rate
    /// of C −= update · (Aᵀ · B).
    private static func transposedProduct(_ at: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                                          batch: Int, m: Int, n: Int, update: Float?) {
        parallelChunks((m + 3) / 4, costPerElement: 4 * n * batch) { blocks in
            for block in blocks {
                outerProductBlock(block * 4..<min(m, block * 4 + 4), at, b, c, batch: batch, n: n, update: update)
            }
        }
    }

    /// Rows `rows` (at most 4) of Aᵀ · B into C, stored or subtracted as `transposedProduct` says.
    @inline(__always)
    static func outerProductBlock(_ rows: Range<Int>, _ at: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                          _ c: UnsafeMutablePointer<Float>, batch: Int, n: Int, update: Float?) {
        if rows.count == 4 {
            outerProductRows(at + rows.lowerBound * batch, b, c + rows.lowerBound * n, batch: batch, n: n, update: update)
        } else {
            for row in rows {
                outerProductRow(at + row * batch, b, c + row * n, batch: batch, columns: 0..<n, n: n, update: update)
            }
        }
    }

    /// Rows i…i+3 of C from Aᵀ's rows i…i+3: 64 columns at a time in registers, then the rest.
    @inline(__always)
    private static func outerProductRows(_ at: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                         _ c: UnsafeMutablePointer<Float>, batch: Int, n: Int, update: Float?) {
        var column = 0
        while column + 64 <= n {
            var r0: Block = (Vector(), Vector(), Vector(), Vector())
            var r1 = r0, r2 = r0, r3 = r0
            for s in 0..<batch {
                let row = load(b + s * n + column)
                fma(&r0, at[s], row)
                fma(&r1, at[batch + s], row)
                fma(&r2, at[2 * batch + s], row)
                fma(&r3, at[3 * batch + s], row)
            }
            if let rate = update {
                subtract(r0, scaledBy: rate, from: c + column)
                subtract(r1, scaledBy: rate, from: c + n + column)
                subtract(r2, scaledBy: rate, from: c + 2 * n + column)
                subtract(r3, scaledBy: rate, from: c + 3 * n + column)
            } else {
                store(r0, c + column)
                store(r1, c + n + column)
                store(r2, c + 2 * n + column)
                store(r3, c + 3 * n + column)
            }
            column += 64
        }
        for row in 0..<4 {
            outerProductRow(at + row * batch, b, c + row * n, batch: batch, columns: column..<n, n: n, update: update)
        }
    }

    /// `columns` of one row of C, element by element, in the same order.
    @inline(__always)
    private static func outerProductRow(_ at: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                                        batch: Int, columns: Range<Int>, n: Int, update: Float?) {
        for column in columns {
            var sum: Float = 0
            for s in 0..<batch { sum = sum.addingProduct(at[s], b[s * n + column]) }
            if let rate = update { c[column] -= rate * sum } else { c[column] = sum }
        }
    }
}

// MARK: - X · W: a Dense layer's forward pass

extension SmallBatch {
    /// Rows of W per block: a 128 × 64 block (32 KiB) stays in cache while every 4-row group of X
    /// passes over it.
    private static let innerBlock = 128

    /// C = A · B for A [rows, k] (rows ≤ 64) and B [k, n]; each element summed over k in order.
    ///
    /// Each thread takes a run of 64-column blocks. For every 128 rows of B it first copies its
    /// part of those rows — one contiguous run per row, which the hardware prefetchers stream from
    /// memory — into a panel of dense 128 × 64 blocks, then multiplies from the panel. Reading the
    /// blocks straight from B instead jumps a whole row (4 KiB for the article's kernel, a new page
    /// every time, which no prefetcher follows) between consecutive 256-byte reads, and ran at a
    /// third of the speed once B no longer fits in the last-level cache.
    static func product(_ a: [Float], _ b: [Float], rows: Int, k: Int, n: Int) -> [Float] {
        result(rows * n, a, b) { a, b, c in
            parallelChunks((n + 63) / 64, costPerElement: 64 * k * rows) { columnBlocks in
                let panel = UnsafeMutablePointer<Float>.allocate(capacity: innerBlock * 64 * columnBlocks.count)
                defer { panel.deallocate() }
                let fullBlocks = columnBlocks.lowerBound..<min(columnBlocks.upperBound, n / 64)
                for start in stride(from: 0, to: k, by: innerBlock) {
                    let inner = start..<min(k, start + innerBlock)
                    for i in inner {
                        var source = b + i * n + fullBlocks.lowerBound * 64
                        var target = panel + (i - start) * 64
                        for _ in fullBlocks {
                            store(load(source), target)
                            source += 64
                            target += innerBlock * 64
                        }
                    }
                    for block in columnBlocks {
                        let columns = block * 64..<min(n, block * 64 + 64)
                        let upcoming = UpcomingRows(b + fullBlocks.lowerBound * 64, lines: 4 * fullBlocks.count,
                                                    firstLine: (block - columnBlocks.lowerBound) * (rows / 4), k: k, n: n)
                        if fullBlocks.contains(block) {
                            let packed = panel + (block - fullBlocks.lowerBound) * innerBlock * 64 - start * 64
                            productBlock(a, packed, c, rows: rows, k: k, n: n, rowStride: 64, inner: inner, columns: columns,
                                         upcoming: upcoming)
                        } else {
                            productBlock(a, b + columns.lowerBound, c, rows: rows, k: k, n: n, rowStride: n, inner: inner,
                                         columns: columns, upcoming: upcoming)
                        }
                    }
                }
            }
        }
    }

    /// The rows of B the next panel will copy, asked for from memory while the current panel is
    /// multiplied, so that the copy finds them in cache: each group of 4 rows of A, as it passes
    /// over the 128 rows of a block, prefetches one 64-byte line of each of the next 128 rows of B
    /// (the line chosen by the group, cycling through the thread's part of the row). Without this
    /// the copy waits for memory at every row, since the hardware prefetchers stop at page ends.
    private struct UpcomingRows {
        /// The thread's part of row 0 of B, its length in lines, and the line the block's first group takes.
        let start: UnsafePointer<Float>, lines: Int, firstLine: Int
        let lastRow: Int, rowStride: Int

        init(_ start: UnsafePointer<Float>, lines: Int, firstLine: Int, k: Int, n: Int) {
            (self.start, self.lines, self.firstLine, lastRow, rowStride) = (start, max(lines, 1), firstLine, k - 1, n)
        }

        /// The line group `group` prefetches, in row 0.
        @inline(__always)
        func line(forGroup group: Int) -> UnsafePointer<Float> { start + (firstLine + group) % lines * 16 }

        /// Prefetches `line` in the row one block past `row` (the last row of B past the end).
        @inline(__always)
        func prefetch(_ line: UnsafePointer<Float>, pastRow row: Int) {
            // Wrapping arithmetic: the row is a valid index of B, so nothing can overflow, and
            // this runs once per multiply step, where an overflow check is a wasted branch.
            prefetch_for_reading(line + min(row &+ innerBlock, lastRow) &* rowStride)
        }
    }

    /// Adds A[:, inner] · B[inner, columns] to C[:, columns] (starting from 0 at the first block),
    /// reading B's block from `block`: element (i, j) of the block at block[i · rowStride + j].
    @inline(__always)
    private static func productBlock(_ a: UnsafePointer<Float>, _ block: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                                     rows: Int, k: Int, n: Int, rowStride: Int, inner: Range<Int>, columns: Range<Int>,
                                     upcoming: UpcomingRows) {
        let first = inner.lowerBound == 0
        var row = 0
        if columns.count == 64 {
            while row + 4 <= rows {
                let (c0, c1, c2, c3) = (c + row * n + columns.lowerBound, c + (row + 1) * n + columns.lowerBound,
                                        c + (row + 2) * n + columns.lowerBound, c + (row + 3) * n + columns.lowerBound)
                let zero: Block = (Vector(), Vector(), Vector(), Vector())
                var r0 = first ? zero : load(c0), r1 = first ? zero : load(c1)
                var r2 = first ? zero : load(c2), r3 = first ? zero : load(c3)
                let (a0, a1, a2, a3) = (a + row * k, a + (row + 1) * k, a + (row + 2) * k, a + (row + 3) * k)
                let prefetched = upcoming.line(forGroup: row / 4)
                for i in inner {
                    upcoming.prefetch(prefetched, pastRow: i)
                    let line = load(block + i &* rowStride)
                    fma(&r0, a0[i], line)
                    fma(&r1, a1[i], line)
                    fma(&r2, a2[i], line)
                    fma(&r3, a3[i], line)
                }
                store(r0, c0)
                store(r1, c1)
                store(r2, c2)
                store(r3, c3)
                row += 4
            }
        }
        for row in row..<rows {
            for (offset, column) in columns.enumerated() {
                var sum: Float = first ? 0 : c[row * n + column]
                for i in inner { sum = sum.addingProduct(a[row * k + i], block[i * rowStride + offset]) }
                c[row * n + column] = sum
            }
        }
    }
}

// MARK: - Vector helpers

extension SmallBatch {
    /// A new array of `count` elements that `fill` writes completely, given the operands' storage.
    @inline(__always)
    static func result(_ count: Int, _ a: [Float], _ b: [Float],
                               _ fill: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { c, initialized in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in fill(a.baseAddress!, b.baseAddress!, c.baseAddress!) }
            }
            initialized = count
        }
    }

    @inline(__always)
    static func loadVector(_ source: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(source).loadUnaligned(as: Vector.self)
    }

    /// 64 consecutive elements.
    @inline(__always)
    private static func load(_ source: UnsafePointer<Float>) -> Block {
        let raw = UnsafeRawPointer(source)
        return (raw.loadUnaligned(as: Vector.self), raw.loadUnaligned(fromByteOffset: 64, as: Vector.self),
                raw.loadUnaligned(fromByteOffset: 128, as: Vector.self), raw.loadUnaligned(fromByteOffset: 192, as: Vector.self))
    }

    @inline(__always)
    private static func store(_ values: Block, _ target: UnsafeMutablePointer<Float>) {
        let raw = UnsafeMutableRawPointer(target)
        raw.storeBytes(of: values.0, as: Vector.self)
        raw.storeBytes(of: values.1, toByteOffset: 64, as: Vector.self)
        raw.storeBytes(of: values.2, toByteOffset: 128, as: Vector.self)
        raw.storeBytes(of: values.3, toByteOffset: 192, as: Vector.self)
    }

    /// target −= rate · values for 64 consecutive elements (a multiply, then a subtraction).
    @inline(__always)
    private static func subtract(_ values: Block, scaledBy rate: Float, from target: UnsafeMutablePointer<Float>) {
        let current = load(target)
        store((current.0 - rate * values.0, current.1 - rate * values.1,
               current.2 - rate * values.2, current.3 - rate * values.3), target)
    }

    /// sums.k += x · w.k for each of the four, lane by lane, as fused multiply-adds.
    @inline(__always)
    static func multiplyAdd(_ sums: inout Block, _ x: Vector, _ w: Block) {
        sums = (sums.0.addingProduct(x, w.0), sums.1.addingProduct(x, w.1),
                sums.2.addingProduct(x, w.2), sums.3.addingProduct(x, w.3))
    }

    /// sums += scale · values, lane by lane, as fused multiply-adds.
    @inline(__always)
    private static func fma(_ sums: inout Block, _ scale: Float, _ values: Block) {
        sums = (sums.0.addingProduct(scale, values.0), sums.1.addingProduct(scale, values.1),
                sums.2.addingProduct(scale, values.2), sums.3.addingProduct(scale, values.3))
    }
}
