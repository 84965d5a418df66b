import Foundation
import Compute
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// `notebook-bench compute`: the kernels the article trains on, each read against a baseline taken
/// in the same run — OpenBLAS's sgemm called directly for GEMM and convolution throughput, the
/// first 100 training steps for memory. `COMPUTE_BENCH_ONLY=train-step` runs just the training-step
/// timing (what Benchmarks/compare-pytorch.sh reads); `COMPUTE_BENCH_ONLY=kernels` everything but
/// the 1000-step memory run; `COMPUTE_BENCH_ONLY=dense` the Dense layer's parts one by one.
func runComputeBenchmarks(_ recorder: BenchmarkRecorder) throws {
    switch ProcessInfo.processInfo.environment["COMPUTE_BENCH_ONLY"] {
    case "train-step":
        try benchmarkKerasStyleTrainingStep(recorder, measureMemory: false)
        return
    case "dense":
        try benchmarkDenseParts(recorder)
        return
    case "kernels":
        try benchmarkMatrixMultiply(recorder)
        try benchmarkConvolutions(recorder)
        try benchmarkDense(recorder)
        try benchmarkKerasStyleTrainingStep(recorder, measureMemory: false)
        return
    default:
        break
    }
    try benchmarkMatrixMultiply(recorder)
    progress("compute: sgemm done")
    try benchmarkConvolutions(recorder)
    try benchmarkDense(recorder)
    progress("compute: convolutions and dense layer done")
    try benchmarkKerasStyleTrainingStep(recorder, measureMemory: true)
}

/// One line on stderr so a long run shows where it is.
private func progress(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

private func gigaflops(_ flops: Double, _ seconds: Double) -> Double { flops / seconds / 1e9 }

private func benchmarkMatrixMultiply(_ recorder: BenchmarkRecorder) throws {
    let n = 1024
    let generator = RandomGenerator(seed: 1)
    let a = try Initializer.uniform(low: -1, high: 1).makeTensor([n, n], fanIn: 1, fanOut: 1, using: generator)
    let b = try Initializer.uniform(low: -1, high: 1).makeTensor([n, n], fanIn: 1, fanOut: 1, using: generator)
    let flops = 2 * Double(n * n * n)
    var c = [Float](repeating: 0, count: n * n)
    let (aValues, bValues) = (a.scalars, b.scalars)
    // Ours first: Compute switches OpenBLAS to one thread on its first GEMM and splits GEMMs over
    // its own threads; the direct call then gets OpenBLAS's own pool of the same size.
    let ours = try fastestSeconds(repeats: 10) { _ = try matmul(a, b) }
    #if !canImport(Accelerate)
    openblas_set_num_threads(Int32(ComputeThreads.count))
    defer { openblas_set_num_threads(1) }
    #endif
    let direct = fastestSeconds(repeats: 10) {
        #if canImport(Accelerate)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(n), Int32(n), 1, aValues, Int32(n), bValues, Int32(n), 0, &c, Int32(n))
        #else
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(n), blasint(n), blasint(n), 1,
                    aValues, blasint(n), bValues, blasint(n), 0, &c, blasint(n))
        #endif
    }
    recorder.record("sgemm 1024³ OpenBLAS direct", gigaflops(flops, direct), unit: "GFLOP/s")
    recorder.record("matmul 1024³ (Tensor)", gigaflops(flops, ours), unit: "GFLOP/s", against: "sgemm 1024³ OpenBLAS direct")
}

/// Forward + backward of one convolution (input, weight and bias gradients, as in the article's
/// second layer; the first layer's images need no gradient) in effective GFLOP/s: 3 GEMMs of
/// 2·N·O·C·k²·H'·W' each, read against the direct sgemm figure.
private func benchmarkConvolutions(_ recorder: BenchmarkRecorder) throws {
    let generator = RandomGenerator(seed: 2)
    let cases: [(String, [Int], [Int], Bool)] = [
        ("conv 1→32 3×3 28×28 b32", [32, 1, 28, 28], [32, 1, 3, 3], false),
        ("conv 32→64 3×3 26×26 b32", [32, 32, 26, 26], [64, 32, 3, 3], true),
        ("conv 1→32 3×3 8×8 b512", [512, 1, 8, 8], [32, 1, 3, 3], false),
        ("conv 32→64 3×3 6×6 b512", [512, 32, 6, 6], [64, 32, 3, 3], true),
    ]
    for (name, inputShape, weightShape, inputNeedsGradient) in cases {
        let x = try Initializer.uniform(low: 0, high: 1).makeTensor(inputShape, fanIn: 1, fanOut: 1, using: generator)
        x.requiresGrad = inputNeedsGradient
        let fanIn = weightShape[1] * 9
        let w = try Tensor.parameter(weightShape, initializer: .pytorchDefault, fanIn: fanIn, fanOut: 1, using: generator)
        let bias = try Tensor.parameter([weightShape[0]], initializer: .uniformFanIn, fanIn: fanIn, fanOut: 1, using: generator)
        let outputPixels = Double((inputShape[2] - 2) * (inputShape[3] - 2))
        let gemmFlops = 2 * Double(inputShape[0] * weightShape[0] * fanIn) * outputPixels
        let (seconds, cpuSeconds) = try fastestWallAndCPUSeconds(repeats: 10) {
            w.grad = nil; bias.grad = nil; x.grad = nil
            try conv2d(x, weight: w, bias: bias).sum().backward()
        }
        recorder.record(name + " fwd+bwd", gigaflops(gemmFlops * (inputNeedsGradient ? 3 : 2), seconds), unit: "GFLOP/s",
                        against: "sgemm 1024³ OpenBLAS direct")
        recorder.record(name + " fwd+bwd time", seconds * 1000, unit: "ms")
        recorder.record(name + " fwd+bwd CPU time", cpuSeconds * 1000, unit: "ms")
    }
}

/// Forward + backward of the article's Dense 9216 → 1024 layer at batch 32 (input, kernel and bias
/// gradients) with one SGD update of its 9.4M weights (fused into the kernel gradient, as in fit): memory-bound at this batch size, since
/// the 37.7 MB kernel streams through memory in every pass.
private func benchmarkDense(_ recorder: BenchmarkRecorder) throws {
    let generator = RandomGenerator(seed: 5)
    let x = try Initializer.uniform(low: 0, high: 1).makeTensor([32, 9216], fanIn: 1, fanOut: 1, using: generator)
    x.requiresGrad = true
    let kernel = try Tensor.parameter([9216, 1024], initializer: .glorotUniform, fanIn: 9216, fanOut: 1024, using: generator)
    let bias = try Tensor.parameter([1024], initializer: .zeros, fanIn: 1, fanOut: 1, using: generator)
    let optimizer = try SGD([kernel, bias], learningRate: 0.01)
    let (seconds, cpuSeconds) = try fastestWallAndCPUSeconds(repeats: 10) {
        x.grad = nil
        _ = try optimizer.trainingStep { try linear(x, weight: kernel, bias: bias, fusedUpdate: $0).sum() }
    }
    recorder.record("dense 9216→1024 b32 fwd+bwd+SGD time", seconds * 1000, unit: "ms")
    recorder.record("dense 9216→1024 b32 fwd+bwd+SGD CPU time", cpuSeconds * 1000, unit: "ms")
}

/// The article's Dense 9216 → 1024 layer at batch 32 taken apart: the forward product, each of
/// the two gradients alone, the SGD update, and the fused step fit uses, in CPU time (best of 30),
/// to tune their kernels.
private func benchmarkDenseParts(_ recorder: BenchmarkRecorder) throws {
    let generator = RandomGenerator(seed: 5)
    let x = try Initializer.uniform(low: 0, high: 1).makeTensor([32, 9216], fanIn: 1, fanOut: 1, using: generator)
    let kernel = try Tensor.parameter([9216, 1024], initializer: .glorotUniform, fanIn: 9216, fanOut: 1024, using: generator)
    let optimizer = try SGD([kernel], learningRate: 0.01)
    func record(_ name: String, _ body: () throws -> Void) throws {
        let (_, cpuSeconds) = try fastestWallAndCPUSeconds(repeats: 30, body)
        recorder.record("dense 9216→1024 b32 " + name + " CPU time", cpuSeconds * 1000, unit: "ms")
    }
    try record("X·W") { _ = try noGrad { try matmul(x, kernel) } }
    try record("X·W and dW = Xᵀ·dY") { kernel.grad = nil; try matmul(x, kernel).sum().backward() }
    try record("SGD step") { try optimizer.step() }
    x.requiresGrad = true
    try record("X·W, then dX and the SGD update in one sweep") {
        x.grad = nil
        _ = try optimizer.trainingStep { try matmul(x, kernel, fusedUpdate: $0).sum() }
    }
    kernel.requiresGrad = false
    try record("X·W and dX = dY·Wᵀ") { x.grad = nil; try matmul(x, kernel).sum().backward() }
}

/// The Keras-style article model built from Compute ops: NHWC input → Conv2D 32 3×3 relu →
/// Conv2D 64 3×3 relu → MaxPool 2 → Flatten (in NHWC order, as Keras) → Dense 1024 relu →
/// Dense 10 softmax → categorical cross-entropy, SGD lr 0.01.
final class KerasStyleArticleModel {
    let parameters: [Tensor]
    let optimizer: SGD

    init(seed: UInt64) throws {
        let generator = RandomGenerator(seed: seed)
        func kernel(_ shape: [Int], _ fanIn: Int, _ fanOut: Int) throws -> Tensor {
            try Tensor.parameter(shape, initializer: .glorotUniform, fanIn: fanIn, fanOut: fanOut, using: generator)
        }
        func bias(_ count: Int) throws -> Tensor {
            try Tensor.parameter([count], initializer: .zeros, fanIn: 1, fanOut: 1, using: generator)
        }
        parameters = [try kernel([32, 1, 3, 3], 9, 288), try bias(32),
                      try kernel([64, 32, 3, 3], 288, 576), try bias(64),
                      try kernel([9216, 1024], 9216, 1024), try bias(1024),
                      try kernel([1024, 10], 1024, 10), try bias(10)]
        optimizer = try SGD(parameters, learningRate: 0.01)
    }

    /// Softmax probabilities [N, 10] for NHWC images [N, 28, 28, 1].
    func callAsFunction(_ images: Tensor, fusedUpdate: FusedSGDUpdate? = nil) throws -> Tensor {
        let p = parameters
        var x = try images.nhwcToNCHW()
        x = try conv2dReLU(x, weight: p[0], bias: p[1])
        x = try conv2dReLU(x, weight: p[2], bias: p[3])
        x = try maxPool2d(x, kernelSize: 2).nchwToNHWC().flattened(startDim: 1)
        x = relu(try linear(x, weight: p[4], bias: p[5], fusedUpdate: fusedUpdate))
        return try softmax(linear(x, weight: p[6], bias: p[7], fusedUpdate: fusedUpdate), dim: 1)
    }

    /// One optimisation step; returns the loss.
    @discardableResult
    func trainStep(_ images: Tensor, _ targets: Tensor) throws -> Float {
        try optimizer.trainingStep { try categoricalCrossentropy(self(images, fusedUpdate: $0), targets) }.item()
    }
}

private func benchmarkKerasStyleTrainingStep(_ recorder: BenchmarkRecorder, measureMemory: Bool) throws {
    let batch = 32
    let model = try KerasStyleArticleModel(seed: 3)
    let generator = RandomGenerator(seed: 4)
    let images = try Initializer.uniform(low: 0, high: 1).makeTensor([batch, 28, 28, 1], fanIn: 1, fanOut: 1, using: generator)
    let labels = Tensor((0..<batch).map { _ in Float(generator.nextInt(below: 10)) })
    let targets = try oneHot(labels, classes: 10)
    let stepsPerRound = 5
    let (seconds, cpuSeconds) = try fastestWallAndCPUSeconds(repeats: 5) {
        for _ in 0..<stepsPerRound { try model.trainStep(images, targets) }
    }
    recorder.record("keras-style train step b32", Double(batch * stepsPerRound) / seconds, unit: "images/s")
    recorder.record("keras-style train step b32 CPU time", cpuSeconds / Double(stepsPerRound) * 1000, unit: "ms")
    progress("compute: training step \(seconds / Double(stepsPerRound) * 1000) ms")

    guard measureMemory else { return }
    // Memory: after 100 warm-up steps RSS should stay flat for the next 900.
    for _ in 0..<95 { try model.trainStep(images, targets) }
    let warm = residentSetBytes()
    for _ in 0..<900 { try model.trainStep(images, targets) }
    let after = residentSetBytes()
    recorder.record("RSS after 100 steps", Double(warm) / 1_048_576, unit: "MiB")
    recorder.record("RSS after 1000 steps", Double(after) / 1_048_576, unit: "MiB", against: "RSS after 100 steps")
    recorder.record("RSS growth per step", Double(after - warm) / 900 / 1024, unit: "KiB/step")
}
