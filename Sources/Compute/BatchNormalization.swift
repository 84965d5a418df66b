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
    let count = Double(layout.perChannel)
    guard layout.perChannel > 1 else {
        throw TensorError("batchNorm", "training needs more than one value per channel", shapes: [x.shape])
    }
    let input = x.storage
    let mean = layout.sums { i, _ in Double(input[i]) }.map { Float($0 / count) }
    let variance = layout.sums { i, channel in
        let d = Double(input[i]) - Double(mean[channel])
        return d * d
    }.map { Float($0 / count) }
    let inverseStd = variance.map { 1 / ($0 + epsilon).squareRoot() }
    let gamma = weight?.storage ?? [Float](repeating: 1, count: layout.c)
    let beta = bias?.storage ?? [Float](repeating: 0, count: layout.c)
    let normalized = layout.map { i, channel in (input[i] - mean[channel]) * inverseStd[channel] }
    let output = layout.map { i, channel in gamma[channel] * normalized[i] + beta[channel] }
    let result = recorded(Tensor(unchecked: x.shape, output), "batchNorm", [x] + [weight, bias].compactMap { $0 }) { g, needed in
        let sumG = layout.sums { i, _ in Double(g[i]) }.map(Float.init)
        let sumGX = layout.sums { i, _ in Double(g[i]) * Double(normalized[i]) }.map(Float.init)
        let dx: [Float]? = needed[0] ? layout.map { i, channel in
            gamma[channel] * inverseStd[channel] * (g[i] - sumG[channel] / Float(count) - normalized[i] * sumGX[channel] / Float(count))
        } : nil
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
    let output = layout.map { i, channel in gamma[channel] * (input[i] - mu[channel]) * inverseStd[channel] + beta[channel] }
    return recorded(Tensor(unchecked: x.shape, output), "batchNorm", [x] + [weight, bias].compactMap { $0 }) { g, needed in
        let sumG = layout.sums { i, _ in Double(g[i]) }.map(Float.init)
        let sumGX = layout.sums { i, channel in Double(g[i]) * Double((input[i] - mu[channel]) * inverseStd[channel]) }.map(Float.init)
        let dx: [Float]? = needed[0] ? layout.map { i, channel in g[i] * gamma[channel] * inverseStd[channel] } : nil
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

    /// Per channel, Σ term(index, channel) over its elements in a fixed order; channels split across threads.
    @inline(__always)
    func sums(_ term: (_ index: Int, _ channel: Int) -> Double) -> [Double] {
        let (n, c, inner) = (self.n, self.c, self.inner)
        return [Double](unsafeUninitializedCapacity: c) { totals, initialized in
            let totals = totals
            parallelChunks(c, costPerElement: n * inner) { channels in
                for channel in channels {
                    var total = 0.0
                    for sample in 0..<n {
                        let start = (sample * c + channel) * inner
                        for i in start..<(start + inner) { total += term(i, channel) }
                    }
                    totals[channel] = total
                }
            }
            initialized = c
        }
    }

    /// value(index, channel) for every element, split across threads by runs.
    @inline(__always)
    func map(_ value: (_ index: Int, _ channel: Int) -> Float) -> [Float] {
        let (runs, c, inner) = (n * self.c, self.c, self.inner)
        return [Float](unsafeUninitializedCapacity: runs * inner) { out, initialized in
            let out = out
            parallelChunks(runs, costPerElement: inner) { range in
                for run in range {
                    let channel = run % c
                    for i in (run * inner)..<((run + 1) * inner) { out[i] = value(i, channel) }
                }
            }
            initialized = runs * inner
        }
    }
}
