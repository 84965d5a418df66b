import Compute

/// Batch normalisation and average pooling, forward and backward, at shapes of the Keras-style
/// article model: the first convolution's output [32, 32, 26, 26] through training-mode batch
/// normalisation (with γ and β), and the second's [32, 64, 24, 24] through 2×2 average pooling.
/// Best CPU and wall milliseconds per forward+backward; Benchmarks/compare-layers.sh times the
/// same in PyTorch in the same run.
func runLayerBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let generator = RandomGenerator(seed: 11)
    let features = try Tensor.uniform([32, 32, 26, 26], low: -1, high: 1, using: generator)
    features.requiresGrad = true
    let gamma = try Tensor(shape: [32], scalars: [Float](repeating: 1, count: 32), requiresGrad: true)
    let beta = try Tensor(shape: [32], scalars: [Float](repeating: 0, count: 32), requiresGrad: true)
    let upstream = try Tensor.uniform([32, 32, 26, 26], low: -1, high: 1, using: generator)
    let (normWall, normCPU) = try fastestWallAndCPUSeconds(repeats: 20) {
        for tensor in [features, gamma, beta] { tensor.grad = nil }
        try batchNorm(features, weight: gamma, bias: beta, epsilon: 1e-5).output.backward(gradient: upstream)
    }
    recorder.record("batchNorm [32, 32, 26, 26] fwd+bwd time", normWall * 1000, unit: "ms")
    recorder.record("batchNorm [32, 32, 26, 26] fwd+bwd CPU time", normCPU * 1000, unit: "ms")

    let maps = try Tensor.uniform([32, 64, 24, 24], low: -1, high: 1, using: generator)
    maps.requiresGrad = true
    let pooledGradient = try Tensor.uniform([32, 64, 12, 12], low: -1, high: 1, using: generator)
    let (poolWall, poolCPU) = try fastestWallAndCPUSeconds(repeats: 20) {
        maps.grad = nil
        try avgPool2d(maps, kernelSize: 2).backward(gradient: pooledGradient)
    }
    recorder.record("avgPool2d 2×2 [32, 64, 24, 24] fwd+bwd time", poolWall * 1000, unit: "ms")
    recorder.record("avgPool2d 2×2 [32, 64, 24, 24] fwd+bwd CPU time", poolCPU * 1000, unit: "ms")
}
