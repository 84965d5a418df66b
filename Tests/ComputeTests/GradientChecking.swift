import XCTest
@testable import Compute

/// Central finite differences against backward(): the scalar checked is L = Σ yᵢ·rᵢ for fixed
/// random weights r (so every output element gets a different upstream gradient). L is summed in
/// Double; each input element is moved by ±step and (L₊ − L₋)/2·step compared with its gradient.
func assertGradientsMatch(_ inputs: [Tensor], step: Float = 1e-2, tolerance: Float = 2e-2, seed: UInt64 = 7,
                          file: StaticString = #filePath, line: UInt = #line,
                          _ function: ([Tensor]) throws -> Tensor) throws {
    for input in inputs { input.requiresGrad = true; input.grad = nil }
    let output = try function(inputs)
    let generator = RandomGenerator(seed: seed)
    let weights = (0..<output.count).map { _ in generator.uniform(-1, 1) }
    try output.backward(gradient: Tensor(shape: output.shape, scalars: weights))

    func weightedSum() throws -> Double {
        let y = try noGrad { try function(inputs) }
        return zip(y.scalars, weights).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }
    for (which, input) in inputs.enumerated() {
        let analytic = input.grad?.scalars ?? [Float](repeating: 0, count: input.count)
        for index in 0..<input.count {
            let original = input.storage[index]
            input.storage[index] = original + step
            let plus = try weightedSum()
            input.storage[index] = original - step
            let minus = try weightedSum()
            input.storage[index] = original
            let numeric = Float((plus - minus) / (2 * Double(step)))
            let scale = max(1, abs(numeric), abs(analytic[index]))
            XCTAssertEqual(analytic[index], numeric, accuracy: tolerance * scale,
                           "input \(which) element \(index)", file: file, line: line)
        }
    }
}

/// A tensor of `shape` with values drawn uniformly from [low, high) by a fixed seed.
func randomTensor(_ shape: [Int], seed: UInt64 = 1, low: Float = -1, high: Float = 1) throws -> Tensor {
    let generator = RandomGenerator(seed: seed)
    return try Tensor(shape: shape, scalars: (0..<shape.reduce(1, *)).map { _ in generator.uniform(low, high) })
}

func assertClose(_ a: [Float], _ b: [Float], tolerance: Float = 1e-5,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "counts differ", file: file, line: line)
    for (index, (x, y)) in zip(a, b).enumerated() where abs(x - y) > tolerance * max(1, abs(y)) {
        XCTFail("element \(index): \(x) vs \(y)", file: file, line: line)
        return
    }
}

/// Runs `convolution` on tensors of shapes `input`, `weight` and [O] with 1, 2 and again 2 compute
/// threads, backward from a random gradient each time, and asserts that the output and the three
/// gradients are bit-identical across the runs.
func assertConvolutionBitIdenticalAcrossThreadCounts(input: [Int], weight: [Int], seed: UInt64,
                                                     file: StaticString = #filePath, line: UInt = #line,
                                                     _ convolution: (Tensor, Tensor, Tensor) throws -> Tensor) throws {
    let saved = ComputeThreads.count
    defer { ComputeThreads.count = saved }
    var runs: [[[UInt32]]] = []
    for threads in [1, 2, 2] {
        ComputeThreads.count = threads
        let x = try randomTensor(input, seed: seed), w = try randomTensor(weight, seed: seed + 1)
        let b = try randomTensor([weight[0]], seed: seed + 2)
        x.requiresGrad = true; w.requiresGrad = true; b.requiresGrad = true
        let y = try convolution(x, w, b)
        try y.backward(gradient: try randomTensor(y.shape, seed: seed + 3))
        runs.append([y.scalars.map(\.bitPattern)] + [x, w, b].map { $0.grad?.scalars.map(\.bitPattern) ?? [] })
    }
    XCTAssertEqual(runs[0], runs[1], file: file, line: line)
    XCTAssertEqual(runs[1], runs[2], file: file, line: line)
}
