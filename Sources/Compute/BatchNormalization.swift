/// Batch normalisation over the channel axis 1 of [N, C] or [N, C, H, W] (any [N, C, …]): each
/// channel is normalised with a mean μ and variance σ², then scaled and shifted,
/// y = γ · (x − μ) / √(σ² + ε) + β.
///
/// - `batchNorm(_:weight:bias:epsilon:)` (training) takes μ and the biased σ² from the batch and
///   returns them, so a layer can update its running statistics by its framework's rule.
///   Gradients: dβ = Σg, dγ = Σg·x̂, dx = γ/√(σ²+ε) · (g − mean(g) − x̂ · mean(g·x̂)).
/// - `batchNorm(_:mean:variance:weight:bias:epsilon:)` (inference) uses given statistics: a
///   per-channel affine map, differentiable in x, γ and β.
///
/// Each channel's sums run in Double on one thread, so results do not depend on the thread count.

/// The per-channel mean and biased variance of one training batch.
public struct BatchStatistics {
    public let mean: [Float]
    public let variance: [Float]
}

/// Training-mode batch normalisation (see the file's notes); `weight` γ and `bias` β are [C] or nil.
public func batchNorm(_ x: Tensor, weight: Tensor?, bias: Tensor?, epsilon: Float) throws -> (output: Tensor, statistics: BatchStatistics) {
    let layout = try ChannelLayout(x, weight: weight, bias: bias)
    let count = Float(layout.perChannel)
    guard layout.perChannel > 1 else {
        throw TensorError("batchNorm", "training needs more than one value per channel", shapes: [x.shape])
    }
    let input = x.storage
    let mean = layout.sums(input).map { Float($0 / Double(count)) }
    let variance = layout.centeredSquareSums(input, mean).map { Float($0 / Double(count)) }
    let inverseStd = variance.map { 1 / ($0 + epsilon).squareRoot() }
    let gamma = weight?.storage ?? [Float](repeating: 1, count: layout.c)
    let beta = bias?.storage ?? [Float](repeating: 0, count: layout.c)
    let zeros = [Float](repeating: 0, count: layout.c)
    // x̂ = (x − μ) / σ, then y = γ·x̂ + β: two affine maps per channel.
    let normalized = layout.affine(input, scale: inverseStd, shift: zip(mean, inverseStd).map { -$0 * $1 }, plus: nil, times: zeros)
    let output = layout.affine(normalized, scale: gamma, shift: beta, plus: nil, times: zeros)
    let result = recorded(Tensor(unchecked: x.shape, output), "batchNorm", [x] + [weight, bias].compactMap { $0 }) { g, needed in
        let sumG = layout.sums(g).map(Float.init)
        let sumGX = layout.productSums(g, normalized).map(Float.init)
        // dx = γ/σ · (g − mean(g) − x̂ · mean(g·x̂)) = a·g + b + c·x̂ per channel.
        let a = zip(gamma, inverseStd).map { $0 * $1 }
        let dx: [Float]? = needed[0] ? layout.affine(g, scale: a, shift: (0..<layout.c).map { -a[$0] * sumG[$0] / count },
                                                      plus: normalized, times: (0..<layout.c).map { -a[$0] * sumGX[$0] / count }) : nil
        return [dx] + parameterGradients(weight, bias, needed, dGamma: sumGX, dBeta: sumG)
    }
    return (result, BatchStatistics(mean: mean, variance: variance))
}

/// Inference-mode batch normalisation with given per-channel `mean` and `variance` [C].
public func batchNorm(_ x: Tensor, mean: Tensor, variance: Tensor, weight: Tensor?, bias: Tensor?, epsilon: Float) throws -> Tensor {
    let layout = try ChannelLayout(x, weight: weight, bias: bias)
    guard mean.shape == [layout.c], variance.shape == [layout.c] else {
        throw TensorError("batchNorm", "running mean and variance must have shape [\(layout.c)]", shapes: [x.shape, mean.shape, variance.shape])
    }
    let input = x.storage, mu = mean.storage
    let gamma = weight?.storage ?? [Float](repeating: 1, count: layout.c)
    let beta = bias?.storage ?? [Float](repeating: 0, count: layout.c)
    let inverseStd = variance.storage.map { 1 / ($0 + epsilon).squareRoot() }
    let zeros = [Float](repeating: 0, count: layout.c)
    let scale = zip(gamma, inverseStd).map { $0 * $1 }
    let output = layout.affine(input, scale: scale, shift: (0..<layout.c).map { beta[$0] - scale[$0] * mu[$0] }, plus: nil, times: zeros)
    return recorded(Tensor(unchecked: x.shape, output), "batchNorm", [x] + [weight, bias].compactMap { $0 }) { g, needed in
        let sumG = layout.sums(g).map(Float.init)
        let normalized = layout.affine(input, scale: inverseStd, shift: (0..<layout.c).map { -mu[$0] * inverseStd[$0] }, plus: nil, times: zeros)
        let sumGX = layout.productSums(g, normalized).map(Float.init)
        let dx: [Float]? = needed[0] ? layout.affine(g, scale: scale, shift: zeros, plus: nil, times: zeros) : nil
        return [dx] + parameterGradients(weight, bias, needed, dGamma: sumGX, dBeta: sumG)
    }
}

/// The gradients of γ and β in the order they were recorded (only the ones given).
private func parameterGradients(_ weight: Tensor?, _ bias: Tensor?, _ needed: [Bool], dGamma: [Float], dBeta: [Float]) -> [[Float]?] {
    var gradients: [[Float]?] = []
    if weight != nil { gradients.append(needed[gradients.count + 1] ? dGamma : nil) }
    if bias != nil { gradients.append(needed[gradients.count + 1] ? dBeta : nil) }
    return gradients
}

/// [N, C, inner] seen as runs of `inner` contiguous elements, one per (sample, channel).
struct ChannelLayout {
    let n: Int, c: Int, inner: Int
    var perChannel: Int { n * inner }

    /// The layout of `x`, with γ and β checked to be [C]; errors name batchNorm and the shapes.
    init(_ x: Tensor, weight: Tensor?, bias: Tensor?) throws {
        guard x.rank >= 2 else { throw TensorError("batchNorm", "input must be [N, C] or [N, C, …]", shapes: [x.shape]) }
        (n, c, inner) = (x.shape[0], x.shape[1], Array(x.shape.dropFirst(2)).elementCount)
        for parameter in [weight, bias].compactMap({ $0 }) where parameter.shape != [c] {
            throw TensorError("batchNorm", "weight and bias must have shape [\(c)] for \(c) channels", shapes: [x.shape, parameter.shape])
        }
    }

    /// Per channel, Σ values over its elements: each run summed in Float, runs added in Double,
    /// in a fixed order; channels split across threads.
    func sums(_ values: [Float]) -> [Double] { reduce(values, nil, nil) }

    /// Per channel, Σ a·b over its elements (same order as `sums`).
    func productSums(_ a: [Float], _ b: [Float]) -> [Double] { reduce(a, b, nil) }

    /// Per channel, Σ (values − mean[channel])² over its elements.
    func centeredSquareSums(_ values: [Float], _ mean: [Float]) -> [Double] { reduce(values, nil, mean) }

    private func reduce(_ a: [Float], _ b: [Float]?, _ center: [Float]?) -> [Double] {
        let (n, c, inner) = (self.n, self.c, self.inner)
        return [Double](unsafeUninitializedCapacity: c) { totals, initialized in
            let totals = totals
            a.withUnsafeBufferPointer { a in
                (b ?? []).withUnsafeBufferPointer { b in
                    parallelChunks(c, costPerElement: n * inner) { channels in
                        for channel in channels {
                            var total = 0.0
                            let mu = center?[channel] ?? 0
                            for sample in 0..<n {
                                let start = (sample * c + channel) * inner
                                let run: Float
                                if b.count > 0 {
                                    run = laneSum(a.baseAddress! + start, inner) { x, i in x * SIMD8(b[start + i ..< start + i + 8]) } tail: { x, i in x * b[start + i] }
                                } else if center != nil {
                                    run = laneSum(a.baseAddress! + start, inner) { x, _ in (x - mu) * (x - mu) } tail: { x, _ in (x - mu) * (x - mu) }
                                } else {
                                    run = laneSum(a.baseAddress! + start, inner) { x, _ in x } tail: { x, _ in x }
                                }
                                total += Double(run)
                            }
                            totals[channel] = total
                        }
                    }
                }
            }
            initialized = c
        }
    }

    /// scale[ch]·values + shift[ch] (+ times[ch]·plus when `plus` is given) for every element,
    /// split across threads by runs.
    func affine(_ values: [Float], scale: [Float], shift: [Float], plus: [Float]?, times: [Float]) -> [Float] {
        let (runs, c, inner) = (n * self.c, self.c, self.inner)
        return [Float](unsafeUninitializedCapacity: runs * inner) { out, initialized in
            let out = out
            values.withUnsafeBufferPointer { x in
                (plus ?? []).withUnsafeBufferPointer { p in
                    parallelChunks(runs, costPerElement: inner) { range in
                        for run in range {
                            let channel = run % c
                            let (k, d, m) = (scale[channel], shift[channel], times[channel])
                            let span = (run * inner)..<((run + 1) * inner)
                            if p.count > 0 {
                                for i in span { out[i] = k * x[i] + d + m * p[i] }
                            } else {
                                for i in span { out[i] = k * x[i] + d }
                            }
                        }
                    }
                }
            }
            initialized = runs * inner
        }
    }
}

/// Σ term over `count` floats from `start`, eight lanes at a time (then the lanes, then the tail,
/// in a fixed order): `term` gets 8 values and their offset, `tail` one value and its offset.
@inline(__always)
private func laneSum(_ start: UnsafePointer<Float>, _ count: Int, _ term: (SIMD8<Float>, Int) -> SIMD8<Float>,
                     tail: (Float, Int) -> Float) -> Float {
    var lanes = SIMD8<Float>(repeating: 0)
    var i = 0
    while i + 8 <= count {
        lanes += term(UnsafeRawPointer(start + i).loadUnaligned(as: SIMD8<Float>.self), i)
        i += 8
    }
    var total = lanes.sum()
    while i < count {
        total += tail(start[i], i)
        i += 1
    }
    return total
}
