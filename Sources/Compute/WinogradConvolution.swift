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
        var gradients = ConvolutionGradients(batch: geometry.batch, imageSize: geometry.imageSize, imagesPerGroup: imagesPerGroup,
                                             weightSize: 16 * o * c, biasSize: o,
                                             input: inputGradient, weight: weightGradient, bias: biasGradient)
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

    /// `forEachImageGroup` over this batch's groups, each run of groups with its own `WinogradScratch`.
    private func forEachImageGroup(_ body: (_ group: Int, _ images: Range<Int>, _ scratch: WinogradScratch) -> Void) {
        let cost = imagesPerGroup * tilesPerImage * 16 * geometry.channels * geometry.outputChannels
        Compute.forEachImageGroup(batch: geometry.batch, imagesPerGroup: imagesPerGroup, costPerGroup: cost,
                                  scratch: { WinogradScratch(self) }, body)
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
