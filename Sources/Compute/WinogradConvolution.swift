/// The Winograd F(2×2, 3×3) kernels behind `conv2d` and `conv2dReLU` for 3×3 kernels at stride 1
/// with enough channels: each 2×2 block of output pixels (a tile) comes from the 4×4 input patch
/// under it, and in the transformed domain the 3×3 convolution of that patch is 16 independent
/// element-wise products summed over the channels:
///
///     Y = Aᵀ [ Σ_c (G g_c Gᵀ) ⊙ (Bᵀ d_c B) ] A
///
/// with Bᵀ = [1 0 −1 0; 0 1 1 0; 0 −1 1 0; 0 1 0 −1], G = [1 0 0; ½ ½ ½; ½ −½ ½; 0 0 1] and
/// Aᵀ = [1 1 1 0; 0 1 −1 −1]. The sums over channels are 16 GEMMs U[ξ] · V[ξ] per group of tiles,
/// with 16·O·C·(H'W'/4) multiply-adds instead of im2col's 9·O·C·H'W': 2.25× fewer. Backward is the
/// exact adjoint of the same computation: dM = A dY Aᵀ per tile, dV[ξ] = U[ξ]ᵀ · dM[ξ] folded back
/// through the input transform into dX, and dU[ξ] = dM[ξ] · V[ξ]ᵀ brought back to dW = Gᵀ dU G.
///
/// The transforms work on whole lines of tiles, so that their loops run over consecutive tiles
/// (vectorised), and a group's transformed tiles stay in cache between the transform and the
/// GEMMs. Groups, and the order of every sum, depend only on the geometry: results are
/// bit-identical run to run and across thread counts.
struct WinogradConvolution {
    let geometry: ConvolutionGeometry
    /// 2×2 output tiles per image down and across; the last row or column of tiles hangs over the
    /// edge when H' or W' is odd (its extra outputs are computed and dropped).
    let tileRows, tileColumns: Int
    /// Images transformed together: enough tiles (~160) for GEMMs of useful width, few enough that
    /// a group's transformed inputs and products stay in a core's cache.
    let imagesPerGroup: Int

    /// The plan for `geometry`, or nil unless the kernel is 3×3 at stride 1.
    init?(_ geometry: ConvolutionGeometry) {
        guard geometry.kernelHeight == 3, geometry.kernelWidth == 3, geometry.stride == 1 else { return nil }
        self.geometry = geometry
        tileRows = (geometry.outputHeight + 1) / 2
        tileColumns = (geometry.outputWidth + 1) / 2
        imagesPerGroup = max(1, min(geometry.batch, 160 / (tileRows * tileColumns)))
    }

    /// Whether this beats the im2col kernels: not with too few channels for the GEMMs to outweigh
    /// the transforms, nor for outputs narrower than 16 pixels, whose lines of tiles fill too little
    /// of the transforms' runs of 8 (the PyTorch-style article's 4 × 4 outputs would use 2 lanes).
    var isWorthwhile: Bool {
        geometry.channels >= 16 && geometry.outputChannels >= 16 && geometry.outputWidth >= 16
    }

    var tilesPerImage: Int { tileRows * tileColumns }
    var groupCount: Int { (geometry.batch + imagesPerGroup - 1) / imagesPerGroup }
    /// Input columns one line of tiles reads: two per tile plus the two the last window reaches past.
    var stripWidth: Int { 2 * tileColumns + 2 }

    /// G g Gᵀ for every (output channel, channel) pair of the weights [O, C, 3, 3]: the 16 matrices
    /// U[ξ] [O, C], one after the other.
    func transformWeights(_ weights: [Float]) -> [Float] {
        let pairs = geometry.outputChannels * geometry.channels
        return [Float](unsafeUninitializedCapacity: 16 * pairs) { u, initialized in
            weights.withUnsafeBufferPointer { w in
                for pair in 0..<pairs {
                    let g = w.baseAddress! + pair * 9
                    // G along each kernel row (SIMD over the 4 transformed columns) …
                    func across(_ row: Int) -> SIMD4<Float> {
                        let (a, b, c) = (g[row * 3], g[row * 3 + 1], g[row * 3 + 2])
                        return SIMD4(a, (a + b + c) * 0.5, (a - b + c) * 0.5, c)
                    }
                    let (k0, k1, k2) = (across(0), across(1), across(2))
                    // … then down the columns.
                    let rows = (k0, (k0 + k1 + k2) * 0.5, (k0 - k1 + k2) * 0.5, k2)
                    for j in 0..<4 {
                        u[j * pairs + pair] = rows.0[j]
                        u[(4 + j) * pairs + pair] = rows.1[j]
                        u[(8 + j) * pairs + pair] = rows.2[j]
                        u[(12 + j) * pairs + pair] = rows.3[j]
                    }
                }
            }
            initialized = 16 * pairs
        }
    }

    /// The convolution of a batch [N, C, H, W] (+ `bias`, then max(·, 0) when `relu`) as [N, O, H'·W'],
    /// from the transformed weights of `transformWeights`.
    func forward(_ images: [Float], transformedWeights: [Float], bias: [Float]?, relu: Bool) -> [Float] {
        let count = geometry.batch * geometry.outputChannels * geometry.pixels
        return [Float](unsafeUninitializedCapacity: count) { out, initialized in
            images.withUnsafeBufferPointer { x in
                transformedWeights.withUnsafeBufferPointer { u in
                    let (out, x, u) = (out.baseAddress!, x.baseAddress!, u.baseAddress!)
                    let (o, c) = (geometry.outputChannels, geometry.channels)
                    forEachImageGroup { _, group, scratch in
                        let (n, stride) = (group.count * tilesPerImage, rowStride(group))
                        transformInputs(x, group, into: scratch.inputs, scratch)
                        for xi in 0..<16 {
                            sgemmOnThisThread(m: o, n: n, k: c, u + xi * o * c, scratch.inputs + xi * c * stride, ldb: stride,
                                              scratch.products + xi * o * stride, ldc: stride)
                        }
                        transformOutputs(scratch.products, group, into: out, bias: bias, relu: relu, scratch)
                    }
                }
            }
            initialized = count
        }
    }

    /// Gradients of the input [N, C, H, W], the weights [O, C, 3, 3] and the bias [O] (each only
    /// when asked) from the output gradient [N, O, H'·W'], zeroed first where `reluOutput` (the
    /// forward result of `conv2dReLU`) was clamped. Per group: dM from the output gradient (and the
    /// group's share of dbias); the group's share of dU = dM · Vᵀ from its re-transformed inputs;
    /// dV = Uᵀ · dM folded back into dX. Shares are summed in group order.
    func backward(_ outputGradient: [Float], _ images: [Float], transformedWeights: [Float], reluOutput: [Float]?,
                  inputGradient: Bool, weightGradient: Bool, biasGradient: Bool)
        -> (input: [Float]?, weight: [Float]?, bias: [Float]?) {
        let (o, c) = (geometry.outputChannels, geometry.channels)
        var gradients = ConvolutionGradients(inputSize: geometry.batch * geometry.imageSize, weightSize: 16 * o * c, biasSize: o,
                                             groups: groupCount, input: inputGradient, weight: weightGradient, bias: biasGradient)
        outputGradient.withUnsafeBufferPointer { g in
            images.withUnsafeBufferPointer { x in
                transformedWeights.withUnsafeBufferPointer { u in
                    (reluOutput ?? []).withUnsafeBufferPointer { y in
                        let (g, x, u) = (g.baseAddress!, x.baseAddress!, u.baseAddress!)
                        let mask = reluOutput == nil ? nil : y.baseAddress
                        gradients.fill { targets in
                            forEachImageGroup { index, group, scratch in
                                let (n, stride, target) = (group.count * tilesPerImage, rowStride(group), targets(index))
                                transformOutputGradient(g, mask: mask, group, into: scratch.products,
                                                        biasShare: target.biasShares, scratch)
                                if let share = target.weightShares {
                                    transformInputs(x, group, into: scratch.inputs, scratch)
                                    for xi in 0..<16 {
                                        sgemmOnThisThread(transposeB: true, m: o, n: c, k: n,
                                                          scratch.products + xi * o * stride, lda: stride,
                                                          scratch.inputs + xi * c * stride, ldb: stride, share + xi * o * c)
                                    }
                                }
                                if let dx = target.input {
                                    for xi in 0..<16 {
                                        sgemmOnThisThread(transposeA: true, m: c, n: n, k: o, u + xi * o * c,
                                                          scratch.products + xi * o * stride, ldb: stride,
                                                          scratch.inputs + xi * c * stride, ldc: stride)
                                    }
                                    foldInputGradients(scratch.inputs, group, into: dx, scratch)
                                }
                            }
                        }
                    }
                }
            }
        }
        return gradients.results(weight: weightGradientFromTransformed)
    }

    /// Gᵀ dU G for every (output channel, channel) pair: the weight gradient [O, C, 3, 3] from the
    /// gradient of the transformed weights (16 matrices [O, C]).
    private func weightGradientFromTransformed(_ du: [Float]) -> [Float] {
        let pairs = geometry.outputChannels * geometry.channels
        return [Float](unsafeUninitializedCapacity: pairs * 9) { dw, initialized in
            du.withUnsafeBufferPointer { du in
                let du = du.baseAddress!
                for pair in 0..<pairs {
                    func row(_ i: Int) -> SIMD4<Float> {
                        SIMD4(du[(i * 4) * pairs + pair], du[(i * 4 + 1) * pairs + pair],
                              du[(i * 4 + 2) * pairs + pair], du[(i * 4 + 3) * pairs + pair])
                    }
                    let (r0, r1, r2, r3) = (row(0), row(1), row(2), row(3))
                    // Gᵀ down the rows …
                    let kernelRows = (r0 + (r1 + r2) * 0.5, (r1 - r2) * 0.5, (r1 + r2) * 0.5 + r3)
                    // … then G across the columns.
                    func store(_ k: SIMD4<Float>, row: Int) {
                        dw[pair * 9 + row * 3] = k[0] + (k[1] + k[2]) * 0.5
                        dw[pair * 9 + row * 3 + 1] = (k[1] - k[2]) * 0.5
                        dw[pair * 9 + row * 3 + 2] = (k[1] + k[2]) * 0.5 + k[3]
                    }
                    store(kernelRows.0, row: 0)
                    store(kernelRows.1, row: 1)
                    store(kernelRows.2, row: 2)
                }
            }
            initialized = pairs * 9
        }
    }

    /// Runs `body(group, images, scratch)` for every group of consecutive images, the groups split
    /// into contiguous runs across `ComputeThreads`, each run with its own scratch.
    private func forEachImageGroup(_ body: (_ group: Int, _ images: Range<Int>, _ scratch: WinogradScratch) -> Void) {
        let (size, batch) = (imagesPerGroup, geometry.batch)
        let cost = size * tilesPerImage * 16 * geometry.channels * geometry.outputChannels
        parallelChunks(groupCount, costPerElement: cost) { run in
            let scratch = WinogradScratch(self)
            for group in run {
                body(group, group * size..<min(batch, (group + 1) * size), scratch)
            }
        }
    }
}

/// Layout of a group's transformed tiles and the SIMD access to them.
///
/// Row (ξ, channel) of V or M holds the group's tiles image after image, line of tiles after line
/// of tiles, with 8 spare elements at its end (`rowStride`). The transforms handle 8 consecutive
/// tiles of a line at a time and always store all 8: what a short last run writes past its line
/// lands on the next line's tiles (rewritten when that line is done, later in the same pass) or in
/// the spare elements, which no GEMM reads. Work lines are likewise long enough for full runs.
extension WinogradConvolution {
    /// Elements between consecutive rows of a group's transformed tiles.
    func rowStride(_ group: Range<Int>) -> Int { group.count * tilesPerImage + 8 }

    /// Elements of one work line: a strip's width plus room for the runs of 8 tiles.
    var lineCapacity: Int { stripWidth + 32 }
}

/// 8 tiles' worth of one transformed element, or of a line's element pairs.
private typealias Run = SIMD8<Float>

@inline(__always)
private func loadRun(_ p: UnsafePointer<Float>) -> Run { UnsafeRawPointer(p).loadUnaligned(as: Run.self) }

@inline(__always)
private func storeRun(_ run: Run, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: run, as: Run.self)
}

/// Line elements 2t and 2t + 1 for 8 consecutive tiles t from `p` on. Read as 8 pairs in 64-bit
/// lanes and split into low and high halves (the even element is the low half on little-endian
/// machines): a truncation and a shift, where the generic even/odd shuffle of SIMD16 compiles to
/// element-by-element moves.
#if _endian(big)
#error("loadPairs and storePairs take the even element of a pair for the low half of its 64 bits")
#endif

@inline(__always)
private func loadPairs(_ p: UnsafePointer<Float>) -> (even: Run, odd: Run) {
    let pairs = UnsafeRawPointer(p).loadUnaligned(as: SIMD8<UInt64>.self)
    let even = SIMD8<UInt32>(truncatingIfNeeded: pairs), odd = SIMD8<UInt32>(truncatingIfNeeded: pairs &>> 32)
    return (unsafeBitCast(even, to: Run.self), unsafeBitCast(odd, to: Run.self))
}

/// Stores `even` and `odd` interleaved as line elements 2t and 2t + 1 from `p` on.
@inline(__always)
private func storePairs(_ even: Run, _ odd: Run, _ p: UnsafeMutablePointer<Float>) {
    let low = SIMD8<UInt64>(truncatingIfNeeded: unsafeBitCast(even, to: SIMD8<UInt32>.self))
    let high = SIMD8<UInt64>(truncatingIfNeeded: unsafeBitCast(odd, to: SIMD8<UInt32>.self)) &<< 32
    UnsafeMutableRawPointer(p).storeBytes(of: low | high, as: SIMD8<UInt64>.self)
}

/// The input transform Bᵀ d B and its adjoint, the folding of dV back into dX.
extension WinogradConvolution {
    /// V[ξ][c][t] for the group's tiles t: 16 blocks of C rows, `rowStride` apart.
    func transformInputs(_ x: UnsafePointer<Float>, _ group: Range<Int>, into v: UnsafeMutablePointer<Float>,
                         _ scratch: WinogradScratch) {
        let (c, stride, columns) = (geometry.channels, rowStride(group), tileColumns)
        let line = scratch.lines
        for (slot, image) in group.enumerated() {
            for channel in 0..<c {
                let plane = x + (image * c + channel) * geometry.height * geometry.width
                for tileRow in 0..<tileRows {
                    let d = strip(plane, tileRow: tileRow, scratch)
                    let first = slot * tilesPerImage + tileRow * columns
                    for i in 0..<4 {
                        // Bᵀ down the four input rows …
                        switch i {
                        case 0: for x in 0..<stripWidth { line[x] = d.0[x] - d.2[x] }
                        case 1: for x in 0..<stripWidth { line[x] = d.1[x] + d.2[x] }
                        case 2: for x in 0..<stripWidth { line[x] = d.2[x] - d.1[x] }
                        default: for x in 0..<stripWidth { line[x] = d.1[x] - d.3[x] }
                        }
                        // … then B across each tile's four columns (tile t reads line[2t…2t+3]).
                        let row = v + (i * 4 * c + channel) * stride + first
                        let next = c * stride
                        var tx = 0
                        while tx < columns {
                            let (s0, s1) = loadPairs(line + 2 * tx)
                            let (s2, s3) = loadPairs(line + 2 * tx + 2)
                            storeRun(s0 - s2, row + tx)
                            storeRun(s1 + s2, row + next + tx)
                            storeRun(s2 - s1, row + 2 * next + tx)
                            storeRun(s1 - s3, row + 3 * next + tx)
                            tx += 8
                        }
                    }
                }
            }
        }
    }

    /// The four input rows under one line of tiles, `stripWidth` readable elements each: straight
    /// from the image when the strip lies inside it, else copied with zeros for the padding and
    /// for whatever the last tiles hang over.
    private func strip(_ plane: UnsafePointer<Float>, tileRow: Int, _ scratch: WinogradScratch)
        -> (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>) {
        let (height, width, padding, top) = (geometry.height, geometry.width, geometry.padding, 2 * tileRow - geometry.padding)
        if padding == 0, top + 3 < height, stripWidth <= width {
            let row = plane + top * width
            return (row, row + width, row + 2 * width, row + 3 * width)
        }
        let rows = scratch.strip
        for k in 0..<4 {
            let target = rows + k * stripWidth, y = top + k
            for x in 0..<stripWidth {
                let column = x - padding
                target[x] = y >= 0 && y < height && column >= 0 && column < width ? plane[y * width + column] : 0
            }
        }
        return (UnsafePointer(rows), UnsafePointer(rows + stripWidth), UnsafePointer(rows + 2 * stripWidth),
                UnsafePointer(rows + 3 * stripWidth))
    }

    /// Adds B dV Bᵀ of every tile of the group into the input gradient dX [N, C, H, W], dropping
    /// what falls on the padding: the adjoint of `transformInputs`. Tiles overlap by two rows and
    /// columns; their shares are added in a fixed order.
    func foldInputGradients(_ dv: UnsafePointer<Float>, _ group: Range<Int>, into dx: UnsafeMutablePointer<Float>,
                            _ scratch: WinogradScratch) {
        let (c, stride, columns, capacity) = (geometry.channels, rowStride(group), tileColumns, lineCapacity)
        let (height, width, padding) = (geometry.height, geometry.width, geometry.padding)
        let lines = scratch.lines
        for (slot, image) in group.enumerated() {
            for channel in 0..<c {
                let plane = dx + (image * c + channel) * height * width
                for tileRow in 0..<tileRows {
                    let first = slot * tilesPerImage + tileRow * columns
                    for i in 0..<4 {
                        // B across each tile's columns: tile t owns line[2t…2t+3], overlapping
                        // the next tile's first two, so the line is written in two passes.
                        let (row, next, line) = (dv + (i * 4 * c + channel) * stride + first, c * stride, lines + i * capacity)
                        var tx = 0
                        while tx < columns {
                            let (v0, v1, v2, v3) = (loadRun(row + tx), loadRun(row + next + tx),
                                                    loadRun(row + 2 * next + tx), loadRun(row + 3 * next + tx))
                            storePairs(v0, v1 - v2 + v3, line + 2 * tx)
                            tx += 8
                        }
                        line[2 * columns] = 0
                        line[2 * columns + 1] = 0
                        tx = 0
                        while tx < columns {
                            let (v0, v1, v2, v3) = (loadRun(row + tx), loadRun(row + next + tx),
                                                    loadRun(row + 2 * next + tx), loadRun(row + 3 * next + tx))
                            let (even, odd) = loadPairs(line + 2 * tx + 2)
                            storePairs(even + (v1 + v2 - v0), odd - v3, line + 2 * tx + 2)
                            tx += 8
                        }
                    }
                    // B down the rows, into the four image rows under the line of tiles.
                    let (r0, r1, r2, r3) = (lines, lines + capacity, lines + 2 * capacity, lines + 3 * capacity)
                    let end = min(stripWidth, width + padding)
                    let valid = min(padding, end)..<end
                    for k in 0..<4 {
                        let y = 2 * tileRow - padding + k
                        guard y >= 0, y < height else { continue }
                        // Line element x lies on image column x − padding.
                        let target = plane + y * width
                        switch k {
                        case 0: for x in valid { target[x - padding] += r0[x] }
                        case 1: for x in valid { target[x - padding] += r1[x] - r2[x] + r3[x] }
                        case 2: for x in valid { target[x - padding] += r1[x] + r2[x] - r0[x] }
                        default: for x in valid { target[x - padding] -= r3[x] }
                        }
                    }
                }
            }
        }
    }
}

/// The output transform Aᵀ M A and its adjoint, the output gradient brought into the transformed domain.
extension WinogradConvolution {
    /// Writes each image's [O, H'·W'] block of `out` from the group's products M[ξ][o][t], adding
    /// the bias (and clamping at 0 when `relu`); outputs of tiles hanging over the edge are dropped.
    func transformOutputs(_ m: UnsafePointer<Float>, _ group: Range<Int>, into out: UnsafeMutablePointer<Float>,
                          bias: [Float]?, relu: Bool, _ scratch: WinogradScratch) {
        let (o, stride, columns) = (geometry.outputChannels, rowStride(group), tileColumns)
        let (outputHeight, outputWidth) = (geometry.outputHeight, geometry.outputWidth)
        let (top, bottom) = (scratch.lines, scratch.lines + lineCapacity)
        let next = o * stride
        for (slot, image) in group.enumerated() {
            for r in 0..<o {
                let shift = bias?[r] ?? 0
                let target = out + (image * o + r) * geometry.pixels
                for tileRow in 0..<tileRows {
                    let base = m + r * stride + slot * tilesPerImage + tileRow * columns
                    var tx = 0
                    while tx < columns {
                        func element(_ xi: Int) -> Run { loadRun(base + xi * next + tx) }
                        // Aᵀ down the rows …
                        let a0 = element(0) + element(4) + element(8), a1 = element(1) + element(5) + element(9)
                        let a2 = element(2) + element(6) + element(10), a3 = element(3) + element(7) + element(11)
                        let b0 = element(4) - element(8) - element(12), b1 = element(5) - element(9) - element(13)
                        let b2 = element(6) - element(10) - element(14), b3 = element(7) - element(11) - element(15)
                        // … then A across the columns.
                        storePairs(a0 + a1 + a2, a1 - a2 - a3, top + 2 * tx)
                        storePairs(b0 + b1 + b2, b1 - b2 - b3, bottom + 2 * tx)
                        tx += 8
                    }
                    for offset in 0..<min(2, outputHeight - 2 * tileRow) {
                        let (line, row) = (offset == 0 ? top : bottom, target + (2 * tileRow + offset) * outputWidth)
                        if relu {
                            for x in 0..<outputWidth { row[x] = max(line[x] + shift, 0) }
                        } else {
                            for x in 0..<outputWidth { row[x] = line[x] + shift }
                        }
                    }
                }
            }
        }
    }

    /// dM[ξ][o][t] = (A dY Aᵀ)[ξ] for the group's tiles, from the output gradient [N, O, H'·W']
    /// (zero where `mask`, the ReLU output, is not positive; zero past the edge), adding each
    /// output channel's gradient total to `biasShare`.
    func transformOutputGradient(_ g: UnsafePointer<Float>, mask: UnsafePointer<Float>?, _ group: Range<Int>,
                                 into dm: UnsafeMutablePointer<Float>, biasShare: UnsafeMutablePointer<Float>?,
                                 _ scratch: WinogradScratch) {
        let (o, stride, columns) = (geometry.outputChannels, rowStride(group), tileColumns)
        let (outputHeight, outputWidth) = (geometry.outputHeight, geometry.outputWidth)
        let (top, bottom) = (scratch.lines, scratch.lines + lineCapacity)
        // Whole runs of 8 tiles read this far into the lines; zeros there add nothing.
        let (runEnd, next) = (2 * ((columns + 7) / 8 * 8), o * stride)
        for (slot, image) in group.enumerated() {
            for r in 0..<o {
                let offset = (image * o + r) * geometry.pixels
                var total = Run()
                for tileRow in 0..<tileRows {
                    for index in 0..<2 {
                        let (line, y) = (index == 0 ? top : bottom, 2 * tileRow + index)
                        var x = 0
                        if y < outputHeight {
                            let source = g + offset + y * outputWidth
                            if let mask {
                                let output = mask + offset + y * outputWidth
                                for x in 0..<outputWidth { line[x] = output[x] > 0 ? source[x] : 0 }
                            } else {
                                for x in 0..<outputWidth { line[x] = source[x] }
                            }
                            x = outputWidth
                        }
                        while x < runEnd { line[x] = 0; x += 1 }
                    }
                    let base = dm + r * stride + slot * tilesPerImage + tileRow * columns
                    var tx = 0
                    while tx < columns {
                        let (d00, d01) = loadPairs(top + 2 * tx)
                        let (d10, d11) = loadPairs(bottom + 2 * tx)
                        // A across the columns …
                        let a0 = d00, a1 = d00 + d01, a2 = d00 - d01, a3 = -d01
                        let b0 = d10, b1 = d10 + d11, b2 = d10 - d11, b3 = -d11
                        // … then down the rows.
                        func store(_ run: Run, _ xi: Int) { storeRun(run, base + xi * next + tx) }
                        store(a0, 0); store(a1, 1); store(a2, 2); store(a3, 3)
                        store(a0 + b0, 4); store(a1 + b1, 5); store(a2 + b2, 6); store(a3 + b3, 7)
                        store(a0 - b0, 8); store(a1 - b1, 9); store(a2 - b2, 10); store(a3 - b3, 11)
                        store(-b0, 12); store(-b1, 13); store(-b2, 14); store(-b3, 15)
                        // Element (1, 1) is the sum of the tile's four gradients.
                        total += a1 + b1
                        tx += 8
                    }
                }
                biasShare?[r] += total.sum()
            }
        }
    }
}

/// The per-thread buffers of a Winograd pass over image groups: the transformed inputs V (reused
/// for dV) [16, C, group tiles], the products M (or dM) [16, O, group tiles], and a few lines of
/// work space.
final class WinogradScratch {
    let inputs, products, strip, lines: UnsafeMutablePointer<Float>

    init(_ plan: WinogradConvolution) {
        let stride = plan.rowStride(0..<plan.imagesPerGroup)
        inputs = .allocate(capacity: 16 * plan.geometry.channels * stride)
        products = .allocate(capacity: 16 * plan.geometry.outputChannels * stride)
        strip = .allocate(capacity: 4 * plan.stripWidth)
        lines = .allocate(capacity: 4 * plan.lineCapacity)
        // Spare elements are read (never used) by whole runs of 8 tiles: keep them finite.
        for buffer in [(inputs, 16 * plan.geometry.channels * stride), (products, 16 * plan.geometry.outputChannels * stride),
                       (lines, 4 * plan.lineCapacity)] {
            buffer.0.initialize(repeating: 0, count: buffer.1)
        }
    }

    deinit {
        inputs.deallocate()
        products.deallocate()
        strip.deallocate()
        lines.deallocate()
    }
}
